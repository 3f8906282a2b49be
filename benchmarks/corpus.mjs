/**
 * The corpus workflow measured on the frozen Ardenia–Belmark corpus (tests/fixtures/corpus/, 12 articles,
 * 87 labelled statements, 15 speakers, 4 sides): statements found, canonical speaker and side per statement,
 * one identity per speaker, tone labels, and the direction of each side's and speaker's trend.
 *
 *   node benchmarks/corpus.mjs --first-run   the pipeline as it was before the corpus work (raw speaker
 *                                            strings, the library's exact alias map), kept to reproduce
 *                                            benchmarks/results/corpus-first-run.md
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreArticles } from '../dist/csv.js';
import { agreement, expectedPole, loadCorpus, matchStatements } from './lib/corpus-eval.mjs';

const corpus = loadCorpus();
const firstRun = process.argv.includes('--first-run');
const dir = mkdtempSync(join(tmpdir(), 'detente-corpus-'));

/** Reads articles.csv the simple way: the corpus quotes every field. */
function articles() {
  const text = readFileSync(corpus.csvPath, 'utf8');
  const rows = [];
  const re = /"((?:[^"]|"")*)"(,|\r?\n|$)/g;
  let row = [];
  for (const m of text.matchAll(re)) {
    row.push(m[1].replaceAll('""', '"'));
    if (m[2] !== ',') {
      rows.push(row);
      row = [];
    }
  }
  const [head, ...body] = rows.filter((r) => r.length > 1);
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

const arts = articles();
const articleText = new Map(arts.map((a) => [a.id, a.text]));
const dateOf = new Map(arts.map((a) => [a.id, a.date]));

try {
  if (firstRun) await measureFirstRun();
  else throw new Error('only --first-run exists yet');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function extractJsonl(options) {
  const out = join(dir, 'statements.jsonl');
  await scoreArticles({ input: corpus.csvPath, output: out, format: 'jsonl', ...options });
  return readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

/** Ordinary least-squares slope of y on x. */
function slope(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

async function measureFirstRun() {
  // The library's only identity tool before this work: an exact alias map given to extraction.
  const rows = await extractJsonl({ aliases: corpus.aliases.aliases });
  const hasDate = rows.length > 0 && 'date' in rows[0];
  const sides = corpus.aliases.sides;
  const a = agreement(matchStatements(corpus.statements, rows, articleText), {
    nameOf: (r) => r.speaker ?? '',
    idOf: (r) => r.speaker,
    sideOf: (r) => sides[r.speaker] ?? null,
  });
  const lines = report(a);
  lines.push(
    '',
    `Dates on the statement rows: ${hasDate ? 'yes' : 'no (extract --articles drops the date column; joined by article_id here)'}.`,
  );
  // The product offered no trend over more than two periods (profile --by date compares two groups only).
  // For reference: the sign of an OLS slope of score on week, per side, with sides from aliases.json matched
  // on the exact speaker string (rows whose speaker string is not a canonical name have no side).
  const week = (id) => Math.floor((Date.parse(dateOf.get(id)) - Date.parse('2025-03-03')) / 604_800_000);
  lines.push(
    '',
    '| side | expected | OLS slope / week (exact-name sides) | statements with that side |',
    '|---|---|---:|---:|',
  );
  for (const [side, verdict] of Object.entries(corpus.expected.sides)) {
    const pts = rows.filter((r) => sides[r.speaker] === side).map((r) => [week(r.article_id), r.tone_score]);
    const s = pts.length > 1 ? slope(pts) : null;
    lines.push(
      `| ${side} | ${verdict} (${expectedPole(verdict) ?? 'none'}) | ${s === null ? '—' : s.toFixed(3)} | ${pts.length} |`,
    );
  }
  console.log(lines.join('\n'));
}

function report(a) {
  const pct = (n, d) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)}%)`;
  const lines = [
    `| measure | value |`,
    `|---|---:|`,
    `| statements found (content holds ≥ half the fragment) | ${pct(a.found, a.total)} |`,
    `| canonical speaker right (of found) | ${pct(a.speakerRight, a.found)} |`,
    `| side right (of found) | ${pct(a.sideRight, a.found)} |`,
    `| tone label right (of found) | ${pct(a.toneRight, a.found)} |`,
    `| expected speakers with one identity | ${a.unified} of ${a.speakersSeen} seen |`,
    `| identities holding two expected speakers | ${a.merged.length} |`,
    '',
    'Identities per expected speaker:',
    '',
  ];
  for (const [speaker, ids] of a.identities)
    lines.push(`- ${speaker}: ${[...ids].map((i) => JSON.stringify(i)).join(', ')}`);
  if (a.merged.length > 0) lines.push('', 'Merged:', '', ...a.merged.map((m) => `- ${m}`));
  lines.push('', 'Speaker misses:', '', ...a.misses.map((m) => `- ${m}`));
  lines.push('', 'Not found:', '', ...a.notFound.map((m) => `- ${m}`));
  return lines;
}
