/**
 * Articles to statement records through the one extraction path of `extract --articles` (`scoreArticles`):
 * the article's columns on each statement, the speaker's identity across all the articles, the tone with its
 * speech cue. For commands that read statements in memory afterwards (`report --articles`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputEncoding } from '../csv/index.js';
import { readCsvRows, scoreArticles } from '../csv/index.js';
import type { AliasTable, ScorerOptions } from '../index.js';

/** How to read the articles. */
export interface ArticleSource {
  /** A CSV of articles or a folder of .txt files. */
  readonly path: string;
  readonly text: string;
  /** The id column; without one, `id` when the file has it, else the article's line. */
  readonly id: string | undefined;
  readonly delimiter: string | undefined;
  readonly encoding: InputEncoding;
  readonly speakerAliases: AliasTable | undefined;
  readonly scoring: ScorerOptions;
}

/**
 * The statements of every article, as `extract --articles --format jsonl` writes them, and how many article
 * rows could not be read.
 * @example
 * ```ts
 * const { records } = await statementsFromArticles({ path: 'articles.csv', text: 'text', id: undefined, … });
 * records[0]; // { article_id: 'a01', date: '2025-03-03', statement: 0, speaker: 'Irena Kovac', speaker_id: …, tone_score: … }
 * ```
 */
export async function statementsFromArticles(
  source: ArticleSource,
): Promise<{ records: Record<string, unknown>[]; unreadable: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'detente-articles-'));
  try {
    const out = join(dir, 'statements.jsonl');
    let unreadable = 0;
    const id = source.id ?? ((await hasColumn(source, 'id')) ? 'id' : null);
    await scoreArticles({
      input: source.path,
      output: out,
      format: 'jsonl',
      text: source.text,
      id,
      encoding: source.encoding,
      ...(source.delimiter !== undefined && { delimiter: source.delimiter }),
      ...(source.speakerAliases !== undefined && { speakerAliases: source.speakerAliases }),
      ...source.scoring,
      onRowError: () => {
        unreadable++;
      },
    });
    const records = readFileSync(out, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    return { records, unreadable };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a CSV of articles has `column` in its header (a folder has none). */
async function hasColumn(source: ArticleSource, column: string): Promise<boolean> {
  try {
    for await (const row of readCsvRows(source.path, {
      ...(source.delimiter !== undefined && { delimiter: source.delimiter }),
      encoding: source.encoding,
    }))
      return Object.hasOwn(row, column);
  } catch {
    // A folder, or a file scoreArticles will report on itself.
  }
  return false;
}
