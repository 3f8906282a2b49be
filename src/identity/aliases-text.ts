/**
 * Reading an aliases file's text, with the line of every entry so a mistake can be pointed at. Two formats:
 *
 * - JSON: `{ "aliases": { "Sergey Dragan": "Sergei Dragan" }, "sides": { "Sergei Dragan": "Ardenia" } }`
 *   (both keys optional). A small scanner rather than `JSON.parse`, because a repeated key would vanish
 *   silently there, and an error should name its line.
 * - CSV: a header with a `name` column (or `variant`, `alias`) and `canonical` and/or `side` columns; each row
 *   says what one name is (`canonical`, blank for itself) and which side it is on (blank for none).
 */
import { AliasesError } from '../errors.js';

/** One name → value pair and the line it was written on. */
export interface AliasLine {
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

/** The entries of an aliases file, in file order. */
export interface AliasEntries {
  readonly aliases: readonly AliasLine[];
  readonly sides: readonly AliasLine[];
}

/**
 * Reads the entries of an aliases file in JSON. Throws `AliasesError` (with `line`) on bad JSON, an unknown
 * top-level key, a value that is not a non-empty string, or a key given twice.
 * @example
 * ```ts
 * readAliasesJson('{ "aliases": { "Sergey Dragan": "Sergei Dragan" } }').aliases[0];
 * // { key: 'Sergey Dragan', value: 'Sergei Dragan', line: 1 }
 * ```
 */
export function readAliasesJson(text: string, file?: string): AliasEntries {
  const scanner = new JsonScanner(text, file);
  const top = scanner.object((key, line) => {
    if (key !== 'aliases' && key !== 'sides')
      throw new AliasesError(`unknown key ${JSON.stringify(key)} (expected "aliases" and "sides")`, line, file);
    return scanner.object((name, at) => {
      const value = scanner.string();
      if (value.trim() === '' || name.trim() === '')
        throw new AliasesError(`${key}: names and values must not be empty`, at, file);
      return { key: name.trim(), value: value.trim(), line: at };
    });
  });
  scanner.end();
  const entries = (key: string): AliasLine[] => (top.find(([k]) => k === key)?.[1] ?? []).map(([, entry]) => entry);
  return { aliases: entries('aliases'), sides: entries('sides') };
}

/**
 * Reads the entries of an aliases file in CSV (comma-separated, `"` quotes). Throws `AliasesError` (with
 * `line`) on a missing column, a row with the wrong number of fields, an unterminated quote or an empty name.
 * @example
 * ```ts
 * readAliasesCsv('name,canonical,side\nSergey Dragan,Sergei Dragan,\nSergei Dragan,,Ardenia\n');
 * // { aliases: [{ key: 'Sergey Dragan', value: 'Sergei Dragan', line: 2 }],
 * //   sides: [{ key: 'Sergei Dragan', value: 'Ardenia', line: 3 }] }
 * ```
 */
export function readAliasesCsv(text: string, file?: string): AliasEntries {
  const records = csvRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
  const header = records[0];
  if (header === undefined)
    throw new AliasesError('the file is empty (expected a header: name,canonical,side)', 1, file);
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const nameAt = names.findIndex((h) => h === 'name' || h === 'variant' || h === 'alias');
  const canonicalAt = names.indexOf('canonical');
  const sideAt = names.indexOf('side');
  if (nameAt === -1 || (canonicalAt === -1 && sideAt === -1))
    throw new AliasesError(
      `the header must have a name column and a canonical or side column, got ${header.fields.map((h) => JSON.stringify(h)).join(',')}`,
      header.line,
      file,
    );
  const aliases: AliasLine[] = [];
  const sides: AliasLine[] = [];
  for (const { fields, line } of records.slice(1)) {
    if (fields.length === 1 && (fields[0] as string).trim() === '') continue; // a blank line
    if (fields.length !== names.length)
      throw new AliasesError(`expected ${names.length} fields, got ${fields.length}`, line, file);
    const name = (fields[nameAt] as string).trim();
    const canonical = canonicalAt === -1 ? '' : (fields[canonicalAt] as string).trim();
    const side = sideAt === -1 ? '' : (fields[sideAt] as string).trim();
    if (name === '') throw new AliasesError('the name is empty', line, file);
    if (canonical === '' && side === '')
      throw new AliasesError(`${JSON.stringify(name)} has neither a canonical name nor a side`, line, file);
    if (canonical !== '' && canonical !== name) aliases.push({ key: name, value: canonical, line });
    if (side !== '') sides.push({ key: canonical === '' ? name : canonical, value: side, line });
  }
  return { aliases, sides };
}

/** RFC 4180 records with the line each starts on (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text: string, file: string | undefined): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ fields, line: start });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) throw new AliasesError('a quoted field is never closed', quoteLine, file);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ fields, line: start });
  }
  return records;
}

/** Just enough JSON for an aliases file: objects of strings, with lines; anything else is an error. */
class JsonScanner {
  private at = 0;
  private line = 1;

