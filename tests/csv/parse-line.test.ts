import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRow } from '../../src/csv/internal/batch.js';
import { fieldAt, parseLine } from '../../src/csv/internal/parse-line.js';

describe('parseLine and fieldAt', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",', ['say "hi"', '']],
    ['"""a",""', ['"a', '']],
    [',,', ['', '', '']],
    ['"x\ny",z', ['x\ny', 'z']],
  ])('%j', (line, fields) => {
    expect(parseLine(line, ',', '"')).toEqual(fields);
    for (const [i, f] of fields.entries()) expect(fieldAt(line, i, ',', '"')).toBe(f);
    expect(fieldAt(line, fields.length, ',', '"')).toBeUndefined();
  });

  it('round-trips any cells through formatRow, with any delimiter', () => {
    const cells = fc.array(fc.oneof(fc.string(), fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r\n', ' ')), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(cells, fc.constantFrom(',', ';', '\t', '|'), (row, delimiter) => {
        const line = formatRow(row, delimiter, '"');
        expect(parseLine(line, delimiter, '"')).toEqual(row);
        for (const [i, cell] of row.entries()) expect(fieldAt(line, i, delimiter, '"')).toBe(cell);
      }),
      { numRuns: 500 },
    );
  });
});
