/** The end-of-run summary: what happened to every row, and what scored them. */
import pkg from '../../package.json';
import { CsvError } from './csv-error.js';

/**
 * The installed detente version, recorded in every summary.
 * @example
 * ```ts
 * DETENTE_VERSION; // '0.1.0'
 * ```
 */
export const DETENTE_VERSION: string = pkg.version;

/**
 * What a run did. `rowsRead = rowsScored + rowsReported` always holds (the run fails otherwise); the header
 * and blank lines are not rows.
 * @example
 * ```ts
 * { rowsRead: 1000, rowsScored: 998, rowsReported: 2, rowsEmpty: 5, blankLines: 0, detenteVersion: '0.1.0',
 *   modules: ['en/core@1.0.0', 'en/diplomacy@1.0.0'], workers: 2, elapsedMs: 812 }
 * ```
 */
export interface CsvSummary {
  readonly rowsRead: number;
  readonly rowsScored: number;
  /** Malformed rows, sent to `onRowError` (the errors file). */
  readonly rowsReported: number;
  /** Scored rows whose text was blank (status `empty`). */
  readonly rowsEmpty: number;
  /** Empty lines, skipped (they hold no row). */
  readonly blankLines: number;
  readonly detenteVersion: string;
  /** Lexicon modules as `id@version`, in layering order. */
  readonly modules: readonly string[];
  readonly workers: number;
  readonly elapsedMs: number;
}

/**
 * Checks the accounting and freezes the summary. Throws `CsvError` if a row went missing.
 * @example
 * ```ts
 * checkedSummary({ rowsRead: 3, rowsScored: 2, rowsReported: 0, … }); // throws: 3 rows read but 2 scored + 0 reported
 * ```
 */
export function checkedSummary(summary: CsvSummary): CsvSummary {
  if (summary.rowsRead !== summary.rowsScored + summary.rowsReported) {
    throw new CsvError(
      `row accounting failed: ${summary.rowsRead} rows read but ${summary.rowsScored} scored + ${summary.rowsReported} reported`,
    );
  }
  return Object.freeze({ ...summary, modules: Object.freeze([...summary.modules]) });
}

/**
 * The summary as the lines the CLI prints.
 * @example
 * ```ts
 * formatSummary(summary); // 'rows read 1000 = scored 998 + reported 2 (empty text: 5)\n…'
 * ```
 */
export function formatSummary(s: CsvSummary): string {
  const empty = s.rowsEmpty > 0 ? ` (empty text: ${s.rowsEmpty})` : '';
  const blank = s.blankLines > 0 ? `; blank lines skipped: ${s.blankLines}` : '';
  return [
    `rows read ${s.rowsRead} = scored ${s.rowsScored} + reported ${s.rowsReported}${empty}${blank}`,
    `detente ${s.detenteVersion}; lexicons ${s.modules.join(', ')}; ${s.workers} worker${s.workers === 1 ? '' : 's'}; ${(s.elapsedMs / 1000).toFixed(1)} s`,
  ].join('\n');
}
