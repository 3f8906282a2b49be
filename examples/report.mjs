#!/usr/bin/env node
/**
 * The example report: scores examples/statements.csv, renders it with detente/report (tone by date, who moved
 * between the first and last date) and writes one self-contained HTML file — examples/report.html, or the
 * path given as the first argument. Prints the path. `npm run demo` runs it after the demo.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsvRows } from '../dist/csv.js';
import { createScorer } from '../dist/index.js';
import { renderReport } from '../dist/report.js';

const input = fileURLToPath(new URL('./statements.csv', import.meta.url));
const output = resolve(process.argv[2] ?? fileURLToPath(new URL('./report.html', import.meta.url)));

const scorer = createScorer();
const rows = [];
for await (const row of readCsvRows(input)) rows.push({ ...row, tone: scorer.score(row.text) });

const html = renderReport(rows, {
  title: 'Example report: border talks, March 2026',
  subtitle: 'examples/statements.csv (invented statements)',
  by: 'date',
});
writeFileSync(output, html);
const speakers = new Set(rows.map((r) => r.speaker)).size;
console.log(
  `report of ${rows.length} statements by ${speakers} speakers (${(html.length / 1024).toFixed(0)} KB): ${output}`,
);
