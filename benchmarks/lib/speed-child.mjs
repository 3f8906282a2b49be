/**
 * One contender of the speed benchmark, in its own process (so no scorer pays for another's heap or garbage):
 * `node speed-child.mjs NAME COUNT ROUNDS` prints the median ns/statement of ROUNDS passes over the corpus.
 */
import { statements } from './corpus.mjs';
import { loadPeers } from './peers.mjs';

const [name, count, rounds] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const texts = statements(count, 7);
let score;
if (name === 'detente') {
  const { createScorer } = await import('../../dist/index.js');
  const scorer = createScorer();
  score = (t) => scorer.score(t).score;
} else {
  const peer = (await loadPeers()).find((p) => p.name === name);
  if (!peer) throw new Error(`unknown contender ${name}`);
  score = peer.score;
}
const pass = (list) => {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const text of list) sink += score(text) || 0;
  const ns = Number(process.hrtime.bigint() - start);
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return ns / list.length;
};
pass(texts.slice(0, Math.min(2000, texts.length))); // warm-up
const samples = Array.from({ length: rounds }, () => pass(texts)).sort((a, b) => a - b);
console.log(JSON.stringify({ name, ns: samples[Math.floor(samples.length / 2)] }));
