/**
 * What text alone cannot settle about speakers: which names are one person ("Christian Solberg" is "Kristian
 * Solberg") and which side each is on. From an aliases file (`parseAliases`, CSV or JSON) or an object
 * (`aliasTable`).
 */
import { AliasesError, describeValue, OptionsError } from '../errors.js';
import { type AliasEntries, type AliasLine, readAliasesCsv, readAliasesJson } from './aliases-text.js';
import { fold, words } from './words.js';

/**
 * Aliases ready for use: `canonical` maps a name (folded: lower case, no accents, no leading "the") to the
 * canonical name, chains followed; `sides` maps a canonical name (folded) to its side.
 * @example
 * ```ts
 * import { aliasTable, type AliasTable } from 'detente';
 * const table: AliasTable = aliasTable({ aliases: { 'Sergey Dragan': 'Sergei Dragan' }, sides: { 'Sergei Dragan': 'Ardenia' } });
 * table.canonical.get('sergey dragan'); // 'Sergei Dragan'
 * table.sides.get('sergei dragan');     // 'Ardenia'
 * ```
 */
export interface AliasTable {
  readonly canonical: ReadonlyMap<string, string>;
  readonly sides: ReadonlyMap<string, string>;
}

/**
 * Aliases as an object: `aliases` maps a variant to its canonical name, `sides` a canonical name to its side.
 * @example
 * ```ts
 * import type { AliasesInput } from 'detente';
 * const input: AliasesInput = { aliases: { 'Christian Solberg': 'Kristian Solberg' }, sides: { 'Kristian Solberg': 'Belmark' } };
 * ```
 */
export interface AliasesInput {
  readonly aliases?: Readonly<Record<string, string>>;
  readonly sides?: Readonly<Record<string, string>>;
}

/**
 * The key names are compared by: folded, single-spaced, without a leading "the".
 * @example
 * ```ts
 * nameKey('The  Belmark Foreign Ministry'); // 'belmark foreign ministry'
 * ```
 */
export function nameKey(name: string): string {
  const w = words(fold(name));
  return (w[0] === 'the' ? w.slice(1) : w).join(' ');
}

/**
 * Reads an aliases file's text. `format` `'auto'` (the default) reads JSON when the text starts with `{`,
 * CSV otherwise. Throws `AliasesError` naming the line of the first problem: bad syntax, a missing column, a
 * name given two canonical names or a canonical name given two sides, or a cycle of aliases.
 * @example
 * ```ts
 * const table = parseAliases(readFileSync('aliases.csv', 'utf8'), 'csv', 'aliases.csv');
 * parseAliases('{ "sides": { "Irena Kovac": "Ardenia" } }').sides.get('irena kovac'); // 'Ardenia'
 * ```
 */
export function parseAliases(text: string, format: 'csv' | 'json' | 'auto' = 'auto', file?: string): AliasTable {
  if (typeof text !== 'string')
    throw new OptionsError('text', `parseAliases(): text must be a string, got ${describeValue(text)}`);
  const json = format === 'json' || (format === 'auto' && text.trimStart().startsWith('{'));
  return build(json ? readAliasesJson(text, file) : readAliasesCsv(text, file), file);
}

/**
 * An alias table from an object (`{ aliases, sides }`), or a table as it is. Throws `OptionsError` for values
 * that are not non-empty strings, and `AliasesError` (line 0) for conflicts and cycles.
 * @example
 * ```ts
 * aliasTable({ aliases: { 'Christian Solberg': 'Kristian Solberg' } }).canonical.get('christian solberg'); // 'Kristian Solberg'
 * ```
 */
export function aliasTable(input: AliasesInput | AliasTable): AliasTable {
  const table = input as Partial<AliasTable> | null;
  if (table !== null && typeof table === 'object' && table.canonical instanceof Map && table.sides instanceof Map)
    return table as AliasTable;
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new OptionsError(
      'aliases',
      `aliases must be { aliases, sides } or an alias table, got ${describeValue(input)}`,
    );
  const lines = (name: 'aliases' | 'sides'): AliasLine[] => {
    const value: unknown = (input as AliasesInput)[name];
    if (value === undefined) return [];
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new OptionsError(`aliases.${name}`, `aliases.${name} must map names to names, got ${describeValue(value)}`);
    return Object.entries(value as Record<string, unknown>).map(([key, v]) => {
      if (typeof v !== 'string' || v.trim() === '' || key.trim() === '')
        throw new OptionsError(
          `aliases.${name}`,
          `aliases.${name}[${describeValue(key)}] must be a non-empty string, got ${describeValue(v)}`,
        );
      return { key: key.trim(), value: v.trim(), line: 0 };
    });
  };
  return build({ aliases: lines('aliases'), sides: lines('sides') });
}

function build(entries: AliasEntries, file?: string): AliasTable {
  // variant key → [canonical as written, line]
  const direct = new Map<string, [string, number]>();
  for (const { key, value, line } of entries.aliases) {
    const k = nameKey(key);
    const before = direct.get(k);
    if (before !== undefined && nameKey(before[0]) !== nameKey(value))
      throw new AliasesError(
        `${JSON.stringify(key)} is ${JSON.stringify(value)} here but ${JSON.stringify(before[0])}${at(before[1])}`,
        line,
        file,
      );
    if (k !== nameKey(value)) direct.set(k, [value, line]);
  }
  const canonical = new Map<string, string>();
  for (const [k, [value, line]] of direct) {
    // Follow chains (a → b, b → c: a is c); a chain that comes back is a mistake.
    let name = value;
    const seen = new Set([k]);
    for (let next = direct.get(nameKey(name)); next !== undefined; next = direct.get(nameKey(name))) {
      if (seen.has(nameKey(name)))
        throw new AliasesError(`the aliases of ${JSON.stringify(value)} go round in a circle`, line, file);
      seen.add(nameKey(name));
      name = next[0];
    }
    canonical.set(k, name);
  }
  const sides = new Map<string, string>();
  const sideLine = new Map<string, number>();
  for (const { key, value, line } of entries.sides) {
    const k = nameKey(canonical.get(nameKey(key)) ?? key);
    const before = sides.get(k);
    if (before !== undefined && before !== value)
      throw new AliasesError(
        `${JSON.stringify(key)} is on side ${JSON.stringify(value)} here but on ${JSON.stringify(before)}${at(sideLine.get(k) ?? 0)}`,
        line,
        file,
      );
    sides.set(k, value);
    sideLine.set(k, line);
  }
  return { canonical, sides };
}

function at(line: number): string {
  return line > 0 ? ` on line ${line}` : '';
}
