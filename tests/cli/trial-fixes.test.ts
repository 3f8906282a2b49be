/**
 * What an independent new user hit on a job of their own (articles → statements → profile → report), as CLI
 * behaviour: Ctrl-C leaves no file behind in extract --articles and report --articles, articles without an id
 * column are numbered by their line, a header read as one column says which delimiter to pass, and an empty
 * input is said plainly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, file, listDir, parseCsv, run, spawnOpen, tempDir, waitUntil } from './helpers.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 200_000);

const ARTICLE =
  '"“We reject the ultimatum,” Foreign Minister Irena Kovac said. “We are ready to talk,” Mr. Lund said."';

describe('Ctrl-C in articles mode leaves no file, as score does', () => {
  it.each([
    ['extract', ['extract', '--articles', '-', '-o', 'out.csv']],
    ['report', ['report', '--articles', '-', '-o', 'out.html']],
  ])('%s --articles: exit 130, no output, no temporary file anywhere', async (_name, args) => {
    const sub = tempDir();
    const tmp = tempDir();
    const out = join(sub, String(args.at(-1)));
    // The articles arrive on stdin that stays open: the run is still waiting for more when the signal comes.
    const job = spawnOpen([...args.slice(0, -1), out], `id,text\na1,${ARTICLE}\n`, { TMPDIR: tmp });
    // The first article is read and its statements wait in a spill file under TMPDIR.
    await waitUntil(() => listDir(tmp).length > 0, 'the run has made its temporary files');
    job.child.kill('SIGINT');
    const { code } = await job.closed;
    expect(code).toBe(130);
    expect(job.stderr()).toMatch(/interrupted/);
    expect(existsSync(out)).toBe(false);
    expect(listDir(sub)).toEqual([]);
    expect(readdirSync(tmp, { recursive: true })).toEqual([]);
  });
});

describe('extract --articles without an id column', () => {
  it('numbers the articles by their line, as report --articles does', async () => {
    const input = file(dir, 'no-id.csv', `url,text\nhttps://a.example/1,${ARTICLE}\nhttps://a.example/2,${ARTICLE}\n`);
    const r = await run(['extract', '--articles', input, '-q']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    const header = rows[0] as string[];
    const at = (name: string) => header.indexOf(name);
    expect(header.slice(0, 2)).toEqual(['article_id', 'url']);
    expect(new Set(rows.slice(1).map((row) => row[at('article_id')]))).toEqual(new Set(['2', '3']));
    expect(rows.slice(1).map((row) => row[at('url')])).toContain('https://a.example/2');
    const named = await run(['extract', '--articles', input, '--id', 'nope']);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/id column "nope" not found/);
  });
});

describe('a header read as one column says which delimiter to pass', () => {
  const semicolons = 'id;speaker;date;text\n1;Kovac;2026-03-02;We reject this.\n';
  it.each([
    ['score', ['score', '--text', 'text'], 2],
    ['extract --articles', ['extract', '--articles'], 2],
    ['profile', ['profile', '--speaker', 'speaker'], 2],
    ['report', ['report'], 2],
    ['eval', ['eval', '--label', 'label'], 2],
  ])('%s', async (_name, args, code) => {
    const input = file(dir, 'semicolons.csv', semicolons);
    const [command, ...flags] = args as string[];
    const r = await run([command as string, ...(command === 'extract' ? [...flags, input] : [input, ...flags])]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(/the header is one column holding ";": .*--delimiter ";"/);
  });
});

describe('an empty input is said plainly', () => {
  it.each([
    ['score', ['score', '@', '--text', 'text']],
    ['extract --articles', ['extract', '--articles', '@']],
    ['profile', ['profile', '@', '--speaker', 'speaker']],
    ['eval', ['eval', '@', '--label', 'label']],
    ['report', ['report', '@']],
    ['report --articles', ['report', '--articles', '@']],
    ['report (JSON lines)', ['report', '@.jsonl']],
  ])('%s: exit 1, "the input is empty", no output file', async (_name, args) => {
    const empty = file(dir, 'empty.csv', '');
    const emptyJsonl = file(dir, 'empty.jsonl', '');
    const out = join(dir, 'never.out');
    const r = await run([...args.map((a) => (a === '@' ? empty : a === '@.jsonl' ? emptyJsonl : a)), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the input is empty/);
    expect(existsSync(out)).toBe(false);
  });

  it('a header without rows is not empty: its columns are checked, and it has no rows', async () => {
    const headerOnly = file(dir, 'header-only.csv', 'id,speaker,text\n');
    const ok = await run(['score', headerOnly, '--text', 'text', '-o', join(dir, 'header-only.out.csv')]);
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'header-only.out.csv'), 'utf8')).toMatch(/^id,speaker,text,tone_score/);
    const missing = await run(['profile', headerOnly, '--speaker', 'who']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/column "who" not found/);
  });
});

describe('profile --compare with --bin puts the dates given in their periods', () => {
  const lines = ['speaker,side,date,text'];
  for (const [date, text] of [
    ['2026-03-02T08:15:00Z', 'We reject the ultimatum.'],
    ['2026-03-04', 'We warn them.'],
    ['2026-04-01', 'We welcome the talks.'],
    ['2026-04-03T18:05:00+02:00', 'We are ready to talk.'],
  ])
    for (let i = 0; i < 3; i++) lines.push(`Marek,Valdoria,${date},${text}`);

  it('compares the weeks of 2026-03-02 and 2026-04-03, named as weeks', async () => {
    const input = file(dir, 'weekly.csv', `${lines.join('\n')}\n`);
    const r = await run([
      'profile',
      input,
      '--speaker',
      'speaker',
      '--by',
      'date',
      '--bin',
      'week',
      '--compare',
      '2026-03-02,2026-04-03',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2026-W10 → 2026-W14 \(95% bootstrap intervals/);
    expect(r.stdout).toMatch(/Marek moved toward conciliatory/);
  });

  it('names the flag, not a function, when a group has no statements', async () => {
    const input = file(dir, 'weekly.csv', `${lines.join('\n')}\n`);
    const r = await run([
      'profile',
      input,
      '--speaker',
      'speaker',
      '--by',
      'date',
      '--bin',
      'week',
      '--compare',
      '2026-03-02,2026-05-01',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /--compare: "2026-05-01" \(2026-W18\) has no statements; the groups are "2026-W10", "2026-W14"/,
    );
    expect(r.stderr).not.toMatch(/compareGroups\(\)/);
  });
});

describe('every command that prints a result writes it to -o FILE', () => {
  it('lexicon check -o writes its lines to the file, and the exit code still says whether all were valid', async () => {
    const good = file(
      dir,
      'good-lexicon.json',
      JSON.stringify({
        id: 'me/terms',
        version: '1.0.0',
        language: 'en',
        kind: 'tone',
        entries: [{ term: 'blockade the strait', dimension: 'escalation', weight: -7 }],
      }),
    );
    const out = join(dir, 'lexicon-check.txt');
    const r = await run(['lexicon', 'check', good, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^ok {3}.*good-lexicon\.json: me\/terms@1\.0\.0 \(tone, 1 entries\)/);
  });
});

describe('the library and the CLI list the same sides', () => {
  it('statements without a side are left out of the side table and trends by both, and counted', async () => {
    const { profileSpeakers, trends } = await import('../../src/index.js');
    const { createScorer } = await import('../../src/index.js');
    const scorer = createScorer();
    const lines = ['speaker,side,date,text'];
    const rows: Record<string, unknown>[] = [];
    for (const date of ['2026-03-02', '2026-03-09', '2026-03-16'])
      for (const [speaker, side, text] of [
        ['Marek', 'Valdoria', 'We reject the ultimatum.'],
        ['Osei', '', 'We welcome the talks.'],
      ] as const) {
        lines.push(`${speaker},${side},${date},${text}`);
        rows.push({ speaker, side: side === '' ? null : side, date, text, tone: scorer.score(text) });
      }
    const input = file(dir, 'sides.csv', `${lines.join('\n')}\n`);
    const r = await run(['profile', input, '--speaker', 'speaker', '--side', 'side', '--by', 'date', '--bin', 'week']);
    expect(r.code).toBe(0);
    const table = r.stdout.slice(r.stdout.indexOf('Mean score by side'), r.stdout.indexOf('Trends by side'));
    expect(table).toMatch(/^Valdoria /m);
    expect(table).not.toMatch(/unattributed/);
    expect(r.stdout).toMatch(/3 statements without a side are not in the side table or the trends by side/);
    const library = profileSpeakers(rows as never, { speakerField: 'side', by: { field: 'date', bin: 'week' } });
    expect([...new Set(library.profiles.map((p) => p.speaker))]).toEqual(['Valdoria']);
    expect(library.skipped).toBe(3);
    const t = trends(rows as never, { time: 'date', bin: 'week', series: 'side' });
    expect(t.series.map((s) => s.series)).toEqual(['Valdoria']);
  });
});

describe('an empty article', () => {
  it('is an article with no statements: exit 0, said on stderr', async () => {
    const r = await run(['extract', file(dir, 'empty.txt', '')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ statements: [] });
    expect(r.stderr).toMatch(/the article is empty: no text, no statements/);
  });
});
