#!/usr/bin/env node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
/**
 * Compiles the default lexicon set (English core + diplomacy pack) into
 * src/lexicon/generated/default-lexicon.json, which the core loads at start-up instead of compiling (the
 * "edit, compile, ship" pattern: people edit lexicons/**.json; this generates the fast form). Runs before
 * every build; `--check` exits 1 when the committed file is stale.
 */
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/lexicon/generated/default-lexicon.json');
const dir = mkdtempSync(join(tmpdir(), 'detente-precompile-'));
try {
  const outfile = join(dir, 'precompile.mjs');
  await build({
    entryPoints: [join(root, 'src/lexicon/precompile-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
  });
  const { precompileDefault } = await import(pathToFileURL(outfile).href);
  const text = `${JSON.stringify(precompileDefault())}\n`;
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('src/lexicon/generated/default-lexicon.json is stale: run `node scripts/precompile-lexicons.mjs`');
      process.exit(1);
    }
  } else if (current !== text) {
    writeFileSync(target, text);
    console.error(`precompiled the default lexicon (${(text.length / 1024).toFixed(0)} KB)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
