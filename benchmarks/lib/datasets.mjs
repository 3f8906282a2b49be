/**
 * Loads the labelled dev sets as evaluation rows: `{ id, text, label?, value?, half }`. TSV files here have a
 * header row, tab-separated fields and no quoting (the copies in benchmarks/data/ were written that way).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { halfOf } from './split.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Reads a headered TSV file into objects keyed by column name. */
export function readTsv(path) {
  const lines = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const fields = line.split('\t');
    return Object.fromEntries(header.map((name, i) => [name, fields[i] ?? '']));
  });
}

/** cameo-verbal.dev.tsv: label = `class`, value = `goldstein`. */
export function loadCameo() {
  return readTsv(`${root}benchmarks/data/cameo-verbal.dev.tsv`).map((r) => ({
    id: r.id,
    text: r.text,
    label: r.class,
    value: Number(r.goldstein),
    half: halfOf(r.id),
  }));
}

/** casino.train.tsv, only the rows with a `tone` (the rest are neither or both). */
export function loadCasino() {
  return readTsv(`${root}benchmarks/data/casino.train.tsv`)
    .filter((r) => r.tone === 'conciliatory' || r.tone === 'confrontational')
    .map((r) => ({ id: r.id, text: r.text, label: r.tone, half: halfOf(r.id) }));
}

/**
 * politeness-stackexchange.dev.tsv: label = conciliatory for the polite quartile, confrontational for the impolite
 * one, none for the middle half; value = the z-scored politeness rating (every row has one).
 */
export function loadPoliteness() {
  const classes = { polite: 'conciliatory', impolite: 'confrontational' };
  return readTsv(`${root}benchmarks/data/politeness-stackexchange.dev.tsv`).map((r) => ({
    id: r.id,
    text: r.text,
    label: classes[r.class],
    value: Number(r.score),
    half: halfOf(r.id),
  }));
}

/** The Geneva fixture's quotes that have a settled tone (13 of 22). Not split: too few to halve. */
export function loadGeneva() {
  return readFileSync(`${root}tests/fixtures/geneva-talks.expected.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .filter((q) => q.tone !== null)
    .map((q, i) => ({ id: `geneva:${i}`, text: q.quote, label: q.tone, speaker: q.speakerKey }));
}

/** The rows of `rows` in half 'A', 'B', or all of them for 'all'. */
export function inHalf(rows, half) {
  return half === 'all' ? rows : rows.filter((r) => r.half === half);
}
