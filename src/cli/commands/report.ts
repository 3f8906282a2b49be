/**
 * `detente report INPUT -o report.html`: a static HTML report of scored statements (a CSV/TSV or JSONL from
 * `detente score` or `extract`, raw statements, which it scores, or articles with `--articles`, which it
 * extracts and scores). A thin wrapper over `renderReport()` of detente/report.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DETENTE_VERSION, type InputEncoding } from '../../csv/index.js';
import type { ProfileRow, Scorer, ToneLabel, ToneScore } from '../../index.js';
import { createScorer, DEFAULT_MIN_N, isToneLabel, TIME_BINS, type TimeBin } from '../../index.js';
import { renderReport } from '../../report/index.js';
import { ALIASES_FLAG, aliasesFlag } from '../aliases-file.js';
import { delimiterFlag, encodingFlag, int, list, oneFile, parse, str, UsageError } from '../args.js';
import { statementsFromArticles } from '../articles-statements.js';
import { HELP } from '../help.js';
import { scorerOptions } from '../lexicon-files.js';
import { OUTPUT_FLAG, writeResult } from '../output.js';
import { readTable } from '../read-table.js';
import { identifyRows } from '../speaker-identity.js';

const FLAGS = {
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
  delimiter: { type: 'string' },
  pack: { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
} as const;

type Fields = Record<string, unknown>;

/** Inputs read as JSON (an array, or extract's `{ statements }`) or JSON lines; anything else is CSV/TSV. */
const JSON_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);

/** How to read a CSV input: its delimiter and encoding flags. */
interface CsvFormat {
  readonly delimiter: string | undefined;
  readonly encoding: InputEncoding;
}

/** Rows read from the input, and how many could not be read. */
interface Input {
  readonly rows: ProfileRow[];
  readonly unreadable: number;
}

/**
 * A row's tone: the one already computed (a `tone` object from JSON, or `tone_score`/`tone_label` columns, as
 * `extract` and `score` write them, which may include the speech cue's tone), else the text's score. The
 * evidence (for the marks in the text) always comes from scoring the text.
 */
function toneOf(fields: Fields, text: string, scorer: Scorer): ProfileRow['tone'] {
  const given = fields.tone as { score?: unknown; label?: unknown } | undefined;
  if (given !== null && typeof given === 'object' && typeof given.score === 'number' && isToneLabel(given.label))
    return given as ProfileRow['tone'];
  const scored: ToneScore = scorer.score(text);
  const score = Number(fields.tone_score);
  const label = fields.tone_label;
  if (fields.tone_score !== undefined && fields.tone_score !== '' && Number.isFinite(score) && isToneLabel(label))
    return { ...scored, score, label: label as ToneLabel };
  return scored;
}

function toRow(fields: Fields, speaker: string, text: string, scorer: Scorer): ProfileRow {
  const rawText = fields[text];
  const body = typeof rawText === 'string' ? rawText : rawText === undefined || rawText === null ? '' : String(rawText);
  const who = fields[speaker];
  const name = typeof who === 'string' && who.trim() !== '' ? who.trim() : null;
  return { ...fields, speaker: name, text: body, tone: toneOf(fields, body, scorer) };
}

/** JSON (an array of rows, or `{ statements: [...] }` from `extract --format json`) or JSON lines. */
function readJson(file: string): { records: Fields[]; unreadable: number } {
  const raw = readFileSync(file, 'utf8');
  const content = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const isObject = (x: unknown): x is Fields => x !== null && typeof x === 'object' && !Array.isArray(x);
  if (extname(file).toLowerCase() === '.json') {
    const data = JSON.parse(content) as unknown;
    const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.statements) ? data.statements : [];
    return { records: list.filter(isObject), unreadable: list.filter((x: unknown) => !isObject(x)).length };
  }
  const records: Fields[] = [];
  let unreadable = 0;
  for (const line of content.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value = JSON.parse(line) as unknown;
      if (isObject(value)) records.push(value);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { records, unreadable };
}

/**
 * Runs `detente report`. Resolves with the exit code (3 when some input rows could not be read).
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
  const started = Date.now();
  const file = oneFile(
    parsed,
    'report',
    'report needs an INPUT file (CSV, TSV, JSON or JSONL; a folder with --articles)',
  );
  const speaker = str(parsed, 'speaker') ?? 'speaker';
  const text = str(parsed, 'text') ?? 'text';
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
  const scorer = createScorer(scoring);
  const aliases = aliasesFlag(parsed, 'report');
  const csv: CsvFormat = { delimiter: delimiterFlag(parsed, 'report', file), encoding: encodingFlag(parsed, 'report') };
  let input: Input;
  if (parsed.values.articles === true) {
    // The extraction path of extract --articles: article columns, identities across articles, the cue's tone.
    const { records, unreadable } = await statementsFromArticles({
      path: file,
      text,
      id: str(parsed, 'id'),
      ...csv,
      speakerAliases: aliases,
      scoring,
    });
    input = { rows: records.map((r) => toRow(r, 'speaker', 'text', scorer)), unreadable };
  } else if (JSON_EXTENSIONS.has(extname(file).toLowerCase())) {
    const { records, unreadable } = readJson(file);
    input = { rows: records.map((r) => toRow(r, speaker, text, scorer)), unreadable };
  } else {
    const table = await readTable(
      file,
      csv.delimiter,
      [text, ...(by === undefined ? [] : [by])],
      'report',
      csv.encoding,
    );
    input = { rows: table.rows.map((r) => toRow(r, speaker, text, scorer)), unreadable: table.invalid };
  }
  for (const column of [by, side])
    if (column !== undefined && input.rows.length > 0 && !input.rows.some((r) => Object.hasOwn(r, column)))
      throw new UsageError(`column ${JSON.stringify(column)} not found in ${file}`, 'report');
  // One identity per speaker across the file (as profile does), and a side for each where one is known.
  const who = identifyRows(input.rows, {
    speaker: 'speaker',
    document: undefined,
    aliases,
    rawSpeakers: parsed.values['raw-speakers'] === true,
  }).fields;
  const rows = input.rows.map((r, i) => {
    const id = who[i];
    return {
      ...r,
      speaker: id?.name ?? null,
      speakerId: id?.id ?? null,
      ...(side === undefined && { side: id?.side ?? null }),
    };
  });
  const sideField = side ?? (rows.some((r) => typeof r.side === 'string' && r.side !== '') ? 'side' : undefined);
  const html = renderReport(rows, {
    title: str(parsed, 'title') ?? `Tone report: ${basename(file)}`,
    subtitle: basename(file),
    top: int(parsed, 'top', 'report', 5),
    unreadable: input.unreadable,
    generator: `detente ${DETENTE_VERSION}`,
    ...(by !== undefined && { by }),
    ...(bin !== undefined && { bin }),
    ...(sideField !== undefined && { side: sideField }),
    minN: int(parsed, 'min-n', 'report', DEFAULT_MIN_N),
    ...(pair !== undefined && { compare: [pair[0] as string, pair[1] as string] as const }),
  });
  const output = writeResult(parsed, html);
  if (parsed.values.quiet !== true) {
    const speakers = new Set(rows.map((r) => r.speaker)).size;
    process.stderr.write(
      `${output ?? 'report'}: ${input.rows.length} statements, ${speakers} speakers` +
        `${input.unreadable > 0 ? `, ${input.unreadable} rows could not be read (counted in the report)` : ''}; ` +
        `${(Buffer.byteLength(html) / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  return input.unreadable > 0 ? 3 : 0;
}
