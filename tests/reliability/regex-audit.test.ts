/**
 * No regular expression in src/ can backtrack catastrophically. Two checks:
 * 1. Inventory: every regex literal (and `new RegExp`) in src/, found with the TypeScript parser, is in the
 *    audit (regex-audit.ts), and the audit lists nothing that is gone.
 * 2. Step bound: each regex runs on its adversarial input at 1k / 10k / 100k characters in a child process
 *    under V8's backtrack counter (regex-probe.mjs), which may count at most 16n backtracks per execution (all
 *    start positions of an unanchored search included). Measured, every audited regex needs ≤ 8n at each size
 *    (benchmarks/regex-backtracks.mjs prints the table); the controls need more than 64n. `--no-regexp-optimization` is needed: optimised
 *    greedy loops over one character class step back without counting. Known-catastrophic controls
 *    (exponential, quadratic in one attempt, quadratic across start positions) must trip the same bound, or
 *    the probe would prove nothing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { AUDIT, type AuditedRegex, CONTROLS } from './regex-audit.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROBE = fileURLToPath(new URL('./regex-probe.mjs', import.meta.url));
const SIZES = [1_000, 10_000, 100_000];
/** Backtracks allowed per input character: twice the largest factor measured on the audited regexes. */
const LINEAR_FACTOR = 16;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** `file|literal` for every regex literal in src/; `new RegExp(…)` is reported with its call text. */
function regexesInSource(): string[] {
  const found: string[] = [];
  for (const path of sourceFiles(join(ROOT, 'src'))) {
    const file = relative(ROOT, path).split('\\').join('/');
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(`${file}|${node.getText(sf)}`);
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(sf) === 'RegExp') {
        found.push(`${file}|${node.getText(sf)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return [...new Set(found)].sort();
}

const probed = (a: AuditedRegex): string => a.twin ?? a.literal;
const sourceOf = (literal: string): string => literal.slice(1, literal.lastIndexOf('/'));

interface ProbeRun {
  tripped: Set<string>;
  results: { literal: string; watched: boolean }[];
}

/** Runs `cases` at size `n` under the backtrack budget of their group; returns the sources that tripped it. */
function probe(cases: readonly AuditedRegex[], n: number, budget: number): ProbeRun {
  const input = JSON.stringify(cases.map((a) => ({ literal: probed(a), use: a.use, input: a.attack(n) })));
  const flags = [
    '--no-regexp-optimization',
    '--enable-experimental-regexp-engine',
    '--enable-experimental-regexp-engine-on-excessive-backtracks',
    `--regexp-backtracks-before-fallback=${budget}`,
    '--trace-experimental-regexp-engine',
  ];
  const run = spawnSync(process.execPath, [...flags, PROBE], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(run.status, run.stderr).toBe(0);
  const tripped = new Set<string>();
  for (const line of run.stdout.split('\n')) {
    // V8 prints the source as `#source` (internalized) or `"source"` with backslashes doubled.
    const m = /^Experimental execution .*<String\[\d+\]: (?:#(.*)|"(.*)")>$/.exec(line);
    if (m?.[1] !== undefined) tripped.add(m[1]);
    if (m?.[2] !== undefined) tripped.add(m[2].replaceAll('\\\\', '\\'));
  }
  return { tripped, results: JSON.parse(run.stderr.trim().split('\n').pop() ?? '[]') };
}

describe('regular expressions in src/', () => {
  it('every regex in src/ is audited, and the audit lists nothing that is gone', () => {
    const inSource = regexesInSource();
    const audited = [...new Set(AUDIT.map((a) => `${a.file}|${a.literal}`))].sort();
    expect(
      inSource.filter((r) => !audited.includes(r)),
      'regexes in src/ missing from regex-audit.ts',
    ).toEqual([]);
    expect(
      audited.filter((r) => !inSource.includes(r)),
      'audited regexes no longer in src/',
    ).toEqual([]);
  });

  it('twins of u/i regexes agree with the original on their attack inputs', () => {
    for (const a of AUDIT.filter((x) => x.twin !== undefined && /[ui]$/.test(x.literal))) {
      const flagsOf = (l: string): string => l.slice(l.lastIndexOf('/') + 1);
      const original = new RegExp(sourceOf(a.literal), flagsOf(a.literal));
      const twin = new RegExp(sourceOf(a.twin as string), flagsOf(a.twin as string));
      for (const text of [a.attack(40), a.attack(40).slice(0, -1), a.attack(1)])
        expect(twin.test(text), a.literal).toBe(original.test(text));
    }
  });

  it.each(SIZES)('on adversarial inputs of %i characters: at most 16n backtracks, controls trip', (n) => {
    const { tripped, results } = probe([...AUDIT, ...CONTROLS], n, LINEAR_FACTOR * n);
    expect(results).toHaveLength(AUDIT.length + CONTROLS.length);
    // Each regex (or its twin) must be one the counter watches, or a clean run would prove nothing.
    expect(results.filter((r) => !r.watched).map((r) => r.literal)).toEqual([]);
    expect(AUDIT.filter((a) => tripped.has(sourceOf(probed(a)))).map((a) => a.literal)).toEqual([]);
    expect(CONTROLS.filter((a) => !tripped.has(sourceOf(probed(a)))).map((a) => a.literal)).toEqual([]);
  });
});
