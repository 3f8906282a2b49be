/**
 * Smoke test of the dev-time coverage report (tools/lexicon-coverage.mjs and tools/coverage/): it runs on a tiny
 * corpus from a clone and reports what the README says it does.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { halfOf } from '../../benchmarks/lib/split.mjs';
import { ensureBuilt, file, ROOT, tempDir } from '../cli/helpers.js';

const TOOL = join(ROOT, 'tools/lexicon-coverage.mjs');
let dir = '';

function coverage(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const out = spawnSync(process.execPath, [TOOL, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

/** The first id of the form `${prefix}N` that falls in `half`. */
function idIn(half: 'A' | 'B', prefix: string): string {
  for (let n = 0; ; n++) if (halfOf(`${prefix}${n}`) === half) return `${prefix}${n}`;
}

/** The table row of a section whose first cell is `first`. */
function rowOf(report: string, section: string, first: string): string | undefined {
  const body = report.split('## ').find((s) => s.startsWith(section)) ?? '';
  return body.split('\n').find((line) => line.startsWith(`| ${first} |`));
}

const ROWS = [
  ['The flurgle was repaired.', 'conciliatory'],
  ['They flurgled all night, and the blue widget broke.', 'confrontational'],
  ['Flurgling again? The blue widget is gone.', 'confrontational'],
  ['A threatan came from the harbour.', ''],
  ['Another threatan, said the clerk.', ''],
  ['They threatened the clerk and issued an ultimatum.', 'confrontational'],
];

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  const lines = ROWS.map(([text, label], i) => `${idIn('A', `a${i}-`)}\t${text}\t${label}`);
  lines.push(`${idIn('A', 'only-a-')}\tThe quibbleforth arrived.\t`);
  lines.push(`${idIn('B', 'only-b-')}\tThe snorkelbloom arrived.\t`);
  file(dir, 'tiny.tsv', `id\ttext\tclass\n${lines.join('\n')}\n`);
  file(dir, 'tiny.txt', 'The flurgle was repaired.\nThey flurgled all night.\n');
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run lexicon:coverage', () => {
  it('groups unmatched words by stem, counts texts and gold poles, and leaves matched words out', () => {
    const { code, stdout } = coverage(join(dir, 'tiny.tsv'), '--half', 'all', '--min', '2');
    expect(code).toBe(0);
    const flurgle = rowOf(stdout, 'Unmatched words', 'flurgl');
    expect(flurgle).toBeDefined();
    expect(flurgle).toMatch(/flurgle/);
    expect(flurgle).toMatch(/flurgled/);
    expect(flurgle).toMatch(/flurgling/);
    expect(flurgle).toMatch(/\| 3 \| 3 \| 1\/2 \|$/); // 3 occurrences in 3 texts, 1 conciliatory / 2 confrontational
    // "threatened" lies in a hit of "threaten": it is covered, not listed.
    expect(rowOf(stdout, 'Unmatched words', 'threaten')).toBeUndefined();
    // --min 2: a word of one text is not listed.
    expect(rowOf(stdout, 'Unmatched words', 'quibbleforth')).toBeUndefined();
  });

  it('lists unmatched phrases inside a clause', () => {
    const { stdout } = coverage(join(dir, 'tiny.tsv'), '--half', 'all', '--min', '2');
    expect(rowOf(stdout, 'Unmatched phrases', 'blue widget')).toMatch(/\| 2 \| 2 \|/);
    // "night, and the blue" crosses a comma: never a phrase.
    expect(stdout).not.toMatch(/night and/);
  });

  it('proposes spelling neighbours and stem siblings of existing entries, and entries that fired once', () => {
    const { stdout } = coverage(join(dir, 'tiny.tsv'), '--half', 'all', '--min', '2');
    expect(rowOf(stdout, 'Candidate synonyms', 'threatan')).toMatch(/threaten \(threat -6\)/);
    const once = rowOf(stdout, 'Entries that fired on one text only', 'issue ultimatum');
    expect(once).toMatch(/en\/confrontational \| They threatened the clerk and issued an ultimatum\./);
  });

  it('keeps to the requested half of the benchmarks split', () => {
    const a = coverage(join(dir, 'tiny.tsv'), '--half', 'A', '--min', '1');
    expect(a.stdout).toMatch(/\| quibbleforth \|/);
    expect(a.stdout).not.toMatch(/snorkelbloom/);
    const b = coverage(join(dir, 'tiny.tsv'), '--half', 'B', '--min', '1');
    expect(b.stdout).toMatch(/\| snorkelbloom \|/);
    expect(b.stdout).not.toMatch(/quibbleforth/);
  });

  it('reads plain text, one statement a line', () => {
    const { code, stdout } = coverage(join(dir, 'tiny.txt'), '--half', 'all', '--min', '2');
    expect(code).toBe(0);
    expect(rowOf(stdout, 'Unmatched words', 'flurgl')).toMatch(/\| 2 \| 2 \| 0\/0 \|$/);
  });

  it('refuses a bad option or a missing column with exit 2 and a message', () => {
    const bad = coverage('--tpo', '3');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option --tpo/);
    const column = coverage(join(dir, 'tiny.tsv'), '--column', 'quote');
    expect(column.code).toBe(2);
    expect(column.stderr).toMatch(/no column "quote" \(columns: id, text, class\)/);
  });
});
