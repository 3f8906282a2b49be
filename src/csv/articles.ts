/**
 * Articles mode: a CSV of articles (or a folder of .txt files) in, one row per extracted statement out,
 * with the article id, speaker, kind, cue, offsets and tone. detente/attribution (wink-nlp) is loaded only
 * when this runs, so importing detente/csv stays light.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { ExtractOptions, ScoredStatement } from '../attribution/types.js';
import type { AliasesInput, AliasTable } from '../identity/aliases.js';
import { SpeakerDirectory } from '../identity/resolve-speakers.js';
import { createScorer } from '../scoring/create-scorer.js';
import type { ScorerOptions } from '../scoring/options.js';
import type { RowReport } from './csv-error.js';
import { CsvError } from './csv-error.js';
import { resolveEncoding } from './encoding.js';
import { fromCsv, fromFolder } from './internal/article-sources.js';
import { openAtomic } from './internal/atomic-file.js';
import { formatRow } from './internal/batch.js';
import { openErrorsFile } from './internal/errors-file.js';
import { openSpill } from './internal/spill.js';
import { TONE_COLUMNS, toneCells, toneValues } from './internal/tone-columns.js';
import type { ColumnRef, OutputFormat } from './options.js';
import { DETENTE_VERSION } from './summary.js';

/**
 * The statement columns of articles mode, before the tone columns. The article's kept columns come right
 * after `article_id`. `speaker` is the canonical name across the corpus, `speaker_kind`, `title` and
 * `affiliation` what attribution read at this statement (see `Statement` in `detente/attribution`),
 * `speaker_id` its stable id and `side` its side (see `resolveSpeakers` in `detente`); `mention` is how this
 * statement named the speaker.
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
  'speaker_id',
  'side',
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
  /** Article text column (default `text`) and id column (default `id`; null: the article's line number) of a CSV input. */
  readonly text?: ColumnRef;
  readonly id?: ColumnRef | null;
  /**
   * The article columns each statement row carries, right after `article_id` (names or 0-based indexes;
   * default every column but the id and the text; `[]` for none). A column named like one of detente's
   * (`speaker`, `text`, …) is written as `article_<name>`.
   */
  readonly keep?: readonly ColumnRef[];
  /** Name variants and sides for the corpus-wide identity (`speaker`, `speaker_id`, `side`); see `parseAliases`. */
  readonly speakerAliases?: AliasTable | AliasesInput;
  /** Side a speaker the aliases do not place by the country of their affiliation (default true). */
  readonly sidesFromAffiliation?: boolean;
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
 * go to `onRowError`. Each statement row carries the article's columns (`keep`) and the speaker's identity
 * across the whole corpus: statements wait in a temporary file until every article is read, so memory grows
 * with the distinct speaker names, not with the statements. The output file is written under a temporary
 * name and renamed when complete.
 * @example
 * ```ts
 * const summary = await scoreArticles({ input: 'articles.csv', output: 'statements.csv', text: 'body', id: 'url' });
 * console.log(`${summary.statements} statements from ${summary.articlesAnalyzed} articles`);
 * // with the date column only, and sides from an aliases file
 * await scoreArticles({ input: 'articles.csv', output: 'statements.csv', keep: ['date'], speakerAliases: parseAliases(text) });
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
  const tone = TONE_COLUMNS.map((c) => (options.prefix ?? 'tone_') + c);
  const encoding = resolveEncoding(options.encoding);
  let kept: readonly string[] = [];
  const isDir =
    typeof options.input === 'string' && (await stat(options.input).catch(() => undefined))?.isDirectory() === true;
  const articles = isDir
    ? fromFolder(options.input as string, encoding)
    : fromCsv(typeof options.input === 'string' ? createReadStream(options.input) : options.input, {
        ...options,
        encoding,
        onHeader: (names) => {
          kept = names;
        },
      });
  const directory = new SpeakerDirectory({
    ...(options.speakerAliases !== undefined && { aliases: options.speakerAliases }),
    ...(options.sidesFromAffiliation !== undefined && { sidesFromAffiliation: options.sidesFromAffiliation }),
  });
  // The first article is read before anything is written: a missing column or a broken header throws with
  // no output at all (not a header line and then an error).
  const iterator = articles[Symbol.asyncIterator]();
  let next = await iterator.next();
  const keys = headerOf(kept, tone, format !== 'csv');
  const file = typeof options.output === 'string' ? openAtomic(options.output) : undefined;
  const out = file?.stream ?? (options.output as Writable);
  const reports = openErrorsFile(options.errors);
  const spill = openSpill<Spilled>();
  const write = async (s: string): Promise<void> => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const counts = { read: 0, analyzed: 0, reported: 0, statements: 0, empty: 0 };
  try {
    // Pass 1: every article extracted and scored; its statements wait in the spill file.
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
        const who = speakerFields(s, article.id);
        directory.add(who);
        const status = s.text.trim() === '' ? 'empty' : 'ok';
        const cells = format === 'csv' ? toneCells(s.tone, status, top) : toneValues(s.tone, status, top);
        await spill.write([who, article.meta, statementValues(s, i), cells]);
        counts.statements++;
      }
      options.onArticle?.(counts.analyzed);
    }
    await spill.close();
    // Pass 2: identities settled over the corpus, the rows written in order.
    await write(format === 'csv' ? `${formatRow(keys, delimiter, quote)}\n` : format === 'json' ? '[' : '');
    let written = 0;
    for await (const [who, meta, values, cells] of spill.rows()) {
      const identity = directory.fieldsOf(who);
      const row = [
        who.article_id,
        ...meta,
        values[0],
        identity.speaker,
        ...values.slice(1, 4),
        identity.speakerId,
        identity.side,
        ...values.slice(4),
        ...cells,
      ];
      if (format === 'csv') await write(`${formatRow(row.map(cell), delimiter, quote)}\n`);
      else {
        const obj = Object.fromEntries(keys.map((k, j) => [k, row[j] ?? null]));
        await write(
          format === 'jsonl' ? `${JSON.stringify(obj)}\n` : `${written > 0 ? ',' : ''}\n${JSON.stringify(obj)}`,
        );
      }
      written++;
    }
    if (format === 'json') await write(written > 0 ? '\n]\n' : ']\n');
    if (counts.read !== counts.analyzed + counts.reported || written !== counts.statements)
      throw new CsvError(
        `article accounting failed: ${counts.read} read but ${counts.analyzed} analyzed + ${counts.reported} reported; ${counts.statements} statements, ${written} written`,
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
  } finally {
    await spill.remove();
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

/** A statement waiting for its identity: the fields identity reads, the kept values, the statement values, the tone cells. */
type Spilled = [SpeakerRow, readonly string[], unknown[], unknown[]];

/** The fields of a statement that identity reads (attribution's `title`, `affiliation`, `speakerKind` when it has them). */
interface SpeakerRow {
  readonly article_id: string;
  readonly speaker: string | null;
  readonly title?: string;
  readonly affiliation?: string;
  readonly speakerKind?: string;
}

function speakerFields(s: ScoredStatement, articleId: string): SpeakerRow {
  // Read defensively: statements from attribution versions without these fields have none of them.
  const extra = s as unknown as { title?: unknown; affiliation?: unknown; speakerKind?: unknown };
  return {
    article_id: articleId,
    speaker: s.speaker,
    ...(typeof extra.title === 'string' && { title: extra.title }),
    ...(typeof extra.affiliation === 'string' && { affiliation: extra.affiliation }),
    ...(typeof extra.speakerKind === 'string' && { speakerKind: extra.speakerKind }),
  };
}

/**
 * The statement's values after `article_id` and the kept columns, without the identity columns: statement,
 * then speaker_kind, title, affiliation, then mention … text.
 */
function statementValues(s: ScoredStatement, index: number): unknown[] {
  return [
    index,
    s.speakerKind,
    s.title,
    s.affiliation,
    s.mention,
    s.kind,
    s.cue,
    s.spans.content[0],
    s.spans.content[1],
    s.sentence,
    s.paragraph,
    s.confidence,
    s.text,
  ];
}

/** The header: article_id, the kept article columns (`article_<name>` when detente uses the name), the rest. */
function headerOf(kept: readonly string[], tone: readonly string[], json: boolean): string[] {
  const own = new Set<string>([...STATEMENT_COLUMNS, ...tone]);
  const names = kept.map((name) => (own.has(name) ? `article_${name}` : name));
  // JSON keys must differ; a CSV header may repeat a name the input repeated.
  const clash = names.find((n, i) => own.has(n) || (json && names.indexOf(n) !== i));
  if (clash !== undefined)
    throw new CsvError(
      `the kept article column ${JSON.stringify(clash)} clashes with another column; keep fewer columns`,
      {
        row: 1,
        column: clash,
      },
    );
  return [STATEMENT_COLUMNS[0], ...names, ...STATEMENT_COLUMNS.slice(1), ...tone];
}

function cell(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
