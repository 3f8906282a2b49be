#!/usr/bin/env node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
/**
 * Generates what the published entries ship from lexicons/ (the "edit, compile, ship" pattern: people edit
 * lexicons/**.json; this writes the fast forms):
 *   src/lexicon/generated/builtin-modules.json   every built-in module, by column, without entry notes
 *   src/lexicon/generated/default-lexicon.json   the default set (English core + diplomacy), compiled
 * Runs before every build; `--check` exits 1 when a committed file is stale.
 */
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generated = join(root, 'src/lexicon/generated');
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
  const { builtinModuleColumns, precompileDefault } = await import(pathToFileURL(outfile).href);
  const files = [
    ['builtin-modules.json', builtinModuleColumns()],
    ['default-lexicon.json', precompileDefault()],
  ];
  let stale = 0;
  for (const [name, data] of files) {
    const target = join(generated, name);
    const text = `${JSON.stringify(data)}\n`;
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current === text) continue;
    if (process.argv.includes('--check')) {
      console.error(`src/lexicon/generated/${name} is stale: run \`node scripts/precompile-lexicons.mjs\``);
      stale++;
    } else {
      writeFileSync(target, text);
      console.error(`generated src/lexicon/generated/${name} (${(text.length / 1024).toFixed(0)} KB)`);
    }
  }
  if (stale > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
