/**
 * Accuracy benchmark: detente and the peer sentiment scorers, side by side in one run, on the dev sets'
 * tuning half (A), held-out half (B) and whole files, plus the Geneva quotes. Prints the table and writes
 * benchmarks/results/accuracy.md.
 *
 *   npm run bench:accuracy                       # builds, then runs this
 *   node benchmarks/accuracy.mjs --misses        # also list detente's misclassified rows (half A)
 *   node benchmarks/accuracy.mjs --misses --half B
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createScorer, evaluate } from '../dist/index.js';
import { loadCameo, loadCasino, loadGeneva } from './lib/datasets.mjs';
import { HALVES, measure, misses } from './lib/measure.mjs';
import { asScorer, loadPeers } from './lib/peers.mjs';
import { PUBLISHED_PEERS, REPRODUCE_TOLERANCE } from './lib/reference.mjs';
import { markdownTable, tableCells, textTable } from './lib/table.mjs';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : 'A';
if (!HALVES.includes(halfArg)) {
  console.error(`--half must be A, B or all, got ${halfArg}`);
  process.exit(2);
}

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const sets = { cameo: loadCameo(), casino: loadCasino(), geneva: loadGeneva() };
const detente = createScorer();
const peers = await loadPeers();

const names = ['detente', ...peers.map((p) => p.name)];
const records = [measure(evaluate, detente, sets), ...peers.map((p) => measure(evaluate, asScorer(p), sets))];
const cells = tableCells(names, records);

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

console.log(`detente ${pkg.version} (${detente.modules.join(', ')})`);
console.log(
  `halves: A = tuning, B = held out (benchmarks/lib/split.mjs); peers' labels from the sign of their score\n`,
);
console.log(textTable(cells));
console.log(`\n${verdict}`);

const today = new Date().toISOString().slice(0, 10);
const md = [
  '# Accuracy',
  '',
  `Measured ${today} with \`npm run bench:accuracy\` (Node ${process.version}).`,
  '',
  `- detente ${pkg.version}, default scorer: ${detente.modules.map((m) => `\`${m}\``).join(', ')}`,
  `- peers: ${peers.map((p) => `\`${p.module}\``).join(', ')}`,
  '- Halves: a row is in A (tuning) or B (held out) by a stable hash of its `id` (see `benchmarks/data/README.md`).',
  "- macro-F1 from each scorer's label over the gold classes; for peers the label is the sign of their score, 0 (neutral) counting as a miss. AUC ranks gold conciliatory above confrontational by score, ties half. Geneva: quotes of `tests/fixtures/geneva-talks.expected.jsonl` with a settled tone (peers: 0 = neutral).",
  '',
  markdownTable(cells),
  '',
  `Reproduction check: ${verdict}.`,
  '',
].join('\n');
mkdirSync(new URL('benchmarks/results/', root), { recursive: true });
writeFileSync(new URL('benchmarks/results/accuracy.md', root), md);
console.log('wrote benchmarks/results/accuracy.md');

if (showMisses) {
  const perSet = [
    ['cameo', sets.cameo, halfArg],
    ['casino', sets.casino, halfArg],
    ['geneva', sets.geneva, 'all'],
  ];
  for (const [name, rows, half] of perSet) {
    const list = misses(evaluate, detente, rows, half);
    console.log(
      `\n## detente misses: ${name}, ${name === 'geneva' ? 'all quotes (not split)' : `half ${half}`} (${list.length})`,
    );
    for (const m of list) {
      const value = m.value === undefined ? '' : ` goldstein ${m.value}`;
      console.log(
        `- [${m.id}] gold ${m.gold}, got ${m.predicted} (${m.score.toFixed(2)})${value}\n    ${m.text}\n    evidence: ${m.evidence || '(none)'}`,
      );
    }
  }
}
