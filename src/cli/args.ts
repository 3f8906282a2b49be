/** Argument parsing helpers over `node:util` `parseArgs`: usage errors are typed so `main` can exit with 2. */

import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import { type InputEncoding, resolveEncoding } from '../csv/index.js';

/**
 * A mistake on the command line (unknown flag, missing argument): exit code 2, with the command's usage.
 * @example
 * ```ts
 * throw new UsageError('score needs a FILE (or - for stdin)', 'score');
 * ```
 */
export class UsageError extends Error {
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed flags and positionals of one command. */
export interface Parsed {
  readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  readonly positionals: string[];
}

/**
 * Parses `argv` strictly against `options`; any mistake becomes a `UsageError` naming the command.
 * @example
 * ```ts
 * parse('score', ['in.csv', '--text', 'quote'], { text: { type: 'string' } });
 * ```
 */
export function parse(command: string, argv: readonly string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ''), command);
  }
}

/**
 * The one input file a command takes (its first positional); `missing` is the usage message when there is none.
 * @example
 * ```ts
 * oneFile(parse('eval', ['data.tsv'], {}), 'eval', 'eval needs a FILE'); // 'data.tsv'
 * ```
 */
export function oneFile(parsed: Parsed, command: string, missing: string, extra = ''): string {
  const [file, ...rest] = parsed.positionals;
  if (file === undefined) throw new UsageError(missing, command);
  if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}${extra}`, command);
  return file;
}

/**
 * A string flag's value, or undefined.
 * @example
 * ```ts
 * str(parse('score', ['-o', 'out.csv'], { output: { type: 'string', short: 'o' } }), 'output'); // 'out.csv'
 * ```
 */
export function str(parsed: Parsed, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * A repeatable string flag's values.
 * @example
 * ```ts
 * list(parsed, 'pack'); // ['diplomacy', 'labor'] for --pack diplomacy --pack labor
 * ```
 */
export function list(parsed: Parsed, name: string): string[] {
  const v = parsed.values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

/**
 * A positive integer flag, or `fallback`; anything else is a `UsageError`.
 * @example
 * ```ts
 * int(parsed, 'workers', 'score', 1); // 2 for --workers 2
 * ```
 */
export function int(parsed: Parsed, name: string, command: string, fallback: number): number {
  const v = str(parsed, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1)
    throw new UsageError(`--${name} must be a positive whole number, got ${JSON.stringify(v)}`, command);
  return Number(v);
}

/**
 * A flag naming columns, `a,b`, or `none` for none (an empty list); undefined without the flag. A value with no
 * name in it is a `UsageError` naming the flag and an `example` of what it takes.
 * @example
 * ```ts
 * columnsFlag(parse('extract', ['--keep', 'date,outlet'], { keep: { type: 'string' } }), 'keep', 'extract', 'date,outlet');
 * // ['date', 'outlet']
 * ```
 */
export function columnsFlag(parsed: Parsed, name: string, command: string, example: string): string[] | undefined {
  const value = str(parsed, name);
  if (value === undefined) return undefined;
  if (value.trim() === 'none') return [];
  const columns = value
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (columns.length === 0) throw new UsageError(`--${name} takes column names (${example}) or none`, command);
  return columns;
}

/**
 * A delimiter flag: one character, or `tab` / `\t`; a tab by default for a `.tsv` file.
 * @example
 * ```ts
 * delimiterFlag(parsed, 'score', 'data.tsv'); // '\t'
 * ```
 */
export function delimiterFlag(parsed: Parsed, command: string, file: string | undefined): string | undefined {
  const v = str(parsed, 'delimiter');
  if (v === undefined) return file !== undefined && /\.tsv$/i.test(file) ? '\t' : undefined;
  if (v === 'tab' || v === '\\t') return '\t';
  if (v.length !== 1)
    throw new UsageError(`--delimiter must be one character (or "tab"), got ${JSON.stringify(v)}`, command);
  return v;
}

/**
 * The `--encoding` flag (utf8 by default; cp1252, latin1, utf16, utf16le, utf16be or a usual spelling), or a
 * `UsageError` naming the accepted values.
 * @example
 * ```ts
 * encodingFlag(parse('score', ['--encoding', 'windows-1252'], { encoding: { type: 'string' } }), 'score'); // 'cp1252'
 * ```
 */
export function encodingFlag(parsed: Parsed, command: string): InputEncoding {
  try {
    return resolveEncoding(str(parsed, 'encoding'));
  } catch (err) {
    throw new UsageError(`--${(err as Error).message}`, command);
  }
}

/**
 * The hint printed after a run that reported rows as invalid UTF-8.
 * @example
 * ```ts
 * encodingHint(2); // '2 rows are not valid UTF-8: if the file is Windows or Latin-1 text, run again with --encoding cp1252 (or latin1, utf16)\n'
 * ```
 */
export function encodingHint(rows: number): string {
  return `${rows} row${rows === 1 ? ' is' : 's are'} not valid UTF-8: if the file is Windows or Latin-1 text, run again with --encoding cp1252 (or latin1, utf16)\n`;
}
