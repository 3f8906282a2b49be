// detente/csv as a CommonJS consumer sees it (the worker script resolves from __dirname).
const assert = require('node:assert/strict');
const { mkdtempSync, readFileSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { scoreCsv } = require('detente/csv');

async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'detente-csv-'));
  const input = join(dir, 'in.csv');
  writeFileSync(input, 'id,text\n1,We reject this.\n2,We welcome the talks.\n3,\n');
  const summary = await scoreCsv({ input, output: join(dir, 'out.csv'), text: 'text', workers: 2 });
  assert.equal(summary.rowsScored, 3);
  assert.match(readFileSync(join(dir, 'out.csv'), 'utf8'), /tone_label/);
  console.log('cjs csv: ok');
}
run().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
