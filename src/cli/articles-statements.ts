/**
 * Articles to statement records through the one extraction path of `extract --articles` (`scoreArticles`):
 * the article's columns on each statement, the speaker's identity across all the articles, the tone with its
 * speech cue. For commands that read statements in memory afterwards (`report --articles`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputEncoding } from '../csv/index.js';
import { scoreArticles } from '../csv/index.js';
import type { AliasTable, ScorerOptions } from '../index.js';

/** How to read the articles. */
export interface ArticleSource {
  /** A CSV of articles, a folder of .txt files, or `-` for a CSV on stdin. */
  readonly path: string;
  readonly text: string;
  /** The id column; without one, `id` when the file has it, else the article's line. */
  readonly id: string | undefined;
  readonly delimiter: string | undefined;
  readonly encoding: InputEncoding;
  readonly speakerAliases: AliasTable | undefined;
  readonly scoring: ScorerOptions;
  /** Stops the extraction (Ctrl-C); the temporary files are removed. */
  readonly signal: AbortSignal;
}

/**
 * The statements of every article, as `extract --articles --format jsonl` writes them, how many article rows
 * could not be read, and how many of those were not valid UTF-8.
 * @example
 * ```ts
 * const { records } = await statementsFromArticles({ path: 'articles.csv', text: 'text', id: undefined, … });
 * records[0]; // { article_id: 'a01', date: '2025-03-03', statement: 0, speaker: 'Irena Kovac', speaker_id: …, tone_score: … }
 * ```
 */
export async function statementsFromArticles(
  source: ArticleSource,
): Promise<{ records: Record<string, unknown>[]; unreadable: number; invalidUtf8: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'detente-articles-'));
  try {
    const out = join(dir, 'statements.jsonl');
    let unreadable = 0;
    let invalidUtf8 = 0;
    await scoreArticles({
      input: source.path === '-' ? process.stdin : source.path,
      signal: source.signal,
      output: out,
      format: 'jsonl',
      text: source.text,
      ...(source.id !== undefined && { id: source.id }),
      encoding: source.encoding,
      ...(source.delimiter !== undefined && { delimiter: source.delimiter }),
      ...(source.speakerAliases !== undefined && { speakerAliases: source.speakerAliases }),
      ...source.scoring,
      onRowError: (r) => {
        unreadable++;
        if (r.reason === 'invalid-utf8') invalidUtf8++;
      },
    });
    const records = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    return { records, unreadable, invalidUtf8 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
