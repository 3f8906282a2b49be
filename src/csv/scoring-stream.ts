/**
 * The streaming engine: CSV bytes in, scored CSV (or JSON) out, in input order, in constant memory. Every
 * record is read once by the splitter, then scored in batches in this thread or on worker threads.
 * `scoreCsv` is a thin wrapper that adds files, the errors file and the temporary-name-then-rename step.
 */

import type { TransformCallback } from 'node:stream';
import { Transform } from 'node:stream';
import { DetenteError } from '../errors.js';
import { createScorer } from '../scoring/create-scorer.js';
import type { Scorer } from '../scoring/types.js';
import type { RowReport } from './csv-error.js';
import { CsvError } from './csv-error.js';
import { type ToUtf8, toUtf8 } from './encoding.js';
import type { BatchPlan, BatchResult } from './internal/batch.js';
import { formatRow } from './internal/batch.js';
import type { ColumnLayout } from './internal/columns.js';
import { layoutColumns } from './internal/columns.js';
import { IDENTITY_COLUMNS, identityPlan } from './internal/identity-columns.js';
import { parseLine } from './internal/parse-line.js';
import type { SplitSink } from './internal/record-splitter.js';
import { RecordSplitter } from './internal/record-splitter.js';
import type { BatchRunner } from './internal/runners.js';
import { inlineRunner, WorkerPool } from './internal/runners.js';
import type { ResolvedOptions, ScoringOptions } from './options.js';
import { resolveOptions } from './options.js';
import type { CsvSummary } from './summary.js';
import { checkedSummary, DETENTE_VERSION } from './summary.js';

const noop = (): void => undefined;

/** A batch is also cut at this many characters, so memory stays bounded when rows are long. */
const BATCH_CHARS = 1 << 20;

/**
 * A Node `Transform`: write CSV bytes, read the scored output. Malformed rows are emitted as `'row-error'`
 * events (and passed to `onRowError`); the `summary` promise resolves when the stream ends.
 * @example
 * ```ts
 * const scoring = createScoringStream({ text: 'quote' });
 * scoring.on('row-error', (r) => console.error(`line ${r.row}: ${r.reason}`));
 * await pipeline(createReadStream('in.csv'), scoring, createWriteStream('out.csv'));
 * console.log(await scoring.summary);
 * ```
 */
export class ScoringStream extends Transform {
  readonly summary: Promise<CsvSummary>;
  private readonly opts: ResolvedOptions;
  /** Scores in this thread (worker threads build their own from the same options). */
  private readonly scorer: Scorer;
  private readonly splitter: RecordSplitter;
  private readonly sink: SplitSink;
  private readonly started = performance.now();
  private readonly limit: number;
  private settleSummary: [(s: CsvSummary) => void, (e: Error) => void] = [noop, noop];
  private runner: BatchRunner | undefined;
  private layout: ColumnLayout | undefined;
  private plan: BatchPlan | undefined;
  private prologue = '';
  private lines: string[] = [];
  private chars = 0;
  private firstRow = 0;
  private readonly inflight: Promise<BatchResult>[] = [];
  private emitted = false;
  private readonly abort = (): void => {
    this.destroy(new DetenteError('E_ABORTED', 'the run was aborted'));
  };
  /** Decodes a non-UTF-8 input to UTF-8 before the splitter (undefined for UTF-8). */
  private readonly decoder: ToUtf8 | undefined;
  private bytesRead = 0;
  private rowsRead = 0;
  private rowsScored = 0;
  private rowsReported = 0;
  private rowsEmpty = 0;
  private blankLines = 0;

  constructor(options: ScoringOptions) {
    super();
    this.opts = resolveOptions(options);
    this.scorer = this.opts.scorer ?? createScorer(this.opts.scorerOptions);
    this.splitter = new RecordSplitter(this.opts.delimiter, this.opts.quote, this.opts.maxFieldBytes);
    this.decoder = this.opts.encoding === 'utf8' ? undefined : toUtf8(this.opts.encoding);
    this.limit = this.opts.workers > 1 ? this.opts.workers * 2 : 0;
    this.summary = new Promise((resolve, reject) => {
      this.settleSummary = [resolve, reject];
    });
    this.summary.catch(noop);
    this.sink = {
      record: (row, text, fields) => this.onRecord(row, text, fields),
      report: (r) => this.onReport(r),
      blank: () => {
        this.blankLines++;
      },
    };
    const { signal } = this.opts;
    if (signal?.aborted === true) throw new DetenteError('E_ABORTED', 'the run was aborted before it started');
    signal?.addEventListener('abort', this.abort, { once: true });
  }

  /** The input line where the next record starts (where a broken input stopped). */
  get line(): number {
    return this.splitter.currentLine;
  }

  /** The lexicon modules of the scorer, as `id@version`. */
  get modules(): readonly string[] {
    return this.scorer.modules;
  }

