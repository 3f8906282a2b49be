/** Errors of the batch path: a `CsvError` names the input row (line number) where the problem is. */

import type { DetenteErrorCode } from '../errors.js';
import { DetenteError } from '../errors.js';

/**
 * A CSV input or output problem that stops a run (unreadable input, a column collision, an accounting
 * mismatch). Malformed *rows* do not throw: they are reported as data (see `RowReport`).
 * `row` is the 1-based line number in the input where the problem is (the header is line 1), or 0 when
 * the problem is not tied to a row.
 * @example
 * ```ts
 * try { await scoreCsv({ input: 'in.csv', output: 'out.csv', text: 'quote' }); }
 * catch (err) { if (err instanceof CsvError) console.error(`line ${err.row}: ${err.message}`); }
 * ```
 */
export class CsvError extends DetenteError {
  readonly row: number;
  readonly column: string | undefined;

  constructor(
    message: string,
    fields: { row?: number; column?: string; code?: DetenteErrorCode; cause?: unknown } = {},
  ) {
    super(fields.code ?? 'E_CSV', message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.name = 'CsvError';
    this.row = fields.row ?? 0;
    this.column = fields.column;
  }
}

/**
 * Why a row was reported instead of scored.
 * @example
 * ```ts
 * const reason: RowProblem = 'unterminated-quote';
 * ```
 */
export type RowProblem = 'ragged' | 'bad-quote' | 'unterminated-quote' | 'invalid-utf8' | 'field-too-large';

/**
 * A malformed input row, reported as data (it goes to the errors file) instead of stopping the run.
 * @example
 * ```ts
 * { row: 7, reason: 'ragged', message: 'expected 3 fields, got 4', raw: 'a,b,c,d' }
 * ```
 */
export interface RowReport {
  /** 1-based line number where the row starts in the input (the header is line 1). */
  readonly row: number;
  readonly reason: RowProblem;
  readonly message: string;
  /** The raw line as read (invalid bytes replaced by U+FFFD, cut at 10,000 characters). */
  readonly raw: string;
}
