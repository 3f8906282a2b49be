/**
 * A missing or unreadable input is a runtime failure (exit 1, README's exit-code table) with one message form,
 * `cannot read FILE: REASON`, whatever the command and whichever flag names the file.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, file, run, tempDir } from './helpers.js';

beforeAll(() => ensureBuilt(), 180_000);

const dir = tempDir();
const missing = join(dir, 'nope.csv');
const csv = file(dir, 'statements.csv', 'speaker,text\nLund,We are ready to talk.\n');

describe('every command exits 1 with "cannot read FILE: no such file" for a missing input', () => {
  const cases: readonly (readonly [string, readonly string[], string])[] = [
    ['score', ['score', missing], missing],
    ['extract ARTICLE', ['extract', join(dir, 'nope.txt')], join(dir, 'nope.txt')],
    ['extract --articles', ['extract', '--articles', missing], missing],
    ['profile', ['profile', missing, '--speaker', 'speaker'], missing],
    ['report', ['report', missing, '-o', join(dir, 'r.html')], missing],
    ['eval', ['eval', missing, '--label', 'label'], missing],
    ['lexicon check', ['lexicon', 'check', join(dir, 'nope.json')], `lexicon ${join(dir, 'nope.json')}`],
    ['score --lexicon', ['score', csv, '--lexicon', join(dir, 'nope.json')], `lexicon ${join(dir, 'nope.json')}`],
    [
      'profile --aliases',
      ['profile', csv, '--speaker', 'speaker', '--aliases', join(dir, 'nope.json')],
      `aliases file ${join(dir, 'nope.json')}`,
    ],
  ];

  it.each(cases)('%s', async (_name, argv, named) => {
    const r = await run(argv);
    expect(r.code).toBe(1);
    // lexicon check reports each file on stdout (PASS/FAIL lines); the other commands on stderr.
    const said = `${r.stdout}${r.stderr}`;
    expect(said).toContain(`cannot read ${named}: no such file`);
    expect(said).not.toMatch(/ENOENT|errno|Run "detente/);
  });

  it('reports a usage mistake before the missing file (exit 2): the flags are read first', async () => {
    for (const argv of [
      ['score', missing, '--pack', 'nope'],
      ['extract', '--articles', missing, '--pack', 'nope'],
      ['report', missing, '--pack', 'nope', '-o', join(dir, 'r.html')],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('unknown pack "nope"');
    }
  });

  it('says a folder is a folder (where a file is wanted), with the same form and exit code', async () => {
    for (const argv of [
      ['extract', dir],
      ['report', dir, '-o', join(dir, 'r.html')],
      ['score', dir],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`cannot read ${dir}: is a directory`);
    }
  });
});