  private onRecord(row: number, text: string, fields: number): void {
    if (this.layout === undefined) {
      const { opts } = this;
      const first = parseLine(text, opts.delimiter, opts.quote);
      const named = opts.speakerAliases !== undefined;
      const layout = layoutColumns(
        first,
        opts.headers,
        opts,
        opts.prefix,
        opts.format !== 'csv',
        named ? IDENTITY_COLUMNS : [],
      );
      this.layout = layout;
      this.plan = {
        textIndex: layout.textIndex,
        keys: [...layout.input, ...layout.tone],
        format: opts.format,
        delimiter: opts.delimiter,
        quote: opts.quote,
        top: opts.top,
        ...(named && { identity: identityPlan(opts.speakerAliases!, layout.speakerIndex!) }),
      };
      this.prologue =
        opts.format === 'json'
          ? '[\n'
          : opts.format === 'jsonl' || !opts.headers
            ? ''
            : `${text}${opts.delimiter}${formatRow(layout.tone, opts.delimiter, opts.quote)}\n`;
      if (opts.headers) return;
    }
    this.rowsRead++;
    const expected = this.layout.input.length;
    if (fields !== expected) {
      this.report({
        row,
        reason: 'ragged',
        message: `expected ${expected} fields, got ${fields}`,
        raw: text.length > 10_000 ? text.slice(0, 10_000) : text,
      });
      return;
    }
    if (this.lines.length === 0) this.firstRow = row;
    this.lines.push(text);
    this.chars += text.length;
    if (this.lines.length >= this.opts.batchSize || this.chars >= BATCH_CHARS) this.dispatch();
  }

  private onReport(report: RowReport): void {
    if (this.layout === undefined && this.opts.headers) {
      throw new CsvError(`the header row is malformed (${report.reason}): ${report.message}`, { row: report.row });
    }
    this.rowsRead++;
    this.report(report);
  }

  private report(report: RowReport): void {
    this.rowsReported++;
    this.opts.onRowError?.(report);
    this.emit('row-error', report);
  }

  private dispatch(): void {
    const lines = this.lines;
    this.lines = [];
    this.chars = 0;
    this.runner ??=
      this.opts.workers > 1
        ? new WorkerPool(this.opts.workers - 1, { scorerOptions: this.opts.scorerOptions }, this.scorer)
        : inlineRunner(this.scorer);
    const result = this.runner.run(this.plan!, lines, this.firstRow);
    result.catch(noop);
    this.inflight.push(result);
  }

  private async drain(limit: number): Promise<void> {
    while (this.inflight.length > limit) {
      const result = await this.inflight.shift()!;
      if (!this.emitted) {
        this.emitted = true;
        if (this.prologue !== '') this.push(this.prologue);
      } else if (this.opts.format === 'json' && result.output !== '') {
        this.push(',\n');
      }
      if (result.output !== '') this.push(result.output);
      this.rowsScored += result.scored;
      this.rowsEmpty += result.empty;
      this.opts.onProgress?.({
        rowsRead: this.rowsRead,
        rowsScored: this.rowsScored,
        rowsReported: this.rowsReported,
        bytesRead: this.bytesRead,
        totalBytes: this.opts.totalBytes,
        elapsedMs: performance.now() - this.started,
      });
    }
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.bytesRead += bytes.length;
    try {
      this.splitter.push(this.decoder === undefined ? bytes : this.decoder.push(bytes), this.sink);
    } catch (err) {
      callback(err as Error);
      return;
    }
    this.drain(this.limit).then(
      () => callback(),
      (err: Error) => callback(err),
    );
  }

  override _flush(callback: TransformCallback): void {
    this.finish().then(
      (summary) => {
        callback();
        this.settleSummary[0](summary);
        this.emit('summary', summary);
      },
      (err: Error) => callback(err),
    );
  }

  private async finish(): Promise<CsvSummary> {
    const rest = this.decoder?.end();
    if (rest !== undefined && rest.length > 0) this.splitter.push(rest, this.sink);
    this.splitter.end(this.sink);
    if (this.lines.length > 0) this.dispatch();
    await this.drain(0);
    if (!this.emitted && this.layout !== undefined) {
      this.emitted = true;
      if (this.prologue !== '') this.push(this.prologue);
    }
    if (this.opts.format === 'json') this.push(this.rowsScored > 0 ? '\n]\n' : this.emitted ? ']\n' : '[]\n');
    await this.runner?.close();
    this.opts.signal?.removeEventListener('abort', this.abort);
    return checkedSummary({
      rowsRead: this.rowsRead,
      rowsScored: this.rowsScored,
      rowsReported: this.rowsReported,
      rowsEmpty: this.rowsEmpty,
      blankLines: this.blankLines,
      detenteVersion: DETENTE_VERSION,
      modules: this.scorer.modules,
      workers: this.opts.workers,
      elapsedMs: Math.round(performance.now() - this.started),
    });
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    this.opts.signal?.removeEventListener('abort', this.abort);
    if (err !== null) this.settleSummary[1](err);
    const closing = this.runner?.close() ?? Promise.resolve();
    closing.then(
      () => callback(err),
      () => callback(err),
    );
  }
}

/**
 * Creates a scoring `Transform` (see `ScoringStream`). Options are validated here: a bad option throws now.
 * @example
 * ```ts
 * process.stdin.pipe(createScoringStream({ text: 'text', workers: 2 })).pipe(process.stdout);
 * ```
 */
export function createScoringStream(options: ScoringOptions): ScoringStream {
  return new ScoringStream(options);
}