  constructor(
    private readonly text: string,
    private readonly file: string | undefined,
  ) {
    if (this.text.charCodeAt(0) === 0xfeff) this.at = 1;
  }

  /** An object whose every value `member` reads; keys must be unique. */
  object<T>(member: (key: string, line: number) => T): [string, T][] {
    this.expect('{');
    const out: [string, T][] = [];
    const seen = new Map<string, number>();
    if (this.peek() === '}') {
      this.at++;
      return out;
    }
    for (;;) {
      this.skip();
      const line = this.line;
      const key = this.string();
      const before = seen.get(key);
      if (before !== undefined)
        throw new AliasesError(`${JSON.stringify(key)} is given twice (first on line ${before})`, line, this.file);
      seen.set(key, line);
      this.expect(':');
      out.push([key, member(key, line)]);
      const next = this.peek();
      this.at++;
      if (next === '}') return out;
      if (next !== ',')
        this.fail(
          next === undefined ? 'the text ends inside an object' : `expected , or } but found ${JSON.stringify(next)}`,
        );
    }
  }

  /** A JSON string. */
  string(): string {
    if (this.peek() !== '"')
      this.fail(
        this.peek() === undefined
          ? 'the text ends where a string was expected'
          : `expected a string but found ${this.describeNext()}`,
      );
    this.at++;
    let out = '';
    for (;;) {
      const c = this.text[this.at++];
      if (c === undefined || c === '\n') this.fail('a string is never closed');
      if (c === '"') return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[this.at++];
      const simple: Record<string, string> = {
        '"': '"',
        '\\': '\\',
        '/': '/',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t',
      };
      if (e !== undefined && e in simple) out += simple[e];
      else if (e === 'u' && isHex4(this.text.slice(this.at, this.at + 4))) {
        out += String.fromCharCode(Number.parseInt(this.text.slice(this.at, this.at + 4), 16));
        this.at += 4;
      } else this.fail('a string holds a bad escape');
    }
  }

  /** Only white space may follow the top-level object. */
  end(): void {
    if (this.peek() !== undefined) this.fail(`unexpected ${this.describeNext()} after the end of the object`);
  }

  private describeNext(): string {
    const c = this.text[this.at] as string;
    if (c === '{') return 'an object';
    if (c === '[') return 'an array';
    return JSON.stringify(this.text.slice(this.at, this.at + 12));
  }

  private expect(c: string): void {
    if (this.peek() !== c)
      this.fail(`expected ${c} but found ${this.peek() === undefined ? 'the end of the text' : this.describeNext()}`);
    this.at++;
  }

  /** The next character after white space (not consumed), or undefined at the end. */
  private peek(): string | undefined {
    this.skip();
    return this.text[this.at];
  }

  private skip(): void {
    for (;;) {
      const c = this.text[this.at];
      if (c === '\n') this.line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      this.at++;
    }
  }

  private fail(message: string): never {
    throw new AliasesError(message, this.line, this.file);
  }
}

function isHex4(s: string): boolean {
  if (s.length !== 4) return false;
  for (const c of s) if (!'0123456789abcdefABCDEF'.includes(c)) return false;
  return true;
}
