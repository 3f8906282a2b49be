/** `--aliases FILE` for score, extract and profile: the file read, and any mistake in it a usage error. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { AliasesError, type AliasTable, parseAliases } from '../index.js';
import type { Parsed } from './args.js';
import { str, UsageError } from './args.js';
import { unreadable } from './readable.js';

/** The `--aliases` flag, shared by the commands that take one. */
export const ALIASES_FLAG = { aliases: { type: 'string' } } as const;

/**
 * The aliases file of `--aliases` (CSV, or JSON for `.json` or text starting with `{`), or undefined without
 * the flag. An unreadable file is an `InputError` (exit 1); a malformed one a `UsageError` (exit 2) naming the
 * file and the line.
 * @example
 * ```ts
 * aliasesFlag(parse('profile', ['--aliases', 'aliases.csv'], ALIASES_FLAG), 'profile')?.sides.size;
 * ```
 */
export function aliasesFlag(parsed: Parsed, command: string): AliasTable | undefined {
  const file = str(parsed, 'aliases');
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw unreadable(file, err, 'aliases file');
  }
  const ext = extname(file).toLowerCase();
  try {
    return parseAliases(text, ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : 'auto', file);
  } catch (err) {
    if (err instanceof AliasesError) throw new UsageError(`the aliases file is malformed: ${err.message}`, command);
    throw err;
  }
}
