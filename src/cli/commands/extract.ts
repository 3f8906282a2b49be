/**
 * `detente extract`: the statements of one article (JSON with evidence and a speaker profile, or one row per
 * statement as CSV/JSONL), or of many with `--articles` (a CSV of articles or a folder of .txt files).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import type { ArticlesSummary, OutputFormat, RowReport } from '../../csv/index.js';
import { scoreArticles } from '../../csv/index.js';
import { formatRow } from '../../csv/internal/batch.js';
import { delimiterFlag, list, oneFile, parse, str, UsageError } from '../args.js';
import { HELP } from '../help.js';
import { scorerOptions } from '../lexicon-files.js';
import { readStdin } from '../stdin.js';

const FLAGS = {
  format: { type: 'string' },
  articles: { type: 'string' },
  text: { type: 'string' },
  id: { type: 'string' },
  output: { type: 'string', short: 'o' },
  delimiter: { type: 'string' },
  pack: { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
} as const;

function summaryLine(s: ArticlesSummary): string {
  return (
    `articles read ${s.articlesRead} = analyzed ${s.articlesAnalyzed} + reported ${s.articlesReported}; ${s.statements} statements` +
    (s.articlesWithoutStatements > 0 ? ` (${s.articlesWithoutStatements} articles without any)` : '') +
    `\ndetente ${s.detenteVersion}; lexicons ${s.modules.join(', ')}`
  );
}

/**
 * Runs `detente extract`. Resolves with the exit code (3 when article rows were reported as malformed).
 * @example
 * ```ts
 * await extractCommand(['article.txt', '--format', 'csv']);
 * ```
 */
export async function extractCommand(argv: readonly string[]): Promise<number> {
  const parsed = parse('extract', argv, FLAGS);
  if (parsed.values.help === true) {
    process.stdout.write(`${HELP.extract}\n`);
    return 0;
  }
  const articles = str(parsed, 'articles');
  const format = str(parsed, 'format') ?? (articles === undefined ? 'json' : 'csv');
  if (!['csv', 'json', 'jsonl'].includes(format))
    throw new UsageError(`--format must be json, jsonl or csv, got ${JSON.stringify(format)}`, 'extract');
  const scoring = scorerOptions(list(parsed, 'pack'), list(parsed, 'lexicon'), 'extract');
  const output = str(parsed, 'output');
  const quiet = parsed.values.quiet === true;
  if (articles !== undefined) {
    if (parsed.positionals.length > 0) throw new UsageError('give either ARTICLE or --articles, not both', 'extract');
    const reports: RowReport[] = [];
    const delimiter = delimiterFlag(parsed, 'extract', articles);
    const summary = await scoreArticles({
      input: articles,
      output: output ?? process.stdout,
      text: str(parsed, 'text') ?? 'text',
      id: str(parsed, 'id') ?? 'id',
      format: format as OutputFormat,
      ...(delimiter !== undefined && { delimiter }),
      ...scoring,
      onRowError: (r) => reports.push(r),
    });
    if (!quiet) {
      process.stderr.write(`${summaryLine(summary)}\n`);
      for (const r of reports.slice(0, 5)) process.stderr.write(`  line ${r.row}: ${r.reason}: ${r.message}\n`);
    }
    return summary.articlesReported > 0 ? 3 : 0;
  }
  const file = oneFile(parsed, 'extract', 'extract needs an ARTICLE file (or - for stdin), or --articles PATH');
  let text: string;
  try {
    text = file === '-' ? await readStdin() : readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`, 'extract');
  }
  if (format === 'json') {
    const { analyzeArticle } = await import('../../attribution/index.js');
    const { createScorer } = await import('../../index.js');
    const analysis = analyzeArticle(text, { scorerInstance: createScorer(scoring) });
    process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
    return 0;
  }
  // One article as a one-row CSV of articles, so CSV and JSONL rows are exactly those of --articles.
  const id = file === '-' ? 'stdin' : basename(file, extname(file));
  const csv = `id,text\n${formatRow([id, text], ',', '"')}\n`;
  const summary = await scoreArticles({
    input: Readable.from([Buffer.from(csv)]),
    output: output ?? process.stdout,
    format: format as OutputFormat,
    ...scoring,
  });
  if (!quiet && output !== undefined) process.stderr.write(`${summaryLine(summary)}\n`);
  return 0;
}
