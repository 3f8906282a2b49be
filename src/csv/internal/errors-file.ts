/**
 * The errors file of a batch run: malformed rows as CSV with columns `row,reason,message,raw`, written with
 * fast-csv to a file (under a temporary name, renamed on success) or to a caller's stream.
 */
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { format } from 'fast-csv';
import { DetenteError } from '../../errors.js';
import type { RowReport } from '../csv-error.js';
import { CsvError } from '../csv-error.js';
import { type AtomicFile, openAtomic } from './atomic-file.js';

/** Where reports go: `write` each one, then `finish()` (commit the file) or `discard()` (remove it). */
export interface ErrorsFile {
  write(report: RowReport): void;
  /** Ends the CSV and waits for it to be written; rejects with a `CsvError` (E_IO) when writing failed. */
  finish(): Promise<void>;
  /** The file still to be renamed into place, if `errors` was a path. */
  readonly file: AtomicFile | undefined;
  /** Stops writing (after a failed run). */
  destroy(): void;
}

/**
 * Opens the errors output for `errors` (a path or a stream); `undefined` writes nothing.
 * @example
 * ```ts
 * const errors = openErrorsFile('errors.csv'); errors.write(report); await errors.finish(); await errors.file?.commit();
 * ```
 */
export function openErrorsFile(errors: string | Writable | undefined): ErrorsFile {
  if (errors === undefined)
    return { write: () => undefined, finish: () => Promise.resolve(), file: undefined, destroy: () => undefined };
  const reports = format<RowReport, string[]>({
    headers: ['row', 'reason', 'message', 'raw'],
    transform: (r: RowReport) => [String(r.row), r.reason, r.message, r.raw],
  });
  const file = typeof errors === 'string' ? openAtomic(errors) : undefined;
  const done = pipeline(reports, file?.stream ?? (errors as Writable));
  done.catch(() => undefined);
  return {
    write: (report) => {
      reports.write(report);
    },
    file,
    destroy: () => {
      reports.destroy();
    },
    async finish() {
      reports.end();
      await done.catch((err: Error) => {
        if (err instanceof DetenteError) throw err;
        throw new CsvError(
          `writing ${typeof errors === 'string' ? errors : 'the errors file'} failed: ${err.message}`,
          {
            code: 'E_IO',
            cause: err,
          },
        );
      });
    },
  };
}
