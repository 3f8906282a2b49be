/**
 * Options of the batch path: an interface of optional fields, resolved once into a frozen object and
 * validated up front, so that a bad value throws where it was passed and not a million rows later.
 */
import { describeValue, OptionsError } from '../errors.js';
import type { AliasesInput, AliasTable } from '../identity/aliases.js';
import { aliasTable } from '../identity/aliases.js';
import type { ScorerOptions } from '../scoring/options.js';
import type { Scorer } from '../scoring/types.js';
import type { RowReport } from './csv-error.js';
import { type InputEncoding, resolveEncoding } from './encoding.js';

/**
 * A column by header name, or by 0-based index.
 * @example
 * ```ts
 * const byName: ColumnRef = 'quote'; const byIndex: ColumnRef = 2;
 * ```
 */
export type ColumnRef = string | number;

/**
 * Output formats: CSV (input columns + tone columns), a JSON array, or one JSON object per line.
 * @example
 * ```ts
 * await scoreCsv({ input: 'in.csv', output: 'out.jsonl', text: 'text', format: 'jsonl' satisfies OutputFormat });
 * ```
 */
export type OutputFormat = 'csv' | 'json' | 'jsonl';

/**
 * Progress of a run, reported after every batch.
 * @example
 * ```ts
 * scoreCsv({ …, onProgress: (p: CsvProgress) => console.error(`${p.rowsScored} rows, ${p.bytesRead}/${p.totalBytes} bytes`) });
 * ```
 */
export interface CsvProgress {
  readonly rowsRead: number;
  readonly rowsScored: number;
  readonly rowsReported: number;
  readonly bytesRead: number;
  /** The input size when known (files), for an ETA. */
  readonly totalBytes: number | undefined;
  readonly elapsedMs: number;
}

/**
 * Options of `createScoringStream()` (and of `scoreCsv()`, which adds input and output). Only `text` is
 * required. Scorer options (`packs`, `lexicons`, `extra`, `core`, `thresholds`) go to `createScorer`.
 * @example
 * ```ts
 * const options: ScoringOptions = { text: 'quote', speaker: 'speaker', packs: ['diplomacy'], workers: 2 };
 * ```
 */
export interface ScoringOptions extends ScorerOptions {
  /** The column holding the text to score. */
  readonly text: ColumnRef;
  readonly speaker?: ColumnRef;
  /**
   * Name variants and sides (see `parseAliases`): appends `speaker_id`, `speaker_name` and `side`, read from
   * each row's `speaker` cell alone (needs `speaker`). `detente profile` unifies names across a whole file.
   */
  readonly speakerAliases?: AliasTable | AliasesInput;
  readonly id?: ColumnRef;
  /** One character (default `,`; `\t` for TSV). */
  readonly delimiter?: string;
  /** One character (default `"`). */
  readonly quote?: string;
  /** Whether the first row is a header (default true). Without one, refer to columns by index. */
  readonly headers?: boolean;
  /**
   * The input's encoding (default UTF-8, with or without a BOM): `cp1252`, `latin1`, `utf16`, `utf16le`,
   * `utf16be` or a usual spelling of one ("windows-1252"). Rows that are not valid UTF-8 are reported.
   */
  readonly encoding?: string;
  /** Prefix of the appended columns (default `tone_`). */
  readonly prefix?: string;
  readonly format?: OutputFormat;
  /** How many dimensions and evidence terms the summary columns list (default 3 each). */
  readonly top?: number;
  /** A field longer than this many bytes is reported as malformed (default 1 MiB). */
  readonly maxFieldBytes?: number;
  /** Rows per batch handed to the scorer or a worker (default 1000). */
  readonly batchSize?: number;
  /**
   * Scoring threads: this one plus `workers - 1` worker threads, which take a batch whenever they are not
   * busy (default 1: this thread only). Output order is kept.
   */
  readonly workers?: number;
  /** A scorer you built yourself (single-threaded runs only; workers build their own from the options). */
  readonly scorer?: Scorer;
  /** The input size in bytes, for progress ETA (scoreCsv fills it in for files). */
  readonly totalBytes?: number;
  readonly onProgress?: (progress: CsvProgress) => void;
  /** Called for every malformed row (scoreCsv writes them to the errors file). */
  readonly onRowError?: (report: RowReport) => void;
  readonly signal?: AbortSignal;
}

/**
 * The resolved, frozen options.
 * @example
 * ```ts
 * const resolved: ResolvedOptions = resolveOptions({ text: 'quote' }); resolved.delimiter; // ','
 * ```
 */
