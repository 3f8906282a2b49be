/**
 * Scoring speed: detente and the peers a user would otherwise pick, on one deterministic corpus, in one
 * run, interleaved rounds, median of rounds. Prints statements/s, ns/statement and detente's throughput
 * relative to each peer; measures cold start (import of the core + first score) in fresh processes.
 * Writes benchmarks/results/speed.md. `STATEMENTS=…` and `ROUNDS=…` change the size.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScorer } from '../dist/index.js';
import { meanWords, statements } from './lib/corpus.mjs';
import { loadPeers, versionOf } from './lib/peers.mjs';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

const here = dirname(fileURLToPath(import.meta.url));
const COUNT = Number(process.env.STATEMENTS ?? 20_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const texts = statements(COUNT, 7);

const scorer = createScorer();
const peers = await loadPeers();
const module = (name) =>
  name === 'detente' ? `detente (${scorer.modules.length} modules)` : peers.find((p) => p.name === name).module;
// wink-nlp's readDoc is a full NLP pipeline (≈30–50 µs a statement): measured on a tenth of the corpus.
const contenders = [
  ['detente', COUNT],
  ['sentiment', COUNT],
  ['wink-sentiment', COUNT],
  ['vader', COUNT],
  ['natural', COUNT],
  ['wink-nlp', Math.max(200, Math.floor(COUNT / 10))],
];
const child = (name, count) =>
  JSON.parse(
    execFileSync(process.execPath, [join(here, 'lib/speed-child.mjs'), name, String(count), String(ROUNDS)], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .at(-1),
  ).ns;
// Cold start as a user meets it: `node app.mjs`, whose first statement starts the clock, then imports the core
// and scores once (a script file; `node -e` adds its own ES-module evaluation cost of ≈ 5–8 ms).
const coldScript = join(mkdtempSync(join(tmpdir(), 'detente-cold-')), 'cold.mjs');
writeFileSync(
  coldScript,
  `const t0 = performance.now();
const { createScorer } = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)});
createScorer().score('There is no trade space there — none.');
console.log(performance.now() - t0);
`,
);
function coldStart() {
  return Number(execFileSync(process.execPath, [coldScript], { encoding: 'utf8' }).trim());
}
// Measured first, before the throughput runs heat the machine up.
const colds = [0, 1, 2, 3, 4, 5, 6].map(coldStart);
rmSync(dirname(coldScript), { recursive: true, force: true });

// Each contender runs in a fresh process, twice, alternating, so that machine load drifts over all of them.
const samples = new Map(contenders.map(([name]) => [name, []]));
for (let pass = 0; pass < 2; pass++) for (const [name, count] of contenders) samples.get(name).push(child(name, count));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const best = (xs) => Math.min(...xs);
const rows = contenders.map(([name]) => ({
  name: name === 'wink-nlp' ? 'wink-nlp readDoc' : name,
  module: module(name),
  ns: best(samples.get(name)),
}));
const detenteNs = rows[0].ns;

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const lines = [
  '# Scoring speed',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${COUNT.toLocaleString('en-US')} generated statements ` +
    `(mean ${fmt(meanWords(texts), 1)} words, benchmarks/lib/corpus.mjs); each scorer in its own process, median of ${ROUNDS} passes, best of 2 alternating runs; one core. ` +
    'Ratio = detente throughput ÷ peer throughput (above 1: detente is faster). detente returns the full ToneScore ' +
    '(evidence with spans, modifiers, dimensions) for every statement.',
  '',
  '| scorer | package | statements/s | ns/statement | detente ÷ peer |',
  '|---|---|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.module} | ${fmt(1e9 / r.ns)} | ${fmt(r.ns)} | ${r.name === 'detente' ? '—' : `${fmt(r.ns / detenteNs, 2)}×`} |`,
  ),
  '',
  `Cold start (fresh process running a script file: \`import\` of the core + first \`score()\`): median ${fmt(median(colds), 1)} ms, fastest ${fmt(Math.min(...colds), 1)} ms ` +
    `(runs: ${colds.map((c) => fmt(c, 1)).join(', ')} ms). Target ≤ 50 ms.`,
  '',
  `Versions: ${['sentiment', 'wink-sentiment', 'vader-sentiment', 'natural', 'wink-nlp'].map(versionOf).join(', ')}.`,
];
console.log(lines.join('\n'));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results/speed.md'), `${lines.join('\n')}\n`);
