/**
 * Articles mode: a CSV of articles (or a folder of .txt files) in, one row per extracted statement out,
 * with the article id, speaker, kind, cue, offsets and tone. detente/attribution (wink-nlp) is loaded only
 * when this runs, so importing detente/csv stays light.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { ExtractOptions } from '../attribution/types.js';
import { createScorer } from '../scoring/create-scorer.js';
import type { ScorerOptions } from '../scoring/options.js';
import type { RowReport } from './csv-error.js';
import { CsvError } from './csv-error.js';
import { resolveEncoding } from './encoding.js';
import { fromCsv, fromFolder } from './internal/article-sources.js';
import { openAtomic } from './internal/atomic-file.js';
import { formatRow } from './internal/batch.js';
import { openErrorsFile } from './internal/errors-file.js';
import { TONE_COLUMNS, toneCells, toneValues } from './internal/tone-columns.js';
import type { ColumnRef, OutputFormat } from './options.js';
import { DETENTE_VERSION } from './summary.js';

/**
 * The statement columns of articles mode, before the tone columns.
 * @example
 * ```ts
 * STATEMENT_COLUMNS[0]; // 'article_id'
 * ```
 */
export const STATEMENT_COLUMNS = [
  'article_id',
  'statement',
  'speaker',
  'speaker_kind',
  'title',
  'affiliation',
  'mention',
  'kind',
  'cue',
  'start',
  'end',
  'sentence',
  'paragraph',
  'confidence',
  'text',
] as const;

/**
 * Options of `scoreArticles`. `input` is a CSV file, a folder of `.txt` files (the file name is the id), or
 * a CSV stream.
 * @example
 * ```ts
 * { input: 'articles.csv', output: 'statements.csv', text: 'body', id: 'url' }
 * ```
 */
export interface ArticlesOptions extends ScorerOptions, ExtractOptions {
  readonly input: string | Readable;
  readonly output: string | Writable;
  /** Where malformed article rows go, as CSV with columns `row,reason,message,raw` (optional), as in `scoreCsv`. */
  readonly errors?: string | Writable;
  /** The input's encoding (default UTF-8; see `InputEncoding`). Articles that are not valid UTF-8 are reported. */
  readonly encoding?: string;
  /** Article text column (default `text`) and id column (default `id`) of a CSV input. */
  readonly text?: ColumnRef;
  readonly id?: ColumnRef;
  readonly delimiter?: string;
  readonly quote?: string;
  readonly format?: OutputFormat;
  readonly prefix?: string;
  readonly top?: number;
  /** Longest article accepted, in bytes (default 16 MiB). */
  readonly maxFieldBytes?: number;
  readonly onRowError?: (report: RowReport) => void;
  readonly onArticle?: (done: number) => void;
}

/**
 * What an articles run did: `articlesRead = articlesAnalyzed + articlesReported`.
 * @example
 * ```ts
 * const { articlesRead, statements } = await scoreArticles({ input: 'articles/', output: 'statements.csv' });
 * ```
 */
export interface ArticlesSummary {
  readonly articlesRead: number;
  readonly articlesAnalyzed: number;
  readonly articlesReported: number;
  readonly statements: number;
  /** Analyzed articles in which no statement was found. */
  readonly articlesWithoutStatements: number;
  readonly detenteVersion: string;
  readonly modules: readonly string[];
}

/**
 * Extracts and scores the statements of every article. Resolves with the summary; malformed article rows
 * go to `onRowError`. The output file is written under a temporary name and renamed when complete.
 * @example
 * ```ts
 * const summary = await scoreArticles({ input: 'articles.csv', output: 'statements.csv', text: 'body', id: 'url' });
 * console.log(`${summary.statements} statements from ${summary.articlesAnalyzed} articles`);
 * ```
 */
