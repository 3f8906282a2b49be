/**
 * Accuracy benchmark: detente and the peer sentiment scorers, side by side in one run, on the dev sets'
 * tuning half (A), held-out half (B) and whole files, the Geneva quotes, and the frozen evaluation set when it
 * is there. Prints the tables and writes benchmarks/results/accuracy.md; the frozen set's first run is kept in
 * benchmarks/results/accuracy-frozen-first-run.md, written once.
 *
 *   npm run bench:accuracy                       # builds, then runs this
 *   node benchmarks/accuracy.mjs --misses        # also list detente's misclassified rows (half A)
 *   node benchmarks/accuracy.mjs --misses --half B
 *   node benchmarks/accuracy.mjs --misses --set politeness   # only one set's misses (cameo, casino, politeness, geneva)
 *   node benchmarks/accuracy.mjs --tuning        # dev sets only: no frozen set, no results file
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createScorer, evaluate } from '../dist/index.js';
import { loadCameo, loadCasino, loadGeneva, loadPoliteness } from './lib/datasets.mjs';
import { FIRST_RUN_FILE, frozenCells, loadFrozen, measureFrozen, readFirstRun } from './lib/frozen.mjs';
import { HALVES, measure, misses, noEvidence } from './lib/measure.mjs';
import { asScorer, loadPeers } from './lib/peers.mjs';
import { MEASURED_ELSEWHERE, PUBLISHED_PEERS, REPRODUCE_TOLERANCE } from './lib/reference.mjs';
import { markdownTable, noEvidenceCells, tableCells, textTable } from './lib/table.mjs';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : 'A';
const setArg = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
if (!HALVES.includes(halfArg)) {
  console.error(`--half must be A, B or all, got ${halfArg}`);
  process.exit(2);
}

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const sets = { cameo: loadCameo(), casino: loadCasino(), politeness: loadPoliteness(), geneva: loadGeneva() };
// While tuning, leave the frozen set out of sight (it must not steer rule changes); the results file is then
// not written, so it always carries the frozen table.
const tuning = args.includes('--tuning');
const frozen = tuning ? null : loadFrozen();
const detente = createScorer();
const peers = await loadPeers();

const names = ['detente', ...peers.map((p) => p.name)];
const scorers = [detente, ...peers.map(asScorer)];
const records = scorers.map((s) => measure(evaluate, s, sets));
const cells = tableCells(names, records);
const empty = noEvidenceCells(noEvidence(detente, sets));

// Do our peer numbers match the ones published in the shared data README?
const checks = [];
for (const [metric, byPeer] of Object.entries(PUBLISHED_PEERS)) {
  for (const [peer, published] of Object.entries(byPeer)) {
    const measured = records[names.indexOf(peer)][`${metric}.all`];
    checks.push({ metric, peer, published, measured, ok: Math.abs(measured - published) <= REPRODUCE_TOLERANCE });
  }
}
const failed = checks.filter((c) => !c.ok);
const verdict =
  failed.length === 0
    ? `peers reproduce the shared README's numbers (all ${checks.length} within ±${REPRODUCE_TOLERANCE})`
    : `peers differ from the shared README on ${failed.length} of ${checks.length}: ` +
      failed.map((c) => `${c.peer} ${c.metric} ${c.measured.toFixed(3)} vs ${c.published}`).join('; ');

const speed = latestSpeed();
const today = new Date().toISOString().slice(0, 10);
const commit = gitCommit();

console.log(`detente ${pkg.version} (${detente.modules.join(', ')})`);
console.log(
  `halves: A = tuning, B = held out (benchmarks/lib/split.mjs); peers' labels from the sign of their score\n`,
);
console.log(textTable(cells));
console.log(`\n${verdict}`);
console.log('\nRows that get no evidence from detente (score 0; a miss for macro-F1 when the row has a gold pole):\n');
console.log(textTable(empty));
console.log(`\nThroughput: ${speed}`);
console.log(
  `Measured elsewhere (held-out sets not in this repository):\n${MEASURED_ELSEWHERE.map((l) => `  - ${l}`).join('\n')}`,
);

let frozenSection = [];
if (frozen === null) {
  console.log('\nFrozen set: benchmarks/data/tone.frozen.tsv is not there yet; not measured.');
} else {
  const measured = scorers.map((s, i) => measureFrozen(evaluate, s, frozen, i === 0));
  const frozenTable = frozenCells(names, measured);
  console.log(`\nFrozen set (benchmarks/data/tone.frozen.tsv, ${frozen.length} rows; never tuned on):\n`);
  console.log(textTable(frozenTable));
  const header = (title) => [
    title,
    '',
    `Measured ${today} at commit ${commit} with \`npm run bench:accuracy\` (Node ${process.version}), detente ${pkg.version}; ` +
      `${frozen.length} rows of \`benchmarks/data/tone.frozen.tsv\`. macro-F1 over the gold labels; AUC ranks gold ` +
      'conciliatory above confrontational; Spearman against the strength signed by the label (neutral = 0).',
    '',
  ];
  if (readFirstRun() === null) {
    writeFileSync(
      FIRST_RUN_FILE,
      [
        '# Frozen tone set: first run',
        '',
        'The first measurement of the frozen set, before any rule was changed after seeing it. Written once by',
        '`npm run bench:accuracy` and never overwritten; later runs are in `accuracy.md`.',
        '',
        ...header('## First run').slice(2),
        markdownTable(frozenTable),
        '',
      ].join('\n'),
    );
    console.log(`first run of the frozen set: wrote ${FIRST_RUN_FILE}`);
  }
  frozenSection = [
    ...header('## Frozen tone set, this run'),
    markdownTable(frozenTable),
    '',
    '## Frozen tone set, first run (before any rule change)',
    '',
    (readFirstRun() ?? '').split('\n').slice(6).join('\n').trim(),
    '',
  ];
}

const md = [
  '# Accuracy',
  '',
  `Measured ${today} at commit ${commit} with \`npm run bench:accuracy\` (Node ${process.version}).`,
  '',
  `- detente ${pkg.version}, default scorer: ${detente.modules.map((m) => `\`${m}\``).join(', ')}`,
  `- peers: ${peers.map((p) => `\`${p.module}\``).join(', ')}`,
  '- Halves: a row is in A (tuning) or B (held out) by a stable hash of its `id` (see `benchmarks/data/README.md`).',
  "- macro-F1 from each scorer's label over the gold classes; for peers the label is the sign of their score, 0 (neutral) counting as a miss. AUC ranks gold conciliatory above confrontational by score, ties half (politeness: polite above impolite quartile). Spearman: score against CAMEO's Goldstein weight, or against the politeness rating (all rows, the middle half included). Geneva: quotes of `tests/fixtures/geneva-talks.expected.jsonl` with a settled tone (peers: 0 = neutral).",
  '',
  markdownTable(cells),
  '',
  `Reproduction check: ${verdict}.`,
  '',
  '## Rows without evidence',
  '',
  'Rows on which detente finds no lexicon term at all (score 0, label neutral).',
  '',
  markdownTable(empty),
  '',
  `Throughput: ${speed}`,
  '',
  "Measured elsewhere (issue 13's held-out sets, not in this repository):",
  '',
  ...MEASURED_ELSEWHERE.map((l) => `- ${l}`),
  '',
  ...frozenSection,
].join('\n');
if (!tuning) {
  mkdirSync(new URL('benchmarks/results/', root), { recursive: true });
  writeFileSync(new URL('benchmarks/results/accuracy.md', root), md);
  console.log('wrote benchmarks/results/accuracy.md');
}

if (showMisses) {
  const perSet = [
    ['cameo', sets.cameo, halfArg],
    ['casino', sets.casino, halfArg],
    ['politeness', sets.politeness, halfArg],
    ['geneva', sets.geneva, 'all'],
  ].filter(([name]) => setArg === undefined || setArg === name);
  for (const [name, rows, half] of perSet) {
    const list = misses(evaluate, detente, rows, half);
    console.log(
      `\n## detente misses: ${name}, ${name === 'geneva' ? 'all quotes (not split)' : `half ${half}`} (${list.length})`,
    );
    for (const m of list) {
      const value = m.value === undefined ? '' : ` value ${m.value}`;
      console.log(
        `- [${m.id}] gold ${m.gold}, got ${m.predicted} (${m.score.toFixed(2)})${value}\n    ${m.text}\n    evidence: ${m.evidence || '(none)'}`,
      );
    }
  }
}

/** The speed benchmark's last ratio to `sentiment` and cold start, from benchmarks/results/speed.md. */
function latestSpeed() {
  const file = new URL('benchmarks/results/speed.md', root);
  if (!existsSync(file)) return 'run `npm run bench` (benchmarks/results/speed.md)';
  const text = readFileSync(file, 'utf8');
  const ratio = /\| sentiment \|[^\n]*\| ([\d.]+)× \|/.exec(text)?.[1];
  const cold = /Cold start[\s\S]*?median ([\d.]+) ms/.exec(text)?.[1];
  const date = /Measured (\d{4}-\d\d-\d\d)/.exec(text)?.[1];
  return `\`npm run bench\` measures it (benchmarks/results/speed.md, last run ${date}: detente ${ratio}× sentiment, cold start median ${cold} ms; target ≥ 1.15×, ≤ 50 ms)`;
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '(unknown)';
  }
}
