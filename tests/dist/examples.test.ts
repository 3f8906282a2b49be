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

  it('corpus-trends.mjs goes from articles to trends by side, with the numbers extract → profile prints', () => {
    const out = run('corpus-trends.mjs');
    expect(out).toMatch(
      /^32 statements, 5 speakers: Anna Berg, Tomas Halvik, Estavian Foreign Ministry, Ole Strand, Maria Costa$/m,
    );
    // The README's worked example shows these numbers: every table row and trend line it prints is printed here.
    const squash = (line: string): string => line.trim().replace(/\s+/g, ' ');
    const printed = new Set(out.split('\n').map(squash));
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf('Mean score by side and week (statements):'));
    const shown = block
      .slice(0, block.indexOf('```'))
      .split('\n')
      .filter((l) => /^(Norland|Estavia|mediator) /.test(l) || /^ {2}\S.*(softened|hardened|not enough)/.test(l));
    expect(shown.length).toBeGreaterThanOrEqual(8);
    for (const line of shown) expect(printed, line).toContain(squash(line));
    expect(out).toMatch(/^ {2}Estavia hardened: toward confrontational by /m);
    expect(out).toMatch(/^ {2}Norland softened: toward conciliatory by /m);
    expect(out).toMatch(/^ {2}mediator: not enough statements /m);
    // The README's command-line route gives the same trend lines.
    const dir = mkdtempSync(join(tmpdir(), 'detente-examples-'));
    try {
      const cli = (...args: string[]) =>
        execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], {
          encoding: 'utf8',
          cwd: ROOT,
          timeout: 60_000,
        });
      cli(
        'extract',
        '--articles',
        'examples/articles.csv',
        '--aliases',
        'examples/aliases.csv',
        '-o',
        join(dir, 's.csv'),
        '-q',
      );
      const profile = cli('profile', join(dir, 's.csv'), '--speaker', 'speaker', '--by', 'date', '--bin', 'week');
      const sideLines = (text: string) => text.split('\n').filter((l) => /^ {2}(Norland|Estavia|mediator)\b/.test(l));
      expect(sideLines(profile)).toEqual(sideLines(out));
      expect(sideLines(out)).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
