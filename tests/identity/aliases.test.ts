import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AliasesError } from '../../src/errors.js';
import { aliasTable, nameKey, parseAliases } from '../../src/identity/aliases.js';

/** The AliasesError `call` throws. */
function failure(call: () => unknown): AliasesError {
  try {
    call();
  } catch (err) {
    expect(err).toBeInstanceOf(AliasesError);
    return err as AliasesError;
  }
  throw new Error('expected an AliasesError');
}

describe('parseAliases', () => {
  it('reads JSON: variants to canonical names, canonical names to sides (the corpus fixture’s file)', () => {
    const table = parseAliases(readFileSync('tests/fixtures/corpus/aliases.json', 'utf8'), 'json');
    expect(table.canonical.get('sergey dragan')).toBe('Sergei Dragan');
    expect(table.canonical.get('christian solberg')).toBe('Kristian Solberg');
    expect(table.sides.get('belmark foreign ministry')).toBe('Belmark');
    expect(table.sides.size).toBe(15);
  });

  it('reads CSV (name,canonical,side; quoted fields; a blank canonical is the name itself)', () => {
    const table = parseAliases(
      'name,canonical,side\nSergey Dragan,Sergei Dragan,\nSergei Dragan,,Ardenia\n"Solberg, Christian",Kristian Solberg,Belmark\n\n',
      'csv',
    );
    expect([...table.canonical]).toEqual([
      ['sergey dragan', 'Sergei Dragan'],
      ['solberg, christian', 'Kristian Solberg'],
    ]);
    expect([...table.sides]).toEqual([
      ['sergei dragan', 'Ardenia'],
      ['kristian solberg', 'Belmark'],
    ]);
    expect(parseAliases('variant,side\r\nAmara Okafor,mediator\r\n').sides.get('amara okafor')).toBe('mediator');
  });

  it('detects the format: JSON when the text starts with {', () => {
    expect(parseAliases('  {"aliases": {"A B": "C D"}}').canonical.get('a b')).toBe('C D');
    expect(parseAliases('\uFEFFname,side\nKovac,Ardenia').sides.get('kovac')).toBe('Ardenia');
  });

  it('follows chains and compares names folded (case, accents, a leading "the")', () => {
    const table = aliasTable({
      aliases: { 'Sergey Dragan': 'S. Dragan', 'S. Dragan': 'Sergei Dragan' },
      sides: { 'sergey dragan': 'Ardenia' },
    });
    expect(table.canonical.get('sergey dragan')).toBe('Sergei Dragan');
    expect(table.sides.get('sergei dragan')).toBe('Ardenia');
    expect(nameKey('The  Kovač')).toBe('kovac');
  });

  // [what, text, line, message part]
  it.each([
    ['bad JSON', '{\n  "aliases": {\n    "A": "B",\n  }\n}', 4, 'expected a string'],
    ['an unclosed JSON string', '{\n "aliases": {\n  "A": "B\n}}', 3, 'never closed'],
    ['a repeated JSON key', '{"aliases": {\n"A": "B",\n"A": "C"}}', 3, 'given twice (first on line 2)'],
    ['an unknown top-level key', '{\n"alias": {}}', 2, 'unknown key "alias"'],
    ['a JSON value that is not a string', '{"sides": {\n"A": 3}}', 2, 'expected a string'],
    ['an empty JSON value', '{"sides": {\n"A": " "}}', 2, 'must not be empty'],
    ['text after the JSON object', '{}\n[]', 2, 'after the end'],
    ['a CSV without a name column', 'who,side\nA,B', 1, 'name column'],
    ['a CSV row with too few fields', 'name,canonical,side\nA,B,\nC,D', 3, 'expected 3 fields, got 2'],
    ['an unterminated CSV quote', 'name,side\nA,B\n"C,D\nE,F', 3, 'never closed'],
    ['a CSV row with an empty name', 'name,side\n,B', 2, 'the name is empty'],
    ['a CSV row that says nothing', 'name,canonical,side\nA,,', 2, 'neither a canonical name nor a side'],
    ['one name with two canonical names', 'name,canonical\nA,B\nC,D\na,E', 4, '"a" is "E" here but "B" on line 2'],
    ['one canonical name on two sides', 'name,canonical,side\nA,,X\nB,A,Y', 3, 'on side "Y" here but on "X" on line 2'],
    ['aliases in a circle', 'name,canonical\nA,B\nB,A', 2, 'circle'],
    ['an empty file', '', 1, 'empty'],
  ])('names the line of %s', (_what, text, line, part) => {
    const err = failure(() => parseAliases(text, 'auto', 'my-aliases'));
    expect(err.line).toBe(line);
    expect(err.file).toBe('my-aliases');
    expect(err.code).toBe('E_ALIASES');
    expect(err.message).toContain(`my-aliases line ${line}: `);
    expect(err.message).toContain(part);
  });
});
