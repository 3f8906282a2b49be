/**
 * `detente extract`: the statements of one article (JSON with evidence and a speaker profile, or one row per
 * statement as CSV/JSONL), or of many with `--articles` (a CSV of articles or a folder of .txt files).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import type { ArticlesSummary, OutputFormat, RowReport } from '../../csv/index.js';
import { decodeText, scoreArticles } from '../../csv/index.js';
import { formatRow } from '../../csv/internal/batch.js';
import { ALIASES_FLAG, aliasesFlag } from '../aliases-file.js';
import {
  columnsFlag,
  delimiterFlag,
  encodingFlag,
  encodingHint,
  list,
  oneFile,
  parse,
  str,
  UsageError,
} from '../args.js';
import { HELP } from '../help.js';
import { onInterrupt } from '../interrupt.js';
import { scorerOptions } from '../lexicon-files.js';
import { writeResult } from '../output.js';
import { assertReadable, unreadable } from '../readable.js';
import { readStdin } from '../stdin.js';

/** The flags of this command (each one is in its --help; tests/cli/help-lists-every-flag.test.ts checks). */
export const FLAGS = {
  format: { type: 'string' },
  articles: { type: 'string' },
  text: { type: 'string' },
  id: { type: 'string' },
  keep: { type: 'string' },
  ...ALIASES_FLAG,
  output: { type: 'string', short: 'o' },
  errors: { type: 'string' },
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
  pack: { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** How many malformed article rows to show on stderr when there is no errors file. */
const SHOWN_REPORTS = 5;

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
  const errors = str(parsed, 'errors');
  const encoding = encodingFlag(parsed, 'extract');
  const quiet = parsed.values.quiet === true;
  const speakerAliases = aliasesFlag(parsed, 'extract');
  // Without --keep, every column but the id and the text.
  const keep = columnsFlag(parsed, 'keep', 'extract', 'date,outlet');
  if (articles !== undefined) {
    if (parsed.positionals.length > 0) throw new UsageError('give either ARTICLE or --articles, not both', 'extract');
    assertReadable(articles, { folder: true });
    const reports: RowReport[] = [];
    let invalidUtf8 = 0;
    const delimiter = delimiterFlag(parsed, 'extract', articles);
    // Ctrl-C stops the run and removes what it wrote (exit 130), as score does.
    const controller = new AbortController();
    const release = onInterrupt(controller);
    const summary = await scoreArticles({
      input: articles === '-' ? process.stdin : articles,
      signal: controller.signal,
      output: output ?? process.stdout,
      ...(errors !== undefined && { errors }),
      encoding,
      text: str(parsed, 'text') ?? 'text',
      ...(str(parsed, 'id') !== undefined && { id: str(parsed, 'id') as string }),
      format: format as OutputFormat,
      ...(delimiter !== undefined && { delimiter }),
      ...(keep !== undefined && { keep }),
      ...(speakerAliases !== undefined && { speakerAliases }),
      ...scoring,
      onRowError: (r) => {
        if (r.reason === 'invalid-utf8') invalidUtf8++;
        if (reports.length < SHOWN_REPORTS) reports.push(r);
      },
    }).finally(release);
    if (!quiet) {
      process.stderr.write(`${summaryLine(summary)}\n`);
      if (summary.articlesReported > 0) {
        if (errors !== undefined) process.stderr.write(`malformed article rows written to ${errors}\n`);
        else {
          for (const r of reports) process.stderr.write(`  line ${r.row}: ${r.reason}: ${r.message}\n`);
          if (summary.articlesReported > reports.length)
            process.stderr.write(`  … and ${summary.articlesReported - reports.length} more\n`);
          process.stderr.write('  (use --errors FILE to keep every malformed row)\n');
        }
        if (invalidUtf8 > 0) process.stderr.write(encodingHint(invalidUtf8));
      }
    }
    return summary.articlesReported > 0 ? 3 : 0;
  }
  if (errors !== undefined)
    throw new UsageError('--errors goes with --articles (one article has no rows to report)', 'extract');
  if (keep !== undefined)
    throw new UsageError('--keep goes with --articles (one article has no columns to keep)', 'extract');
  const file = oneFile(parsed, 'extract', 'extract needs an ARTICLE file (or - for stdin), or --articles PATH');
  let bytes: Buffer | undefined;
  try {
    if (file !== '-') bytes = readFileSync(file);
  } catch (err) {
    throw unreadable(file, err);
  }
  // Not valid UTF-8 (and no --encoding): an error naming the byte and what to pass, never U+FFFD text.
  const text = bytes === undefined ? await readStdin(encoding) : decodeText(bytes, encoding, file);
  // An empty article is an article with no statements (exit 0), not an unreadable table: said, not an error.
  if (text.trim() === '' && !quiet)
    process.stderr.write(`${file === '-' ? 'stdin' : file}: the article is empty: no text, no statements\n`);
  if (format === 'json') {
    const { analyzeArticle } = await import('../../attribution/index.js');
    const { createScorer, resolveSpeakers } = await import('../../index.js');
    const analysis = analyzeArticle(text, { scorerInstance: createScorer(scoring) });
    // The same identity fields as the CSV rows: canonical speaker, speakerId, side.
    const statements = resolveSpeakers(analysis.statements, {
      ...(speakerAliases !== undefined && { aliases: speakerAliases }),
    }).rows;
    const written = writeResult(parsed, `${JSON.stringify({ ...analysis, statements }, null, 2)}\n`);
    if (!quiet && written !== undefined)
      process.stderr.write(`${analysis.statements.length} statements written to ${written}\n`);
    return 0;
  }
  // One article as a one-row CSV of articles, so CSV and JSONL rows are exactly those of --articles.
  const id = file === '-' ? 'stdin' : basename(file, extname(file));
  const csv = `id,text\n${formatRow([id, text], ',', '"')}\n`;
  const summary = await scoreArticles({
    input: Readable.from([Buffer.from(csv)]),
    output: output ?? process.stdout,
    format: format as OutputFormat,
    ...(speakerAliases !== undefined && { speakerAliases }),
    ...scoring,
  });
  if (!quiet && output !== undefined) process.stderr.write(`${summaryLine(summary)}\n`);
  return 0;
}
