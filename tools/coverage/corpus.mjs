/**
 * Reads a corpus for the coverage report: rows `{ id, text, label }` of one half.
 *
 * - `.tsv`: a header row, tab-separated fields, no quoting (as the dev sets in benchmarks/data/ are written).
 * - `.csv`: RFC 4180 with a header row (fast-csv).
 * - anything else: plain text, one statement per non-empty line.
 *
 * The half of a row is the benchmarks' split (benchmarks/lib/split.mjs: a stable hash of the `id` column), so
 * `--half A` here is the tuning half of `npm run bench:accuracy`. A file without an `id` column is split by
 * line number. The label, when the file has one (`--label`, else the first of class/tone/label), is put on
 * detente's axis: polite → conciliatory, impolite → confrontational; other values are left unlabelled.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseStream } from 'fast-csv';
import { halfOf } from '../../benchmarks/lib/split.mjs';

const LABEL_COLUMNS = ['class', 'tone', 'label'];
const POLES = {
  conciliatory: 'conciliatory',
  confrontational: 'confrontational',
  polite: 'conciliatory',
  impolite: 'confrontational',
};

/**
 * The rows of `path` in `options.half` ('A', 'B' or 'all'), text from `options.column` (ignored for plain text).
 * Throws an Error naming the file and the missing column.
 */
export async function readCorpus(path, { column = 'text', half = 'A', label } = {}) {
  const records = await readRecords(path);
  const name = basename(path);
  if (records.length > 0 && !(column in records[0].fields)) {
    const columns = Object.keys(records[0].fields).join(', ');
    throw new Error(`${name} has no column "${column}" (columns: ${columns}); pass --column`);
  }
  const labelColumn = label ?? LABEL_COLUMNS.find((c) => records.length > 0 && c in records[0].fields);
  if (label !== undefined && records.length > 0 && !(label in records[0].fields)) {
    throw new Error(`${name} has no label column "${label}"`);
  }
  const rows = [];
  for (const { line, fields } of records) {
    const id = fields.id !== undefined && fields.id !== '' ? fields.id : String(line);
    if (half !== 'all' && halfOf(id) !== half) continue;
    const text = fields[column] ?? '';
    if (text.trim() === '') continue;
    rows.push({ id, text, label: labelColumn === undefined ? undefined : POLES[fields[labelColumn]] });
  }
  return rows;
}

/** Records `{ line, fields }` of a file, by its extension. */
async function readRecords(path) {
  const extension = extname(path).toLowerCase();
  if (extension === '.tsv') return readTsv(path);
  if (extension === '.csv') return readCsv(path);
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, fields: { text } }))
    .filter((r) => r.fields.text.trim() !== '');
}

function readTsv(path) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const records = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') continue;
    const values = lines[i].split('\t');
    records.push({ line: i + 1, fields: Object.fromEntries(header.map((h, k) => [h, values[k] ?? ''])) });
  }
  return records;
}

function readCsv(path) {
  return new Promise((resolve, reject) => {
    const records = [];
    // The header is line 1; a record's line is its position (multi-line fields shift later numbers only).
    parseStream(createReadStream(path), { headers: true, ignoreEmpty: true })
      .on('error', (err) => reject(new Error(`${basename(path)}: ${err.message}`)))
      .on('data', (fields) => records.push({ line: records.length + 2, fields }))
      .on('end', () => resolve(records));
  });
}
