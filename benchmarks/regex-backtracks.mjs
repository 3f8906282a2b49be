/**
 * Measures, for every audited regex in src/ (tests/reliability/regex-audit.ts) and the catastrophic controls,
 * the smallest backtrack budget c·n (c = 1, 2, 4 … 64) that its adversarial input of n = 1k / 10k / 100k
 * characters stays within, using V8's backtrack counter in child processes (tests/reliability/regex-probe.mjs).
 * A linear regex shows the same factor at every size; a catastrophic one exceeds 64n. Prints a markdown table.
 * Run: `node benchmarks/regex-backtracks.mjs`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = await build({
  entryPoints: [join(root, 'tests/reliability/regex-audit.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const { AUDIT, CONTROLS } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
const all = [...AUDIT, ...CONTROLS];
const SIZES = [1_000, 10_000, 100_000];
const FACTORS = [1, 2, 4, 8, 16, 32, 64];
const sourceOf = (a) => {
  const l = a.twin ?? a.literal;
  return l.slice(1, l.lastIndexOf('/'));
};
const table = all.map(() => []);
for (const n of SIZES) {
  const input = JSON.stringify(all.map((a) => ({ literal: a.twin ?? a.literal, use: a.use, input: a.attack(n) })));
  const need = all.map(() => undefined);
  for (const c of FACTORS) {
    const flags = [
      '--no-regexp-optimization',
      '--enable-experimental-regexp-engine',
      '--enable-experimental-regexp-engine-on-excessive-backtracks',
      `--regexp-backtracks-before-fallback=${c * n}`,
      '--trace-experimental-regexp-engine',
    ];
    const r = spawnSync(process.execPath, [...flags, join(root, 'tests/reliability/regex-probe.mjs')], {
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 27,
    });
    const tripped = new Set();
    for (const line of r.stdout.split('\n')) {
      const m = /^Experimental execution .*<String\[\d+\]: (?:#(.*)|"(.*)")>$/.exec(line);
      if (m) tripped.add(m[1] ?? m[2].replaceAll('\\\\', '\\'));
    }
    all.forEach((a, i) => {
      if (need[i] === undefined && !tripped.has(sourceOf(a))) need[i] = `≤ ${c}n`;
    });
  }
  for (const [i] of all.entries()) table[i].push(need[i] ?? '> 64n');
}
console.log('| regex | file | 1k | 10k | 100k |\n|---|---|---|---|---|');
for (const [i, a] of all.entries())
  console.log(`| \`${a.literal.replaceAll('|', '\\|')}\` | ${a.file} | ${table[i].join(' | ')} |`);
