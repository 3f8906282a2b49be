/**
 * One form for an input the CLI cannot read, whatever the command: `cannot read nope.csv: no such file`, exit 1
 * (a runtime failure, README's exit-code table), checked before any work starts.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { InputError } from '../index.js';

/** The reason a file system error gives, in words ("no such file"), without the errno and path Node adds. */
export function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}

/**
 * The error for an input that cannot be read (`InputError`, exit 1): `cannot read [what ]FILE: REASON`.
 * @example
 * ```ts
 * unreadable('nope.csv', err).message;            // 'cannot read nope.csv: no such file'
 * unreadable('x.json', err, 'lexicon').message;   // 'cannot read lexicon x.json: no such file'
 * ```
 */
export function unreadable(file: string, err: unknown, what = ''): InputError {
  return new InputError(`cannot read ${what === '' ? '' : `${what} `}${file}: ${ioReason(err)}`);
}

/**
 * Throws `unreadable` unless `file` exists and is readable as a file (or, with `folder`, as a folder too); `-`
 * (stdin) passes.
 * @example
 * ```ts
 * assertReadable('statements.csv');             // returns
 * assertReadable('nope.csv');                   // throws InputError: cannot read nope.csv: no such file
 * assertReadable('articles/', { folder: true }); // a folder of .txt files is an input too
 * ```
 */
export function assertReadable(
  file: string,
  options: { readonly what?: string; readonly folder?: boolean } = {},
): void {
  if (file === '-') return;
  let directory: boolean;
  try {
    directory = statSync(file).isDirectory();
    accessSync(file, constants.R_OK);
  } catch (err) {
    throw unreadable(file, err, options.what);
  }
  if (directory && options.folder !== true) throw unreadable(file, { code: 'EISDIR' }, options.what);
}
