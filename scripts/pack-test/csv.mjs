// detente/csv as an ESM consumer sees it: rows in memory, then files on two worker threads.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreCsv, scoreRows } from 'detente/csv';

const rows = [];
for await (const row of scoreRows([{ id: 1, quote: 'There is no trade space there — none.' }], { text: 'quote' }))
  rows.push(row);
assert.equal(rows[0].tone_label, 'confrontational');

const dir = mkdtempSync(join(tmpdir(), 'detente-csv-'));
const input = join(dir, 'in.csv');
const lines = ['id,text'];
for (let i = 0; i < 200; i++) lines.push(`${i},"There is no trade space there — none, said speaker ${i}."`);
writeFileSync(input, `${lines.join('\n')}\n`);
const summary = await scoreCsv({ input, output: join(dir, 'out.csv'), text: 'text', workers: 2 });
assert.equal(summary.rowsScored, 200);
assert.equal(readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n').length, 201);
console.log('esm csv: ok');
