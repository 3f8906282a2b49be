#!/usr/bin/env node
/**
 * `npm run demo`: scores the quotes of the Geneva-talks article (examples/geneva-quotes.jsonl, each with its
 * speaker) and prints each statement's speaker, score, label and evidence, then a per-speaker summary.
 */
import { readFileSync } from 'node:fs';
import { createScorer } from '../dist/index.js';

const rows = readFileSync(new URL('./geneva-quotes.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));

const scorer = createScorer();
const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
const LABEL_COLOUR = { conciliatory: 32, confrontational: 31, mixed: 33, neutral: 90 };

console.log(
  `detente demo: ${rows.length} quotes from the Geneva-talks article, scored with ${scorer.modules.join(', ')}\n`,
);
const bySpeaker = new Map();
for (const { speaker, text } of rows) {
  const result = scorer.score(text);
  const label = paint(LABEL_COLOUR[result.label], result.label.padEnd(15));
  console.log(`${speaker.padEnd(18)} ${result.score.toFixed(3).padStart(7)}  ${label} “${text}”`);
  for (const e of result.evidence) {
    const mods = e.modifiers.map((m) => `${m.type} “${m.term}” ×${m.factor}`).join(', ');
    console.log(`${' '.repeat(44)}↳ ${e.term} · ${e.dimension} ${e.weight}${mods ? ` (${mods})` : ''}`);
  }
  const s = bySpeaker.get(speaker) ?? { n: 0, sum: 0 };
  s.n++;
  s.sum += result.score;
  bySpeaker.set(speaker, s);
}
console.log('\nMean score by speaker (−1 confrontational … +1 conciliatory):');
for (const [speaker, { n, sum }] of [...bySpeaker].sort((a, b) => b[1].sum / b[1].n - a[1].sum / a[1].n)) {
  console.log(`  ${speaker.padEnd(18)} ${(sum / n).toFixed(3).padStart(7)}  (${n} quote${n === 1 ? '' : 's'})`);
}
