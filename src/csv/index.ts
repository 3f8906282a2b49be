/**
 * detente/csv — batch scoring of CSV files and streams (Node only). Files or streams (`scoreCsv`), a Node
 * `Transform` (`createScoringStream`), an async iterable (`scoreRows`), and articles mode.
 */
export { scoreCsv } from './score-csv.js';
export type { ScoreCsvOptions, ScoreCsvSummary } from './score-csv.js';
export { createScoringStream, ScoringStream } from './scoring-stream.js';
export { scoreRows } from './score-rows.js';
export type { InputRow, ScoreRowsOptions } from './score-rows.js';
export { resolveOptions } from './options.js';
export type { ColumnRef, CsvProgress, OutputFormat, ResolvedOptions, ScoringOptions } from './options.js';
export { CsvError } from './csv-error.js';
export type { RowProblem, RowReport } from './csv-error.js';
export { checkedSummary, DETENTE_VERSION, formatSummary } from './summary.js';
export type { CsvSummary } from './summary.js';
export { TONE_COLUMNS } from './internal/tone-columns.js';
export { DetenteError, OptionsError } from '../errors.js';
export { readCsvRows } from './read-rows.js';
export type { ReadRowsOptions } from './read-rows.js';
export { scoreArticles, STATEMENT_COLUMNS } from './articles.js';
export { decodeText, INPUT_ENCODINGS, resolveEncoding } from './encoding.js';
export type { InputEncoding } from './encoding.js';
export type { ArticlesOptions, ArticlesSummary } from './articles.js';
