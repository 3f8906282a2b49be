/** The options and the summary of articles mode (`scoreArticles`). */
import type { Readable, Writable } from 'node:stream';
import type { ExtractOptions } from '../attribution/types.js';
import type { AliasesInput, AliasTable } from '../identity/aliases.js';
import type { ScorerOptions } from '../scoring/options.js';
import type { RowReport } from './csv-error.js';
import type { ColumnRef, OutputFormat } from './options.js';

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
  /**
   * Article text column (default `text`) and id column of a CSV input: default `id` when the header has it, else
   * the article's line number (as with `null`).
   */
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
  /**
   * Stops the run (Ctrl-C): it rejects with a `DetenteError` of code `E_ABORTED`, and leaves no output file and
   * no temporary file behind.
   */
  readonly signal?: AbortSignal;
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
