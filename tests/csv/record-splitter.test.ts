import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RowReport } from '../../src/csv/csv-error.js';
import { RecordSplitter } from '../../src/csv/internal/record-splitter.js';

type Out = ['record', number, string, number] | ['report', number, string, string] | ['blank', number];

function split(input: Buffer, chunkSizes: number[] = [], maxFieldBytes = 1 << 20): Out[] {
  const out: Out[] = [];
  const sink = {
    record: (row: number, text: string, fields: number) => out.push(['record', row, text, fields]),
    report: (r: RowReport) => out.push(['report', r.row, r.reason, r.raw]),
    blank: (row: number) => out.push(['blank', row]),
  };
  const splitter = new RecordSplitter(',', '"', maxFieldBytes);
  let at = 0;
  for (const size of chunkSizes) {
    if (at >= input.length) break;
    splitter.push(input.subarray(at, at + size), sink);
    at += size;
  }
  if (at < input.length) splitter.push(input.subarray(at), sink);
  splitter.end(sink);
  return out;
}

describe('RecordSplitter', () => {
  const cases: [string, string, Out[]][] = [
    [
      'plain rows',
      'a,b\n1,2\n',
      [
        ['record', 1, 'a,b', 2],
        ['record', 2, '1,2', 2],
      ],
    ],
    [
      'no final newline',
      'a,b\n1,2',
      [
        ['record', 1, 'a,b', 2],
        ['record', 2, '1,2', 2],
      ],
    ],
    [
      'CRLF',
      'a,b\r\n1,2\r\n',
      [
        ['record', 1, 'a,b', 2],
        ['record', 2, '1,2', 2],
      ],
    ],
    [
      'quoted delimiter and newline',
      'a,"x,\ny"\nb,c\n',
      [
        ['record', 1, 'a,"x,\ny"', 2],
        ['record', 3, 'b,c', 2],
      ],
    ],
    ['escaped quotes', 'a,"say ""hi"""\n', [['record', 1, 'a,"say ""hi"""', 2]]],
    ['quote inside an unquoted field is text', 'a,5" screen\n', [['record', 1, 'a,5" screen', 2]]],
    [
      'blank line',
      'a\n\nb\n',
      [
        ['record', 1, 'a', 1],
        ['blank', 2],
        ['record', 3, 'b', 1],
      ],
    ],
    [
      'text after closing quote',
      'a,"b"c\nd,e\n',
      [
        ['report', 1, 'bad-quote', 'a,"b"c'],
        ['record', 2, 'd,e', 2],
      ],
    ],
    [
      'unterminated quote resyncs on the next line',
      'a,"open\nb,c\nd,"e"\n',
      [
        ['report', 1, 'unterminated-quote', 'a,"open'],
        ['record', 2, 'b,c', 2],
        ['record', 3, 'd,"e"', 2],
      ],
    ],
    [
      'unterminated quote at the end',
      'a,b\nc,"open',
      [
        ['record', 1, 'a,b', 2],
        ['report', 2, 'unterminated-quote', 'c,"open'],
      ],
    ],
    ['UTF-8 BOM stripped', '\uFEFFa,b\n', [['record', 1, 'a,b', 2]]],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(split(Buffer.from(input))).toEqual(expected);
  });

  it('reports invalid UTF-8 and keeps going', () => {
    const input = Buffer.concat([Buffer.from('ok,1\nbad,'), Buffer.from([0xff]), Buffer.from('\nok,2\n')]);
    expect(split(input).map((o) => o.slice(0, 3))).toEqual([
      ['record', 1, 'ok,1'],
      ['report', 2, 'invalid-utf8'],
      ['record', 3, 'ok,2'],
    ]);
  });

  it('reports a field over the limit without keeping it, and resumes', () => {
    const big = 'x'.repeat(500);
    expect(
      split(Buffer.from(`a,b\n1,${big}\n2,"${big}"\n3,c\n`), [64, 64, 64, 64, 64, 64], 100).map((o) => o.slice(0, 3)),
    ).toEqual([
      ['record', 1, 'a,b'],
      ['report', 2, 'field-too-large'],
      ['report', 3, 'field-too-large'],
      ['record', 4, '3,c'],
    ]);
  });

  it('refuses UTF-16', () => {
    expect(() => split(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toThrow(/UTF-16/);
  });

  it('gives the same records however the input is cut into chunks', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'a', 'é', '"q"', '"a,b"', '"x\ny"', '"say ""hi"""', '"open', 'b"c', '"d"e', '😀'),
      fc.string({ maxLength: 4 }),
    );
    const line = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    const doc = fc
      .tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
      .map(([lines, eol]) => lines.join(eol));
    fc.assert(
      fc.property(doc, fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 40 }), (text, sizes) => {
        const bytes = Buffer.from(text);
        expect(split(bytes, sizes)).toEqual(split(bytes));
      }),
      { numRuns: 400 },
    );
  });

  it('accounts for every line: records + reports + blanks cover the input', () => {
    const lines = fc.array(fc.constantFrom('a,b', 'a,"b', '"x"y,z', '"multi\nline",q', '', 'c,d'), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(lines, (ls) => {
        const out = split(Buffer.from(`${ls.join('\n')}\n`));
        const rows = out.map((o) => o[1]);
        expect([...rows].sort((x, y) => x - y)).toEqual(rows);
        expect(new Set(rows).size).toBe(rows.length);
      }),
      { numRuns: 300 },
    );
  });
});
