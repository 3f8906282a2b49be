#!/usr/bin/env node
/**
 * Browser bundle sizes of the core entry (esbuild, platform browser, minified; gzip level 9): the
 * scorer-only import users' bundlers get from dist/ (after `npm run build`), the same from src/, every core
 * export, and the code alone with the lexicons left out, plus the largest modules in the scorer-only bundle.
 *
 *   node scripts/bundle-size.mjs        (npm run size)
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCore } from './lib/bundle-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCORER_ONLY = "export { createScorer } from 'detente';";
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const rows = [];
const add = async (name, options) => {
  const b = await bundleCore(options);
  if (b.nodeImports.length > 0) {
    const list = b.nodeImports.map((i) => `${i.path} (from ${i.importer})`).join(', ');
    throw new Error(`${name}: the browser bundle needs Node built-ins: ${list}`);
  }
  rows.push({ name, min: b.bytes, gzip: b.gzipBytes });
  return b;
};

if (existsSync(join(root, 'dist/index.js')))
  await add('scorer only, dist (what bundlers get)', { from: 'dist', code: SCORER_ONLY });
else console.log('(no dist/index.js: run npm run build for the dist row)');
const scorer = await add('scorer only, src', { from: 'src', code: SCORER_ONLY });
await add('every core export, src', { from: 'src', code: "export * from 'detente';" });

console.log('| bundle | minified | gzipped |\n| --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.name} | ${kb(r.min)} | ${kb(r.gzip)} |`);

const lexiconBytes = scorer.byInput.filter((i) => i.file.endsWith('.json')).reduce((s, i) => s + i.bytes, 0);
console.log(
  `\nscorer only, src: lexicon JSON is ${kb(lexiconBytes)} of ${kb(scorer.bytes)} minified ` +
    `(${((100 * lexiconBytes) / scorer.bytes).toFixed(0)}%). Largest modules:`,
);
for (const i of scorer.byInput.slice(0, 10)) console.log(`  ${kb(i.bytes).padStart(9)}  ${i.file}`);
