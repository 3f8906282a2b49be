/** The runnable scripts in examples/ run against the build and print what their READMEs promise. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, requireBuilt } from './dist-files.js';

function run(script: string, ...args: string[]): string {
  requireBuilt('index.js');
  return execFileSync(process.execPath, [join(ROOT, 'examples', script), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('examples/', () => {
  it('score-sentence.mjs explains a score', () => {
    const out = run('score-sentence.mjs', 'There is no trade space there — none.');
    expect(out).toContain('confrontational');
    expect(out).toContain('"no trade space" [9, 23)');
  });

  it('custom-lexicon.mjs: every entry of the example module matches alone, and scores a sentence with it', () => {
    const out = run('custom-lexicon.mjs');
    expect(out).toContain('every entry matches alone');
    expect(out).toContain('acme/shipping@1.0.0');
  });

  it('article-speakers.mjs finds the speakers of the sample article', () => {
    const out = run('article-speakers.mjs');
    expect(out).toMatch(/Marta Ferreira\s+direct\s+conciliatory/);
    expect(out).toMatch(/Tomas Berg\s+direct\s+confrontational\s+There is no trade space/);
  });

  it('csv-profile.mjs accounts for every row and compares two dates', () => {
    const out = run('csv-profile.mjs');
    expect(out).toMatch(/rows read (\d+) = scored \1 \+ reported 0/);
    expect(out).toMatch(/moved toward|not enough statements/);
  });

  it('demo.mjs scores the Geneva quotes with their speakers', () => {
    const out = run('demo.mjs');
    expect(out).toContain('22 quotes');
    expect(out).toMatch(/Antony J\. Blinken\s+-0\.571\s+confrontational\s+“There is no trade space there — none,”/);
  });

  it('report.mjs writes the example report and prints its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'detente-example-report-'));
    try {
      const path = join(dir, 'report.html');
      const out = run('report.mjs', path);
      expect(out).toMatch(/^report of 15 statements by 4 speakers \(\d+ KB\): /);
      expect(out.trim().endsWith(path)).toBe(true);
      const html = readFileSync(path, 'utf8');
      expect(html).toContain('<title>Example report: border talks, March 2026</title>');
      expect([...html.matchAll(/<svg\b/g)]).toHaveLength(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
