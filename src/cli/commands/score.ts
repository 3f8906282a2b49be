/** `detente score FILE|-`: the CSV batch path, with a progress bar, a summary and exit code 3 for reports. */
import { availableParallelism } from 'node:os';
import type { OutputFormat, RowReport } from '../../csv/index.js';
import { formatSummary, scoreCsv } from '../../csv/index.js';
import { ALIASES_FLAG, aliasesFlag } from '../aliases-file.js';
import { delimiterFlag, encodingFlag, encodingHint, int, list, oneFile, parse, str, UsageError } from '../args.js';
import { HELP } from '../help.js';
import { onInterrupt } from '../interrupt.js';
import { scorerOptions } from '../lexicon-files.js';
import { createProgressBar } from '../progress.js';
import { assertReadable } from '../readable.js';

/** The flags of this command (each one is in its --help; tests/cli/help-lists-every-flag.test.ts checks). */
export const FLAGS = {
  text: { type: 'string' },
  speaker: { type: 'string' },
  ...ALIASES_FLAG,
  id: { type: 'string' },
  output: { type: 'string', short: 'o' },
  errors: { type: 'string' },
  encoding: { type: 'string' },
  format: { type: 'string' },
  workers: { type: 'string' },
  delimiter: { type: 'string' },
  quote: { type: 'string' },
  'no-header': { type: 'boolean' },
  prefix: { type: 'string' },
  'max-field-bytes': { type: 'string' },
  pack: { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** How many malformed rows to show on stderr when there is no errors file. */
const SHOWN_REPORTS = 5;

/**
 * Runs `detente score`. Resolves with the exit code.
 * @example
 * ```ts
 * process.exitCode = await scoreCommand(['in.csv', '--text', 'quote', '-o', 'out.csv']);
 * ```
 */
export async function scoreCommand(argv: readonly string[]): Promise<number> {
  const parsed = parse('score', argv, FLAGS);
  if (parsed.values.help === true) {
    process.stdout.write(`${HELP.score}\n`);
    return 0;
  }
  const file = oneFile(parsed, 'score', 'score needs a FILE (or - for stdin)', ' (one input file at a time)');
  const format = str(parsed, 'format') ?? 'csv';
  if (!['csv', 'json', 'jsonl'].includes(format))
    throw new UsageError(`--format must be csv, json or jsonl, got ${JSON.stringify(format)}`, 'score');
  const workers = str(parsed, 'workers') === 'auto' ? availableParallelism() : int(parsed, 'workers', 'score', 1);
  const quiet = parsed.values.quiet === true;
  const output = str(parsed, 'output');
  const errors = str(parsed, 'errors');
  const delimiter = delimiterFlag(parsed, 'score', file);
  const quote = str(parsed, 'quote');
  const prefix = str(parsed, 'prefix');
  const speaker = str(parsed, 'speaker');
  const speakerAliases = aliasesFlag(parsed, 'score');
  if (speakerAliases !== undefined && speaker === undefined)
    throw new UsageError('--aliases names the speakers of --speaker COL: give --speaker too', 'score');
  const id = str(parsed, 'id');
  const encoding = encodingFlag(parsed, 'score');
  const scoring = scorerOptions(list(parsed, 'pack'), list(parsed, 'lexicon'), 'score');
  assertReadable(file);
  const shown: RowReport[] = [];
  let invalidUtf8 = 0;
  const bar = createProgressBar(process.stderr, quiet);
  const controller = new AbortController();
  const release = onInterrupt(controller);
  try {
    const summary = await scoreCsv({
      input: file === '-' ? process.stdin : file,
      output: output ?? process.stdout,
      ...(errors !== undefined && { errors }),
      text: str(parsed, 'text') ?? 'text',
      ...(speaker !== undefined && { speaker }),
      ...(speakerAliases !== undefined && { speakerAliases }),
      ...(id !== undefined && { id }),
      ...(delimiter !== undefined && { delimiter }),
      ...(quote !== undefined && { quote }),
      ...(prefix !== undefined && { prefix }),
      headers: parsed.values['no-header'] !== true,
      encoding,
      format: format as OutputFormat,
      workers,
      maxFieldBytes: int(parsed, 'max-field-bytes', 'score', 1 << 20),
      ...scoring,
      onProgress: (p) => bar.update(p),
      onRowError: (r) => {
        if (r.reason === 'invalid-utf8') invalidUtf8++;
        if (shown.length < SHOWN_REPORTS) shown.push(r);
      },
      signal: controller.signal,
    });
    bar.done();
    if (!quiet) {
      process.stderr.write(`${formatSummary(summary)}\n`);
      if (summary.rowsReported > 0) {
        if (errors !== undefined) process.stderr.write(`malformed rows written to ${errors}\n`);
        else {
          for (const r of shown) process.stderr.write(`  line ${r.row}: ${r.reason}: ${r.message}\n`);
          if (summary.rowsReported > shown.length)
            process.stderr.write(`  … and ${summary.rowsReported - shown.length} more\n`);
          process.stderr.write('  (use --errors FILE to keep every malformed row)\n');
        }
        if (invalidUtf8 > 0) process.stderr.write(encodingHint(invalidUtf8));
      }
    }
    return summary.rowsReported > 0 ? 3 : 0;
  } finally {
    bar.done();
    release();
  }
}
