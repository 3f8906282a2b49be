/**
 * The README's code blocks import what they call: a block that has imports (a snippet meant to be pasted and
 * run) imports every detente export and Node built-in it calls. A new user copied a block that called
 * readFileSync without importing it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as attribution from '../../src/attribution/index.js';
import * as csv from '../../src/csv/index.js';
import * as core from '../../src/index.js';
import * as report from '../../src/report/index.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Node built-ins the README's snippets use. */
const NODE = [
  'readFileSync',
  'writeFileSync',
  'createReadStream',
  'createWriteStream',
  'pipeline',
  'readFile',
  'writeFile',
];
const EXPORTS = new Set(
  [core, attribution, csv, report].flatMap((m) => Object.keys(m)).filter((k) => /^[a-z]/.test(k)),
);

/** The ```ts / ```js blocks of the README, with the line each starts on. */
function blocks(): { line: number; code: string }[] {
  const out: { line: number; code: string }[] = [];
  const re = /^```(?:ts|js|typescript|javascript)\n([\s\S]*?)^```/gm;
  for (const m of README.matchAll(re))
    out.push({ line: README.slice(0, m.index).split('\n').length, code: m[1] as string });
  return out;
}

describe('README snippets', () => {
  it('finds the blocks it checks', () => {
    expect(blocks().filter((b) => /^import /m.test(b.code)).length).toBeGreaterThan(8);
  });

  it('import every detente export and Node built-in they call', () => {
    const missing: string[] = [];
    for (const { line, code } of blocks()) {
      if (!/^import /m.test(code)) continue; // a fragment that continues the block before it
      const imported = new Set(
        [...code.matchAll(/^import\s+(?:type\s+)?\{([^}]*)\}\s+from/gm)].flatMap((m) =>
          (m[1] as string).split(',').map(
            (n) =>
              n
                .trim()
                .split(/\s+as\s+/)
                .at(-1) ?? '',
          ),
        ),
      );
      const called = new Set(
        [...code.matchAll(/(?<![.\w])([a-zA-Z]\w*)\(/g)]
          .map((m) => m[1] as string)
          .filter((n) => NODE.includes(n) || EXPORTS.has(n)),
      );
      for (const name of called) if (!imported.has(name)) missing.push(`README.md:${line}: ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
