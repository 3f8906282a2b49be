#!/usr/bin/env node
/**
 * From articles to "who moved, and when": the statements of every article in articles.csv (id, date, outlet,
 * text), one identity per speaker across the articles, sides from aliases.csv, then the mean score by side and
 * ISO week and a trend per side and per speaker. The same as:
 *   npx detente extract --articles examples/articles.csv --aliases examples/aliases.csv -o statements.csv
 *   npx detente profile statements.csv --speaker speaker --by date --bin week
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../dist/attribution.js'; // in your project: 'detente/attribution'
import { readCsvRows } from '../dist/csv.js'; // in your project: 'detente/csv'
import { createScorer, parseAliases, profileSpeakers, resolveSpeakers, trends } from '../dist/index.js'; // 'detente'

const here = (name) => new URL(name, import.meta.url).pathname;
const scorer = createScorer();
const statements = [];
for await (const { text, ...metadata } of readCsvRows(here('articles.csv'))) {
  // Each statement carries its article's id, date and outlet.
  statements.push(...analyzeArticle(text, { scorerInstance: scorer, metadata }).statements);
}
const aliases = parseAliases(readFileSync(here('aliases.csv'), 'utf8'), 'csv', 'aliases.csv');
const { rows, identities } = resolveSpeakers(statements, { aliases, documentField: 'id' });
console.log(`${rows.length} statements, ${identities.length} speakers: ${identities.map((i) => i.name).join(', ')}`);

const weekly = { field: 'date', bin: 'week' };
const grid = profileSpeakers(rows, { speakerField: 'side', by: weekly, unattributed: 'skip' });
console.log(`\nside      ${grid.groups.map((g) => g.padStart(11)).join('')}`);
for (const side of new Set(grid.profiles.map((p) => p.speaker))) {
  const cells = grid.groups.map((g) => {
    const p = grid.profiles.find((x) => x.speaker === side && x.group === g);
    return (p === undefined ? '·' : `${p.mean.toFixed(2)} (${p.count})`).padStart(11);
  });
  console.log(`${side.padEnd(10)}${cells.join('')}`);
}

for (const series of ['side', 'speaker']) {
  console.log(`\nTrends by ${series}:`);
  for (const t of trends(rows, { time: 'date', bin: 'week', series, unattributed: 'skip' }).series) {
    console.log(`  ${t.summary}`);
  }
}
