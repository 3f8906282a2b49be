import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, file, parseCsv, ROOT, run, tempDir } from './helpers.js';

const ARTICLE = join(ROOT, 'tests/fixtures/geneva-talks.txt');
let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 200_000);

describe('detente extract', () => {
  it('prints the statements of one article as JSON, with speakers, offsets and tone', async () => {
    const r = await run(['extract', ARTICLE]);
    expect(r.code).toBe(0);
    const { statements } = JSON.parse(r.stdout) as {
      statements: {
        text: string;
        speaker: string | null;
        spans: { content: [number, number] };
        tone: { label: string };
      }[];
    };
    const article = readFileSync(ARTICLE, 'utf8');
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) expect(article.slice(s.spans.content[0], s.spans.content[1])).toBe(s.text);
    expect(statements.some((s) => s.speaker === 'Antony J. Blinken')).toBe(true);
  });

  it('writes one CSV row per statement, the same rows as --articles on a folder', async () => {
    const single = await run(['extract', ARTICLE, '--format', 'csv']);
    const rows = parseCsv(single.stdout);
    expect(rows[0]!.slice(0, 17)).toEqual([
      'article_id',
      'statement',
      'speaker',
      'speaker_kind',
      'title',
      'affiliation',
      'speaker_id',
      'side',
      'mention',
      'kind',
      'cue',
      'start',
      'end',
      'sentence',
      'paragraph',
      'confidence',
      'text',
    ]);
    expect(rows.slice(1).every((row) => row[0] === 'geneva-talks')).toBe(true);
    const folder = join(dir, 'articles');
    mkdirSync(folder);
    copyFileSync(ARTICLE, join(folder, 'geneva-talks.txt'));
    file(folder, 'notes.md', 'ignored');
    const many = await run(['extract', '--articles', folder, '-q']);
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(single.stdout);
  });

  it('reads a CSV of articles, reports a malformed one with its line, and reconciles the counts', async () => {
    const body = readFileSync(ARTICLE, 'utf8').replaceAll('"', '""');
    const input = file(
      dir,
      'articles.csv',
      `url,body\ng1,"${body}"\ng2,"“We will not accept this,” Mr. Lavrov said."\ng3,"never closed\n`,
    );
    const out = join(dir, 'statements.jsonl');
    const r = await run([
      'extract',
      '--articles',
      input,
      '--text',
      'body',
      '--id',
      'url',
      '--format',
      'jsonl',
      '-o',
      out,
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/articles read 3 = analyzed 2 \+ reported 1/);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const g2 = lines.filter((l) => l.article_id === 'g2');
    expect(g2).toHaveLength(1);
    // "Mr. Lavrov" of g2 is the Sergey V. Lavrov that g1 names in full: one identity across the articles.
    expect(g2[0]).toMatchObject({
      speaker: 'Sergey V. Lavrov',
      speaker_id: 'name:lavrov.s',
      mention: 'Mr. Lavrov',
      kind: 'direct',
      tone_label: 'confrontational',
    });
    expect(new Set(lines.filter((l) => String(l.speaker).includes('Lavrov')).map((l) => l.speaker_id))).toEqual(
      new Set(['name:lavrov.s']),
    );
    expect(g2[0]).toMatchObject({ speaker_kind: 'person', title: 'Mr.', affiliation: null });
    expect(Object.keys(g2[0] ?? {}).slice(2, 9)).toEqual([
      'speaker',
      'speaker_kind',
      'title',
      'affiliation',
      'speaker_id',
      'side',
      'mention',
    ]);
  });

  it('gives each CSV row the speaker kind, title and affiliation (issue 12)', async () => {
    const text = file(
      dir,
      'kinds.txt',
      'Russian Foreign Minister Sergei Lavrov said the talks were useful. The interior ministry said 40 people had been detained.',
    );
    const rows = parseCsv((await run(['extract', text, '--format', 'csv'])).stdout);
    const header = rows[0] ?? [];
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    expect(
      rows.slice(1).map((r) => [cell(r, 'speaker'), cell(r, 'speaker_kind'), cell(r, 'title'), cell(r, 'affiliation')]),
    ).toEqual([
      ['Sergei Lavrov', 'person', 'Foreign Minister', 'Russian'],
      ['the interior ministry', 'organisation', '', ''],
    ]);
  });
});
