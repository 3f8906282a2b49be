/**
 * `scoreCsv`: a file or stream in, a scored file or stream out, malformed rows to an errors file. Output
 * files are written under a temporary name and renamed only when the whole input was accounted for.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DetenteError } from '../errors.js';
import { CsvError } from './csv-error.js';
import type { AtomicFile } from './internal/atomic-file.js';
import { openAtomic } from './internal/atomic-file.js';
import { openErrorsFile } from './internal/errors-file.js';
import type { ScoringOptions } from './options.js';
import { ScoringStream } from './scoring-stream.js';
import type { CsvSummary } from './summary.js';

/**
 * Options of `scoreCsv`: the scoring options plus where to read and write. A string is a file path.
 * @example
 * ```ts
 * { input: 'statements.csv', output: 'scored.csv', errors: 'errors.csv', text: 'text', speaker: 'speaker', workers: 2 }
 * ```
 */
export interface ScoreCsvOptions extends ScoringOptions {
  readonly input: string | Readable;
  readonly output: string | Writable;
  /** Where malformed rows go, as CSV with columns `row,reason,message,raw` (optional). */
  readonly errors?: string | Writable;
}

/**
 * The summary of a `scoreCsv` run, with the files it wrote.
 * @example
 * ```ts
 * const { rowsRead, rowsScored, rowsReported, output, errors } = await scoreCsv({ input: 'in.csv', output: 'out.csv', text: 'text' });
 * ```
 */
export interface ScoreCsvSummary extends CsvSummary {
  readonly output: string | undefined;
  readonly errors: string | undefined;
}

async function openInput(input: string | Readable): Promise<{ stream: Readable; size: number | undefined }> {
  if (typeof input !== 'string') return { stream: input, size: undefined };
  try {
    const info = await stat(input);
    if (info.isDirectory()) throw new CsvError(`the input ${input} is a directory, not a CSV file`, { code: 'E_IO' });
    return { stream: createReadStream(input, { highWaterMark: 256 * 1024 }), size: info.size };
  } catch (err) {
    if (err instanceof DetenteError) throw err;
    throw new CsvError(`cannot read the input ${input}: ${(err as Error).message}`, { code: 'E_IO', cause: err });
  }
}

/**
 * Scores a CSV file or stream. Resolves with the summary (`rowsRead = rowsScored + rowsReported`); rejects
 * with a `DetenteError` (a `CsvError` naming the input line when the input broke) and leaves no partial file.
 * @example
 * ```ts
 * const summary = await scoreCsv({ input: 'statements.csv', output: 'scored.csv', errors: 'errors.csv', text: 'text' });
 * console.log(`${summary.rowsScored} scored, ${summary.rowsReported} reported`);
 * ```
 */
export async function scoreCsv(options: ScoreCsvOptions): Promise<ScoreCsvSummary> {
  const { input, output, errors, ...rest } = options;
  if (input === undefined || output === undefined)
    throw new DetenteError('E_OPTIONS', 'scoreCsv needs input and output');
  const source = await openInput(input);
  const reports = openErrorsFile(errors);
  const userOnRowError = rest.onRowError;
  const scoring = new ScoringStream({
    ...rest,
    ...(source.size !== undefined && rest.totalBytes === undefined && { totalBytes: source.size }),
    onRowError: (report) => {
      userOnRowError?.(report);
      reports.write(report);
    },
  });
  const files: AtomicFile[] = [];
  const out = typeof output === 'string' ? openAtomic(output) : undefined;
  if (out !== undefined) files.push(out);
  if (reports.file !== undefined) files.push(reports.file);
  try {
    let inputError: Error | undefined;
    source.stream.once('error', (err: Error) => {
      inputError = err;
    });
    await pipeline(source.stream, scoring, out?.stream ?? (output as Writable)).catch((err: Error) => {
      if (err instanceof DetenteError) throw err;
      if (err === inputError)
        throw new CsvError(`the input broke at line ${scoring.line}: ${err.message}`, {
          row: scoring.line,
          code: 'E_IO',
          cause: err,
        });
      throw new CsvError(`writing ${typeof output === 'string' ? output : 'the output'} failed: ${err.message}`, {
        code: 'E_IO',
        cause: err,
      });
    });
    await reports.finish();
    const summary = await scoring.summary;
    for (const file of files) await file.commit();
    return {
      ...summary,
      output: typeof output === 'string' ? output : undefined,
      errors: typeof errors === 'string' ? errors : undefined,
    };
  } catch (err) {
    reports.destroy();
    await Promise.all(files.map((f) => f.discard()));
    throw err;
  }
}
