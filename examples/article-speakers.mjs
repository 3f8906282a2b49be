#!/usr/bin/env node
/** Who said what in an article, with each statement's tone and a per-speaker profile. */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../dist/attribution.js'; // in your project: from 'detente/attribution'

const file = process.argv[2] ?? new URL('./article.txt', import.meta.url);
const { statements, profile } = analyzeArticle(readFileSync(file, 'utf8'));
for (const s of statements) {
  console.log(`${(s.speaker ?? '(unknown)').padEnd(28)} ${s.kind.padEnd(8)} ${s.tone.label.padEnd(15)} ${s.text}`);
}
console.log('\nBy speaker:');
for (const p of profile.profiles) console.log(`  ${p.speaker.padEnd(28)} mean ${p.mean.toFixed(3)} over ${p.count}`);
