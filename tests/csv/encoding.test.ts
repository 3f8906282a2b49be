import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, toUtf8 } from '../../src/csv/encoding.js';
import { CsvError, decodeText, OptionsError, resolveEncoding } from '../../src/csv/index.js';

const CP1252_QUOTES = Buffer.from([0x4d, 0x72, 0x2e, 0x20, 0x93, 0x6e, 0x6f, 0x94, 0x2c, 0x20, 0x92, 0x74, 0x69, 0x73]); // Mr. “no”, ’tis

describe('input encodings', () => {
  it.each([
    ['utf-8', 'utf8'],
    ['UTF8', 'utf8'],
    ['windows-1252', 'cp1252'],
    ['CP1252', 'cp1252'],
    ['ISO-8859-1', 'latin1'],
    ['latin1', 'latin1'],
    ['utf-16', 'utf16'],
    ['UTF-16LE', 'utf16le'],
    ['utf_16be', 'utf16be'],
  ])('%s is %s', (name, expected) => {
    expect(resolveEncoding(name)).toBe(expected);
  });

  it.each([['ebcdic'], [''], [42], ['__proto__']])('%j is an OptionsError naming the option', (value) => {
    let err: unknown;
    try {
      resolveEncoding(value);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OptionsError);
    expect((err as OptionsError).option).toBe('encoding');
  });

  it('cp1252 smart quotes decode to the right characters; latin1 keeps 0x80–0x9F as control codes', () => {
    expect(decodeText(CP1252_QUOTES, 'cp1252', 'x')).toBe('Mr. “no”, ’tis');
    expect(decodeText(CP1252_QUOTES, 'latin1', 'x')).toBe('Mr. \u0093no\u0094, \u0092tis');
  });

  it('invalid UTF-8 throws a CsvError naming the input, the first bad byte and its offset', () => {
    expect(() => decodeText(CP1252_QUOTES, 'utf8', 'a1.txt')).toThrow(CsvError);
    expect(() => decodeText(CP1252_QUOTES, 'utf8', 'a1.txt')).toThrow(
      /a1\.txt is not valid UTF-8 \(byte 0x93 at offset 4\).*cp1252/,
    );
  });

  it('UTF-16 with a byte-order mark: refused as UTF-8, decoded as utf16 (either byte order)', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“talks”', 'utf16le')]);
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('“talks”', 'utf16le').swap16()]));
    expect(() => decodeText(le, 'utf8', 'x')).toThrow(/UTF-16/);
    expect(decodeText(le, 'utf16', 'x')).toBe('“talks”');
    expect(decodeText(be, 'utf16', 'x')).toBe('“talks”');
    expect(decodeText(be.subarray(2), 'utf16be', 'x')).toBe('“talks”');
  });

  it('a streaming decode equals the whole decode wherever the chunks are cut', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom('utf16le', 'utf16be', 'utf16') as fc.Arbitrary<'utf16le' | 'utf16be' | 'utf16'>,
        (text, cuts, encoding) => {
          const le = Buffer.from(text, 'utf16le');
          const bytes = encoding === 'utf16be' ? Buffer.from(le).swap16() : le;
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const d = toUtf8(encoding);
          const parts: Buffer[] = [];
          let from = 0;
          for (const p of [...points, bytes.length]) {
            parts.push(d.push(bytes.subarray(from, p)));
            from = p;
          }
          parts.push(d.end());
          expect(Buffer.concat(parts).toString('utf8')).toBe(text);
        },
      ),
    );
  });

  it('firstInvalidUtf8 finds the first bad byte (checked against the native validator)', () => {
    expect(firstInvalidUtf8(Buffer.from('plain “text”'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x80]))).toBe(1); // a truncated “
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // an encoded surrogate
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        if (at < 0) expect(isUtf8(bytes)).toBe(true);
        else {
          expect(isUtf8(bytes.subarray(0, at))).toBe(true);
          // No well-formed sequence starts at `at`: every longer prefix through it is invalid.
          for (let end = at + 1; end <= Math.min(bytes.length, at + 4); end++)
            expect(isUtf8(bytes.subarray(0, end))).toBe(false);
        }
      }),
    );
  });
});