export interface ResolvedOptions {
  readonly text: ColumnRef;
  readonly speaker: ColumnRef | undefined;
  readonly speakerAliases: AliasTable | undefined;
  readonly id: ColumnRef | undefined;
  readonly delimiter: string;
  readonly quote: string;
  readonly headers: boolean;
  readonly encoding: InputEncoding;
  readonly prefix: string;
  readonly format: OutputFormat;
  readonly top: number;
  readonly maxFieldBytes: number;
  readonly batchSize: number;
  readonly workers: number;
  readonly scorer: Scorer | undefined;
  readonly scorerOptions: ScorerOptions;
  readonly totalBytes: number | undefined;
  readonly onProgress: ((progress: CsvProgress) => void) | undefined;
  readonly onRowError: ((report: RowReport) => void) | undefined;
  readonly signal: AbortSignal | undefined;
}

function oneChar(name: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (
    typeof value !== 'string' ||
    value.length !== 1 ||
    value.charCodeAt(0) > 127 ||
    value === '\n' ||
    value === '\r'
  ) {
    throw new OptionsError(
      name,
      `${name} must be one ASCII character other than a newline, got ${describeValue(value)}`,
    );
  }
  return value;
}

function count(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new OptionsError(name, `${name} must be an integer in [${min}, ${max}], got ${describeValue(value)}`);
  }
  return value;
}

function column(name: string, value: unknown): ColumnRef | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  throw new OptionsError(name, `${name} must be a column name or a 0-based index, got ${describeValue(value)}`);
}

/**
 * Validates and freezes scoring options. Throws `OptionsError` naming the option and quoting the value.
 * @example
 * ```ts
 * resolveOptions({ text: 'quote', delimiter: ';;' }); // throws: delimiter must be one ASCII character …
 * ```
 */
export function resolveOptions(options: ScoringOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null)
    throw new OptionsError('options', `options must be an object, got ${describeValue(options)}`);
  const text = column('text', options.text);
  if (text === undefined) throw new OptionsError('text', 'text (the column to score) is required');
  const encoding = resolveEncoding(options.encoding);
  const delimiter = oneChar('delimiter', options.delimiter, ',');
  const quote = oneChar('quote', options.quote, '"');
  if (delimiter === quote)
    throw new OptionsError('quote', `quote and delimiter must differ, both are ${describeValue(quote)}`);
  const prefix = options.prefix ?? 'tone_';
  if (typeof prefix !== 'string')
    throw new OptionsError('prefix', `prefix must be a string, got ${describeValue(prefix)}`);
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'json' && format !== 'jsonl')
    throw new OptionsError('format', `format must be csv, json or jsonl, got ${describeValue(format)}`);
  const workers = count('workers', options.workers, 1, 1, 64);
  if (options.scorer !== undefined && workers > 1)
    throw new OptionsError(
      'scorer',
      'a prebuilt scorer cannot be shared with worker threads; pass scorer options (packs, lexicons, extra, thresholds) instead',
    );
  for (const cb of ['onProgress', 'onRowError'] as const) {
    if (options[cb] !== undefined && typeof options[cb] !== 'function')
      throw new OptionsError(cb, `${cb} must be a function, got ${describeValue(options[cb])}`);
  }
  const speaker = column('speaker', options.speaker);
  const speakerAliases = options.speakerAliases === undefined ? undefined : aliasTable(options.speakerAliases);
  if (speakerAliases !== undefined && speaker === undefined)
    throw new OptionsError(
      'speakerAliases',
      'speakerAliases names the speakers of the speaker column: give speaker too',
    );
  const { packs, lexicons, extra, core, thresholds } = options;
  const scorerOptions: ScorerOptions = {
    ...(packs !== undefined && { packs }),
    ...(lexicons !== undefined && { lexicons }),
    ...(extra !== undefined && { extra }),
    ...(core !== undefined && { core }),
    ...(thresholds !== undefined && { thresholds }),
  };
  return Object.freeze({
    text,
    speaker,
    speakerAliases,
    id: column('id', options.id),
    delimiter,
    quote,
    headers: options.headers ?? true,
    encoding,
    prefix,
    format,
    top: count('top', options.top, 3, 0, 50),
    maxFieldBytes: count('maxFieldBytes', options.maxFieldBytes, 1 << 20, 16, 1 << 30),
    batchSize: count('batchSize', options.batchSize, 1000, 1, 100_000),
    workers,
    scorer: options.scorer,
    scorerOptions: Object.freeze(scorerOptions),
    totalBytes: options.totalBytes,
    onProgress: options.onProgress,
    onRowError: options.onRowError,
    signal: options.signal,
  });
}
