/**
 * What `detente report` reads, as scored rows: a CSV/TSV or JSONL from `score` or `extract` (their tone used,
 * the speech cue's included), raw statements (scored here), the JSON of `extract`, or articles (extracted as
 * `extract --articles` does). Each row's tone is the one definition the product has (`statementTone`), so
 * every chart of the page shows the same tone; the text is scored too, for the evidence marked in it.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { CsvError, type InputEncoding } from '../../csv/index.js';
import type { AliasTable, ProfileRow, Scorer, ScorerOptions } from '../../index.js';
import { isToneLabel, statementTone } from '../../index.js';
import { UsageError } from '../args.js';
import { statementsFromArticles } from '../articles-statements.js';
import { missingColumn, readTable } from '../read-table.js';

type Fields = Record<string, unknown>;

/** Inputs read as JSON (an array, or extract's `{ statements }`) or JSON lines; anything else is CSV/TSV. */
const JSON_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);

/** What to read and how. */
export interface ReportSource {
  readonly file: string;
  readonly articles: boolean;
  readonly speaker: string;
  readonly text: string;
  /** Columns the flags name (`--by`, `--side`), each with its flag, checked to exist. */
  readonly columns: readonly (readonly [column: string, flag: string])[];
  readonly id: string | undefined;
  readonly delimiter: string | undefined;
  readonly encoding: InputEncoding;
  readonly aliases: AliasTable | undefined;
  readonly scoring: ScorerOptions;
  readonly scorer: Scorer;
  readonly signal: AbortSignal;
}

/** The rows, what could not be read, and a line saying what the data is. */
export interface ReportInput {
  readonly rows: ProfileRow[];
  readonly unreadable: number;
  /** Article rows that were not valid UTF-8 (with `--articles`). */
  readonly invalidUtf8: number;
  readonly description: string;
}

/**
 * A row's tone: a `tone` object as JSON gives it; else the `tone_*` columns of `score`/`extract` (their
 * dimensions too, so the dimension mix shows the tone the score has, a speech verb's included); else the score
 * of the text. The text is scored in every case for the evidence marked in it.
 */
function toneOf(fields: Fields, text: string, scorer: Scorer, index: number): ProfileRow['tone'] {
  const given = fields.tone as { score?: unknown; label?: unknown } | undefined;
  if (given !== null && typeof given === 'object' && typeof given.score === 'number' && isToneLabel(given.label))
    return given as ProfileRow['tone'];
  const scored = scorer.score(text);
  const carried = fields.tone_score !== undefined && fields.tone_score !== '' && fields.tone_label !== undefined;
  if (!carried) return scored;
  let tone: ReturnType<typeof statementTone>['tone'];
  try {
    tone = statementTone(fields).tone;
  } catch (err) {
    throw new UsageError(`row ${index + 1}: ${(err as Error).message}`, 'report');
  }
  // Without a dimensions column, the text's own dimensions stand for the tone only when they give its score.
  const dimensions =
    fields.tone_dimensions !== undefined
      ? tone.dimensions
      : Math.abs(scored.score - tone.score) < 5e-4
        ? scored.dimensions
        : {};
  return { ...scored, score: tone.score, label: tone.label, ...(dimensions !== undefined && { dimensions }) };
}

function toRow(fields: Fields, speaker: string, text: string, scorer: Scorer, index: number): ProfileRow {
  const rawText = fields[text];
  const body = typeof rawText === 'string' ? rawText : rawText === undefined || rawText === null ? '' : String(rawText);
  const who = fields[speaker];
  const name = typeof who === 'string' && who.trim() !== '' ? who.trim() : null;
  return { ...fields, speaker: name, text: body, tone: toneOf(fields, body, scorer, index) };
}

/** JSON (an array of rows, or `{ statements: [...] }` from `extract --format json`) or JSON lines. */
function readJson(file: string): { records: Fields[]; unreadable: number } {
  const raw = readFileSync(file, 'utf8');
  const content = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (content.trim() === '') throw new CsvError(`${file}: the input is empty: nothing read`, { row: 0 });
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

/** Throws a usage error for the first needed column no record has. */
function checkColumns(records: readonly Fields[], needed: ReportSource['columns'], file: string): void {
  if (records.length === 0) return;
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) keys.add(k);
  for (const [column, flag] of needed)
    if (!keys.has(column)) throw missingColumn(column, [...keys], file, ',', 'report', flag);
}

/**
 * Reads the input of `detente report` as scored rows. Throws `UsageError` for a column the flags name that the
 * input lacks, and `CsvError` for an empty input.
 * @example
 * ```ts
 * const { rows, unreadable } = await readReportInput({ file: 'scored.csv', articles: false, speaker: 'speaker', … });
 * ```
 */
export async function readReportInput(s: ReportSource): Promise<ReportInput> {
  const name = s.file === '-' ? 'stdin' : basename(s.file);
  if (s.articles) {
    // The extraction path of extract --articles: article columns, identities across articles, the cue's tone.
    const { records, unreadable, invalidUtf8 } = await statementsFromArticles({
      path: s.file,
      text: s.text,
      id: s.id,
      delimiter: s.delimiter,
      encoding: s.encoding,
      speakerAliases: s.aliases,
      scoring: s.scoring,
      signal: s.signal,
    });
    checkColumns(records, s.columns, s.file);
    return {
      rows: records.map((r, i) => toRow(r, 'speaker', 'text', s.scorer, i)),
      unreadable,
      invalidUtf8,
      description: `Statements extracted from the articles of ${name}, each scored with its speech cue`,
    };
  }
  const needed: ReportSource['columns'] = [[s.text, '--text'], [s.speaker, '--speaker'], ...s.columns];
  if (JSON_EXTENSIONS.has(extname(s.file).toLowerCase())) {
    const { records, unreadable } = readJson(s.file);
    checkColumns(records, needed, s.file);
    const scored = records.some((r) => typeof r.tone === 'object' || r.tone_score !== undefined);
    return {
      rows: records.map((r, i) => toRow(r, s.speaker, s.text, s.scorer, i)),
      unreadable,
      invalidUtf8: 0,
      description: scored ? `Scored statements from ${name}` : `Statements from ${name}, scored here`,
    };
  }
  const table = await readTable(s.file, s.delimiter, needed, 'report', s.encoding);
  const scored = table.columns.includes('tone_score') && table.columns.includes('tone_label');
  return {
    rows: table.rows.map((r, i) => toRow(r, s.speaker, s.text, s.scorer, i)),
    unreadable: table.invalid,
    invalidUtf8: 0,
    description: scored ? `Scored statements from ${name}` : `Statements from ${name}, scored here`,
  };
}