export async function scoreArticles(options: ArticlesOptions): Promise<ArticlesSummary> {
  const { analyzeArticle } = await import('../attribution/index.js');
  const { packs, lexicons, extra, core, thresholds, aliases, speechVerbs, titles } = options;
  const scorer = createScorer({
    ...(packs && { packs }),
    ...(lexicons && { lexicons }),
    ...(extra && { extra }),
    ...(core !== undefined && { core }),
    ...(thresholds && { thresholds }),
  });
  const extract: ExtractOptions = {
    ...(aliases && { aliases }),
    ...(speechVerbs && { speechVerbs }),
    ...(titles && { titles }),
  };
  const format = options.format ?? 'csv';
  const delimiter = options.delimiter ?? ',';
  const quote = options.quote ?? '"';
  const top = options.top ?? 3;
  const keys = [...STATEMENT_COLUMNS, ...TONE_COLUMNS.map((c) => (options.prefix ?? 'tone_') + c)];
  const encoding = resolveEncoding(options.encoding);
  const isDir =
    typeof options.input === 'string' && (await stat(options.input).catch(() => undefined))?.isDirectory() === true;
  const articles = isDir
    ? fromFolder(options.input as string, encoding)
    : fromCsv(typeof options.input === 'string' ? createReadStream(options.input) : options.input, {
        ...options,
        encoding,
      });
  // The first article is read before anything is written: a missing column or a broken header throws with
  // no output at all (not a header line and then an error).
  const iterator = articles[Symbol.asyncIterator]();
  let next = await iterator.next();
  const file = typeof options.output === 'string' ? openAtomic(options.output) : undefined;
  const out = file?.stream ?? (options.output as Writable);
  const reports = openErrorsFile(options.errors);
  const write = async (s: string): Promise<void> => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const counts = { read: 0, analyzed: 0, reported: 0, statements: 0, empty: 0 };
  try {
    await write(format === 'csv' ? `${formatRow(keys, delimiter, quote)}\n` : format === 'json' ? '[' : '');
    for (; next.done !== true; next = await iterator.next()) {
      const article = next.value;
      counts.read++;
      if ('report' in article) {
        counts.reported++;
        options.onRowError?.(article.report);
        reports.write(article.report);
        continue;
      }
      const analysis = analyzeArticle(article.text, { ...extract, scorerInstance: scorer });
      counts.analyzed++;
      if (analysis.statements.length === 0) counts.empty++;
      for (const [i, s] of analysis.statements.entries()) {
        const base = [
          article.id,
          i,
          s.speaker ?? '',
          s.speakerKind ?? '',
          s.title ?? '',
          s.affiliation ?? '',
          s.mention ?? '',
          s.kind,
          s.cue ?? '',
          s.spans.content[0],
          s.spans.content[1],
          s.sentence,
          s.paragraph,
          s.confidence,
          s.text,
        ];
        const status = s.text.trim() === '' ? 'empty' : 'ok';
        if (format === 'csv')
          await write(`${formatRow([...base.map(String), ...toneCells(s.tone, status, top)], delimiter, quote)}\n`);
        else {
          const values = [
            ...base.slice(0, 2),
            s.speaker,
            s.speakerKind,
            s.title,
            s.affiliation,
            s.mention,
            s.kind,
            s.cue,
            ...base.slice(9),
            ...toneValues(s.tone, status, top),
          ];
          const obj = Object.fromEntries(keys.map((k, j) => [k, values[j]]));
          await write(
            format === 'jsonl'
              ? `${JSON.stringify(obj)}\n`
              : `${counts.statements > 0 ? ',' : ''}\n${JSON.stringify(obj)}`,
          );
        }
        counts.statements++;
      }
      options.onArticle?.(counts.analyzed);
    }
    if (format === 'json') await write(counts.statements > 0 ? '\n]\n' : ']\n');
    if (counts.read !== counts.analyzed + counts.reported)
      throw new CsvError(
        `article accounting failed: ${counts.read} read but ${counts.analyzed} analyzed + ${counts.reported} reported`,
      );
    await reports.finish();
    if (file !== undefined) {
      file.stream.end();
      await once(file.stream, 'close');
      await file.commit();
    }
    await reports.file?.commit();
  } catch (err) {
    await iterator.return?.(undefined);
    reports.destroy();
    await file?.discard();
    await reports.file?.discard();
    throw err;
  }
  return Object.freeze({
    articlesRead: counts.read,
    articlesAnalyzed: counts.analyzed,
    articlesReported: counts.reported,
    statements: counts.statements,
    articlesWithoutStatements: counts.empty,
    detenteVersion: DETENTE_VERSION,
    modules: scorer.modules,
  });
}
