import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, file, ROOT, run, tempDir } from './helpers.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 200_000);

const EXAMPLE = join(ROOT, 'examples/statements.csv');

describe('detente report', () => {
  it('writes one HTML file from raw statements, grouped by date, and summarises on stderr', async () => {
    const out = join(dir, 'example.html');
    const r = await run(['report', EXAMPLE, '--by', 'date', '--title', 'March <talks>', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/example\.html: 15 statements, \d+ speakers; \d+ KB/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>March &lt;talks&gt;</title>');
    expect(html).toContain('<li>15 statements</li>');
    expect(html).toContain('id="over-time"');
    expect(html).toContain('Made with detente ');
  });

  it('uses the tone a scored file already has, and counts unreadable JSONL lines (exit 3)', async () => {
    const input = file(
      dir,
      'scored.jsonl',
      [
        JSON.stringify({ speaker: 'Petrova', text: 'We reject it.', tone_score: -0.9, tone_label: 'confrontational' }),
        '{ not json',
        JSON.stringify({ speaker: 'Lindqvist', text: 'We welcome the talks.' }),
        '[1, 2]',
      ].join('\n'),
    );
    const out = join(dir, 'scored.html');
    const r = await run(['report', input, '-o', out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/2 statements, 2 speakers, 2 rows could not be read/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('−0.90 confrontational');
    expect(html).toContain('Rows: 4 read = 2 in this report + 2 that could not be read.');
  });

  it('reads the JSON of detente extract, and articles (a folder) with --articles', async () => {
    const extracted = await run(['extract', join(ROOT, 'tests/fixtures/geneva-talks.txt')]);
    const json = file(dir, 'geneva.json', extracted.stdout);
    const fromJson = await run(['report', json]);
    expect(fromJson.code).toBe(0);
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    file(articles, 'geneva.txt', readFileSync(join(ROOT, 'tests/fixtures/geneva-talks.txt')));
    const fromArticles = await run(['report', '--articles', articles]);
    expect(fromArticles.code).toBe(0);
    const count = (html: string) => html.match(/<li>(\d+) statements<\/li>/)?.[1];
    expect(count(fromArticles.stdout)).toBe(count(fromJson.stdout));
    expect(Number(count(fromJson.stdout))).toBeGreaterThan(20);
  });

  it('--by date --bin week --side: periods on a time axis, a line and a shift per side', async () => {
    const lines = ['speaker,side,date,text'];
    for (const [date, a, b] of [
      ['2025-03-03', 'We reject the ultimatum.', 'We welcome the talks.'],
      ['2025-03-12', 'We warn them.', 'We are ready to continue the dialogue.'],
      ['2025-03-19', 'We are ready to talk.', 'We will never accept this.'],
    ])
      for (let i = 0; i < 3; i++) lines.push(`Kovac,Ardenia,${date},${a}`, `Lund,Belmark,${date},${b}`);
    const input = file(dir, 'sides.csv', `${lines.join('\n')}\n`);
    const r = await run(['report', input, '--by', 'date', '--bin', 'week', '--side', 'side', '--min-n', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<li>3 periods by date (week)</li>');
    expect(r.stdout).toContain('<h3>Per side</h3>');
    expect(r.stdout).toMatch(/<li>Ardenia softened: toward conciliatory by \+0\.\d\d a week/);
    expect(r.stdout).toMatch(/<li>Side Belmark moved toward confrontational/);
  });

  it.each([
    [['report', EXAMPLE, '--bin', 'week'], /--bin takes day, week, month and needs --by DATE-COLUMN/],
    [['report', EXAMPLE, '--by', 'date', '--bin', 'year'], /--bin takes day, week, month/],
    [['report', EXAMPLE, '--side', 'nope'], /column "nope" not found/],
    [['report'], /report needs an INPUT file/],
    [['report', EXAMPLE, '--compare', 'a,b'], /--compare takes two groups, A,B, and needs --by COL/],
    [['report', EXAMPLE, '--by', 'nope'], /column "nope" not found/],
    [['report', EXAMPLE, '--top', 'x'], /--top must be a positive whole number/],
  ])('%j is a usage error (exit 2), and writes nothing', async (args, message) => {
    const out = join(dir, 'never.html');
    const r = await run([...args, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('has help with examples', async () => {
    const r = await run(['report', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: detente report/);
    expect(r.stdout).toMatch(/Examples:\n {2}detente report /);
  });
});
