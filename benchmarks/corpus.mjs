/**
 * The corpus workflow measured on the frozen Ardenia–Belmark corpus (tests/fixtures/corpus/, 12 articles,
 * 87 labelled statements, 15 speakers, 4 sides): statements found, canonical speaker and side per statement,
 * one identity per speaker, tone labels, and the direction of each side's and speaker's trend.
 *
 *   npm run bench:corpus                     extract --articles (scoreArticles) with and without the corpus's
 *                                            aliases file, then trends by week; writes benchmarks/results/corpus.md
 *   node benchmarks/corpus.mjs --first-run   the pipeline as it was before the corpus work: attribution's own
 *                                            speaker strings (the library's exact alias map), no identity, no
 *                                            trend; reproduces benchmarks/results/corpus-first-run.md
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../dist/attribution.js';
import { scoreArticles } from '../dist/csv.js';
import { createScorer, parseAliases, trends } from '../dist/index.js';
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
  if (firstRun) measureFirstRun();
  else await measure();
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

function measureFirstRun() {
  // The library's only identity tool before this work: an exact alias map given to extraction. The speaker
  // strings are attribution's own, as extract --articles wrote them then.
  const scorer = createScorer();
  const rows = arts.flatMap((a) =>
    analyzeArticle(a.text, { aliases: corpus.aliases.aliases, scorerInstance: scorer }).statements.map((st) => ({
      article_id: a.id,
      start: st.spans.content[0],
      end: st.spans.content[1],
      speaker: st.speaker,
      tone_label: st.tone.label,
      tone_score: Math.round(st.tone.score * 10_000) / 10_000,
    })),
  );
  const hasDate = false;
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

/** The verdict a trend gives, in the corpus's words. */
function verdict(t) {
  if (t === undefined) return 'absent';
  if (t.direction === 'conciliatory') return 'softens';
  if (t.direction === 'confrontational') return 'hardens';
  return t.reason === 'interval-includes-zero' ? 'no direction (interval includes 0)' : 'too few statements';
}

/** Whether a verdict agrees with the expected one: flat and too few both mean "no direction". */
function agrees(expected, got) {
  if (expected === 'softens' || expected === 'hardens') return got === expected;
  return got !== 'softens' && got !== 'hardens' && got !== 'absent';
}

async function measure() {
  const aliases = parseAliases(readFileSync(corpus.aliasesPath, 'utf8'), 'json');
  const lines = ['# Corpus workflow on the frozen Ardenia–Belmark corpus', ''];
  lines.push(
    `Measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}: \`npm run bench:corpus\`. The corpus (tests/fixtures/corpus/, 12 invented articles over 5 weeks, 87 labelled statements, 15 speakers, 4 sides) was written by someone who saw neither the code nor the rules, and frozen before its first run; nothing was tuned to it. First-run numbers (before this work): [corpus-first-run.md](corpus-first-run.md).`,
    '',
    'Pipeline: `scoreArticles` (= `detente extract --articles --keep date`), whose rows carry the canonical speaker, `speaker_id` and `side` settled over the whole corpus; then `trends` by ISO week (= `detente profile --by date --bin week`), default minimums (5 statements in 3 weeks) and 95% bootstrap intervals (1000 resamples, seed 1).',
    '',
  );
  for (const [title, options] of [
    ['With the corpus’s aliases file (two spelling variants, and every speaker’s side)', { speakerAliases: aliases }],
    ['From the text alone (no aliases file: sides from affiliations)', {}],
  ]) {
    const rows = await extractJsonl({ keep: ['date'], ...options });
    const a = agreement(matchStatements(corpus.statements, rows, articleText), {
      nameOf: (r) => r.speaker ?? '',
      idOf: (r) => r.speaker_id,
      sideOf: (r) => r.side ?? null,
    });
    lines.push(`## ${title}`, '', ...report(a), '');
    const scored = rows.map((r) => ({ ...r, tone: { score: r.tone_score, label: r.tone_label } }));
    const bySide = trends(scored, { time: 'date', bin: 'week', series: 'side', unattributed: 'skip' });
    const bySpeaker = trends(scored, { time: 'date', bin: 'week', series: 'speaker', unattributed: 'skip' });
    lines.push(
      '### Trend directions',
      '',
      '| line | expected | detente | agrees | slope / week | 95% CI | statements, weeks |',
      '|---|---|---|---|---:|---|---:|',
    );
    let right = 0;
    let total = 0;
    for (const [group, expected, report] of [
      ...Object.entries(corpus.expected.sides).map(([k, v]) => ['side', k, v, bySide]),
      ...Object.entries(corpus.expected.speakers).map(([k, v]) => ['speaker', k, v, bySpeaker]),
    ].map(([kind, name, v, r]) => {
      const drawn = kind === 'speaker' ? (a.mainName.get(name) ?? name) : name;
      const label = drawn === name ? `${kind} ${name}` : `${kind} ${name} [${drawn}]`;
      return [label, v, r.series.find((t) => t.series === drawn)];
    })) {
      const got = verdict(report);
      const ok = agrees(expected, got);
      total++;
      if (ok) right++;
      const ci =
        report?.low === null || report === undefined ? '—' : `${report.low.toFixed(3)} to ${report.high.toFixed(3)}`;
      lines.push(
        `| ${group} | ${expected} | ${got} | ${ok ? 'yes' : '**no**'} | ${report?.slope == null ? '—' : report.slope.toFixed(3)} | ${ci} | ${report ? `${report.count}, ${report.periods}` : '—'} |`,
      );
    }
    lines.push(
      '',
      `Trend verdicts agreeing: ${right} of ${total} (flat and too few both count as "no direction").`,
      '',
    );
  }
  const text = lines.join('\n');
  console.log(text);
  mkdirSync(new URL('results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('results/corpus.md', import.meta.url), `${text}\n`);
}
