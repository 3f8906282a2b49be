/**
 * Scoring speed: detente and the peers a user would otherwise pick, on one deterministic corpus, in one
 * run, interleaved rounds, median of rounds. Prints statements/s, ns/statement and detente's throughput
 * relative to each peer; measures cold start (import of the core + first score) in fresh processes.
 * Writes benchmarks/results/speed.md. `STATEMENTS=…` and `ROUNDS=…` change the size.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScorer } from '../dist/index.js';
import { meanWords, statements } from './lib/corpus.mjs';
import { loadPeers, versionOf } from './lib/peers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const COUNT = Number(process.env.STATEMENTS ?? 20_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const texts = statements(COUNT, 7);

const scorer = createScorer();
const contenders = [
  { name: 'detente', module: `detente (${scorer.modules.length} modules)`, score: (t) => scorer.score(t).score },
  ...(await loadPeers()).filter((p) => p.name !== 'wink-nlp'),
];
// wink-nlp's readDoc is a full NLP pipeline (≈30 µs a statement): measured on a tenth of the corpus.
const winkNlp = (await loadPeers()).find((p) => p.name === 'wink-nlp');

function timeOnce(contender, list) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const text of list) sink += contender.score(text) || 0;
  const ns = Number(process.hrtime.bigint() - start);
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return ns / list.length;
}

const samples = new Map(contenders.map((c) => [c.name, []]));
for (const c of contenders) timeOnce(c, texts.slice(0, 2000)); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const c of contenders) samples.get(c.name).push(timeOnce(c, texts));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = contenders.map((c) => ({ name: c.name, module: c.module, ns: median(samples.get(c.name)) }));
if (winkNlp) {
  const tenth = texts.slice(0, Math.max(200, Math.floor(COUNT / 10)));
  timeOnce(winkNlp, tenth.slice(0, 100));
  rows.push({ name: 'wink-nlp readDoc', module: winkNlp.module, ns: median([0, 1, 2].map(() => timeOnce(winkNlp, tenth))) });
}
const detenteNs = rows[0].ns;

function coldStart() {
  const script = `const t0 = performance.now(); const { createScorer } = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)});
createScorer().score('There is no trade space there — none.'); console.log(performance.now() - t0);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim());
}
const colds = [0, 1, 2, 3, 4].map(coldStart);

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const lines = [
  '# Scoring speed',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${COUNT.toLocaleString('en-US')} generated statements ` +
    `(mean ${fmt(meanWords(texts), 1)} words, benchmarks/lib/corpus.mjs), median of ${ROUNDS} interleaved rounds, one core. ` +
    'Ratio = detente throughput ÷ peer throughput (above 1: detente is faster). detente returns the full ToneScore ' +
    '(evidence with spans, modifiers, dimensions) for every statement.',
  '',
  '| scorer | package | statements/s | ns/statement | detente ÷ peer |',
  '|---|---|---:|---:|---:|',
  ...rows.map((r) => `| ${r.name} | ${r.module} | ${fmt(1e9 / r.ns)} | ${fmt(r.ns)} | ${r.name === 'detente' ? '—' : `${fmt(r.ns / detenteNs, 2)}×`} |`),
  '',
  `Cold start (fresh process: \`import\` of the core + first \`score()\`): median ${fmt(median(colds), 1)} ms ` +
    `(runs: ${colds.map((c) => fmt(c, 1)).join(', ')} ms). Target ≤ 50 ms.`,
  '',
  `Versions: ${['sentiment', 'wink-sentiment', 'vader-sentiment', 'natural', 'wink-nlp'].map(versionOf).join(', ')}.`,
];
console.log(lines.join('\n'));
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results/speed.md'), `${lines.join('\n')}\n`);
