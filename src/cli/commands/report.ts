/**
 * `detente report INPUT -o report.html`: a static HTML report of scored statements (a CSV/TSV or JSONL from
 * `detente score` or `extract`, raw statements, which it scores, or articles with `--articles`, which it
 * extracts and scores). A thin wrapper over `renderReport()` of detente/report.
 */
import { basename } from 'node:path';
import { DETENTE_VERSION } from '../../csv/index.js';
import { createScorer, DEFAULT_MIN_N, DetenteError, OptionsError, TIME_BINS, type TimeBin } from '../../index.js';
import { type ReportOptions, renderReport } from '../../report/index.js';
import { plural } from '../../report/plural.js';
import { ALIASES_FLAG, aliasesFlag } from '../aliases-file.js';
import type { Parsed } from '../args.js';
import {
  columnsFlag,
  delimiterFlag,
  encodingFlag,
  encodingHint,
  int,
  list,
  oneFile,
  parse,
  str,
  UsageError,
} from '../args.js';
import { HELP } from '../help.js';
import { onInterrupt } from '../interrupt.js';
import { scorerOptions } from '../lexicon-files.js';
import { OUTPUT_FLAG, writeResult } from '../output.js';
import { assertReadable } from '../readable.js';
import { readReportInput } from '../report/input.js';
import { identifyRows } from '../speaker-identity.js';

