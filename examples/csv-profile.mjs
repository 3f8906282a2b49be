#!/usr/bin/env node
/**
 * Score a CSV corpus (examples/statements.csv) into a temporary file, then profile the speakers by date and
 * compare two dates: did both sides scale back their rhetoric?
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvRows, scoreCsv } from '../dist/csv.js'; // in your project: 'detente/csv'
import { compareGroups, createScorer, profileSpeakers } from '../dist/index.js'; // in your project: 'detente'

const input = new URL('./statements.csv', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'detente-example-'));
try {
  const summary = await scoreCsv({ input, output: join(dir, 'scored.csv'), text: 'text' });
  console.log(`rows read ${summary.rowsRead} = scored ${summary.rowsScored} + reported ${summary.rowsReported}`);

  const scorer = createScorer();
  const rows = [];
  for await (const row of readCsvRows(input)) rows.push({ ...row, tone: scorer.score(String(row.text ?? '')) });
  for (const p of profileSpeakers(rows).profiles) {
    console.log(`${p.speaker.padEnd(28)} mean ${p.mean.toFixed(3)} over ${p.count} statements`);
  }
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  const shift = compareGroups(rows, dates[0], dates.at(-1), { by: 'date', resamples: 500, seed: 1 });
  for (const s of shift.speakers) console.log(s.summary);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