/** The flags of this command (each one is in its --help; tests/cli/help-lists-every-flag.test.ts checks). */
export const FLAGS = {
  ...OUTPUT_FLAG,
  encoding: { type: 'string' },
  ...ALIASES_FLAG,
  articles: { type: 'boolean' },
  id: { type: 'string' },
  'raw-speakers': { type: 'boolean' },
  speaker: { type: 'string' },
  text: { type: 'string' },
  by: { type: 'string' },
  bin: { type: 'string' },
  side: { type: 'string' },
  'min-n': { type: 'string' },
  compare: { type: 'string' },
  title: { type: 'string' },
  top: { type: 'string' },
  'min-statements': { type: 'string' },
  'source-columns': { type: 'string' },
  delimiter: { type: 'string' },
  pack: { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/** Everything `detente report` was asked, checked before anything is read or written. */
interface ReportSettings {
  readonly parsed: Parsed;
  readonly file: string;
  readonly input: Omit<Parameters<typeof readReportInput>[0], 'signal'>;
  readonly side: string | undefined;
  readonly aliases: ReturnType<typeof aliasesFlag>;
  readonly options: ReportOptions;
}

/** The flags read and checked (usage errors before any input is read). */
function settingsOf(parsed: Parsed): ReportSettings {
  const file = oneFile(
    parsed,
    'report',
    'report needs an INPUT file (CSV, TSV, JSON or JSONL; a folder with --articles)',
  );
  const articles = parsed.values.articles === true;
  if (file === '-' && !articles)
    throw new UsageError('report reads stdin (-) with --articles only: give the statements file by name', 'report');
  const by = str(parsed, 'by');
  const bin = str(parsed, 'bin') as TimeBin | undefined;
  if (bin !== undefined && (!(TIME_BINS as readonly string[]).includes(bin) || by === undefined))
    throw new UsageError(`--bin takes ${TIME_BINS.join(', ')} and needs --by DATE-COLUMN`, 'report');
  const side = str(parsed, 'side');
  const pair = str(parsed, 'compare')
    ?.split(',')
    .map((s) => s.trim());
  if (pair !== undefined && (pair.length !== 2 || by === undefined))
    throw new UsageError('--compare takes two groups, A,B, and needs --by COL', 'report');
  const scoring = scorerOptions(list(parsed, 'pack'), list(parsed, 'lexicon'), 'report');
  const aliases = aliasesFlag(parsed, 'report');
  // Without --source-columns, the default source fields the rows have.
  const source = columnsFlag(parsed, 'source-columns', 'report', 'outlet,url');
  return {
    parsed,
    file,
    side,
    aliases,
    input: {
      file,
      articles,
      speaker: str(parsed, 'speaker') ?? 'speaker',
      text: str(parsed, 'text') ?? 'text',
      columns: [
        ...(by === undefined ? [] : [[by, '--by'] as const]),
        ...(side === undefined ? [] : [[side, '--side'] as const]),
      ],
      id: str(parsed, 'id'),
      delimiter: delimiterFlag(parsed, 'report', file),
      encoding: encodingFlag(parsed, 'report'),
      aliases,
      scoring,
      scorer: createScorer(scoring),
    },
    options: {
      title: str(parsed, 'title') ?? `Tone report: ${file === '-' ? 'stdin' : basename(file)}`,
      top: int(parsed, 'top', 'report', 5),
      minStatements: int(parsed, 'min-statements', 'report', 3),
      minN: int(parsed, 'min-n', 'report', DEFAULT_MIN_N),
      generator: `detente ${DETENTE_VERSION}`,
      ...(source !== undefined && { source }),
      ...(by !== undefined && { by }),
      ...(bin !== undefined && { bin }),
      ...(pair !== undefined && { compare: [pair[0] as string, pair[1] as string] as const }),
    },
  };
}

/**
 * Runs `detente report`. Resolves with the exit code (3 when some input rows could not be read, 130 when
 * interrupted: Ctrl-C removes every temporary file, as `score` does).
 * @example
 * ```ts
 * await reportCommand(['scored.csv', '--by', 'date', '-o', 'report.html']);
 * ```
 */
export async function reportCommand(argv: readonly string[]): Promise<number> {
  const parsed = parse('report', argv, FLAGS);
  if (parsed.values.help === true) {
    process.stdout.write(`${HELP.report}\n`);
    return 0;
  }
  const settings = settingsOf(parsed);
  // Kept until the page is written, so an interrupt never kills the process between writing it and renaming it.
  const controller = new AbortController();
  const release = onInterrupt(controller);
  try {
    return await makeReport(settings, controller.signal);
  } finally {
    release();
  }
}

async function makeReport(s: ReportSettings, signal: AbortSignal): Promise<number> {
  const started = Date.now();
  assertReadable(s.input.file, { folder: s.input.articles });
  const input = await readReportInput({ ...s.input, signal });
  if (signal.aborted) throw new DetenteError('E_ABORTED', 'the run was aborted');
  // One identity per speaker across the file (as profile does), and a side for each where one is known.
  const who = identifyRows(input.rows, {
    speaker: 'speaker',
    document: undefined,
    aliases: s.aliases,
    rawSpeakers: s.parsed.values['raw-speakers'] === true,
  }).fields;
  const rows = input.rows.map((r, i) => {
    const id = who[i];
    return {
      ...r,
      speaker: id?.name ?? null,
      speakerId: id?.id ?? null,
      ...(s.side === undefined && { side: id?.side ?? null }),
    };
  });
  const sideField = s.side ?? (rows.some((r) => typeof r.side === 'string' && r.side !== '') ? 'side' : undefined);
  const html = render(rows, {
    ...s.options,
    subtitle: input.description,
    unreadable: input.unreadable,
    ...(sideField !== undefined && { side: sideField }),
  });
  const output = writeResult(s.parsed, html);
  if (s.parsed.values.quiet !== true) {
    const speakers = new Set(rows.map((r) => r.speaker)).size;
    process.stderr.write(
      `${output ?? 'report'}: ${plural(input.rows.length, 'statement')}, ${plural(speakers, 'speaker')}` +
        `${input.unreadable > 0 ? `, ${plural(input.unreadable, 'row')} could not be read (counted in the report)` : ''}; ` +
        `${(Buffer.byteLength(html) / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    if (input.invalidUtf8 > 0) process.stderr.write(encodingHint(input.invalidUtf8));
  }
  return input.unreadable > 0 ? 3 : 0;
}

/** `renderReport`, with a `--compare` group that has no statements said as the flag's problem. */
function render(rows: Parameters<typeof renderReport>[0], options: ReportOptions): string {
  try {
    return renderReport(rows, options);
  } catch (err) {
    const prefix = 'renderReport(): options.compare';
    if (err instanceof OptionsError && err.option === 'compare' && err.message.startsWith(prefix))
      throw new UsageError(`--compare${err.message.slice(prefix.length)}`, 'report');
    throw err;
  }
}
