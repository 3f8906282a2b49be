/**
 * The CLI keeps its word: `-o` is honoured by every command that prints a result, a usage error comes before
 * any output, `extract --articles` has an errors file like `score`, and text that is not UTF-8 is reported
 * (with its row counted) or decoded with `--encoding`, never read silently as U+FFFD.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, file, listDir, parseCsv, ROOT, run, tempDir } from './helpers.js';

// cp1252 bytes: “ (0x93) and ” (0x94) around the quotation, ’ (0x92) in "didn’t".
const cp1252 = (text: string): Buffer =>
  Buffer.from([...text].map((c) => ({ '“': 0x93, '”': 0x94, '’': 0x92 })[c] ?? c.charCodeAt(0)));
const ARTICLE = 'Foreign Minister Anna Berg said: “We reject this ultimatum and we didn’t ask for it.”\n';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 200_000);

describe('-o is honoured by every command that prints a result', () => {
  const examples = join(ROOT, 'examples/statements.csv');
  it.each([
    ['extract (JSON)', ['extract', join(ROOT, 'tests/fixtures/geneva-talks.txt')], /"statements"/],
    ['extract (CSV)', ['extract', join(ROOT, 'tests/fixtures/geneva-talks.txt'), '--format', 'csv'], /^article_id,/],
    ['score', ['score', examples], /tone_score/],
    ['explain', ['explain', 'We reject the ultimatum.'], /confrontational/],
    ['eval', ['eval', join(ROOT, 'benchmarks/data/cameo-verbal.dev.tsv'), '--label', 'class'], /accuracy/],
    ['profile', ['profile', examples, '--speaker', 'speaker'], /speaker/],
  ])('%s writes the file and nothing to stdout', async (_name, args, content) => {
    const sub = tempDir();
    const out = join(sub, 'out.txt');
    const r = await run([...args, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(content);
    expect(listDir(sub)).toEqual(['out.txt']); // no temporary file left
  });
});

describe('a usage error comes before any output', () => {
  it.each([
    ['extract --articles without the text column', ['extract', '--articles', 'nocol.csv']],
    ['extract --articles without the text column, JSON', ['extract', '--articles', 'nocol.csv', '--format', 'json']],
    ['score without the text column', ['score', 'nocol.csv']],
    ['profile without the speaker column', ['profile', 'nocol.csv', '--speaker', 'speaker']],
    ['eval without the label column', ['eval', 'nocol.csv', '--label', 'label']],
    ['an unknown encoding', ['score', 'nocol.csv', '--text', 'body', '--encoding', 'ebcdic']],
  ])('%s: exit 2, empty stdout', async (_name, args) => {
    file(dir, 'nocol.csv', 'id,body\n1,"We reject it."\n');
    const r = await run(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not found|must be one of/);
  });

  it('with -o, a usage error leaves no file', async () => {
    const sub = tempDir();
    file(sub, 'nocol.csv', 'id,body\n1,"We reject it."\n');
    const r = await run(['extract', '--articles', 'nocol.csv', '-o', 'out.csv'], { cwd: sub });
    expect(r.code).toBe(2);
    expect(listDir(sub)).toEqual(['nocol.csv']);
  });
});

describe('extract --articles --errors FILE', () => {
  it('writes each malformed article row with its line, and the statements of the others', async () => {
    const sub = tempDir();
    file(
      sub,
      'articles.csv',
      `id,text\na1,"${ARTICLE.trim().replaceAll('"', '""')}"\na2,"an unclosed quote\na3,"x",extra\n`,
    );
    const r = await run(['extract', '--articles', 'articles.csv', '-o', 'statements.csv', '--errors', 'errors.csv'], {
      cwd: sub,
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/articles read 3 = analyzed 1 \+ reported 2/);
    expect(r.stderr).toMatch(/malformed article rows written to errors\.csv/);
    const errors = parseCsv(readFileSync(join(sub, 'errors.csv'), 'utf8'));
    expect(errors[0]).toEqual(['row', 'reason', 'message', 'raw']);
    expect(errors.slice(1).map((e) => [e[0], e[1]])).toEqual([
      ['3', 'unterminated-quote'],
      ['4', 'ragged'],
    ]);
    const statements = parseCsv(readFileSync(join(sub, 'statements.csv'), 'utf8'));
    expect(statements.slice(1).map((s) => s[0])).toEqual(['a1']);
  });

  it('--errors without --articles is a usage error', async () => {
    const r = await run(['extract', join(ROOT, 'tests/fixtures/geneva-talks.txt'), '--errors', join(dir, 'e.csv')]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'e.csv'))).toBe(false);
  });
});

describe('text that is not UTF-8', () => {
  it('one article in cp1252: an error naming the byte and --encoding (exit 1), and no output', async () => {
    const path = file(dir, 'cp1252.txt', cp1252(ARTICLE));
    const r = await run(['extract', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cp1252\.txt is not valid UTF-8 \(byte 0x93 at offset 33\).*cp1252/);
  });

  it('one article with --encoding cp1252: its quotation is found', async () => {
    const path = file(dir, 'cp1252.txt', cp1252(ARTICLE));
    const r = await run(['extract', path, '--encoding', 'cp1252', '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout);
    const text = rows[0]!.indexOf('text');
    const speaker = rows[0]!.indexOf('speaker');
    expect(rows.slice(1).map((row) => [row[speaker], row[text]])).toEqual([
      ['Anna Berg', 'We reject this ultimatum and we didn’t ask for it.'],
    ]);
  });

  it('stdin with --encoding utf16 (byte-order mark)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    const refused = await run(['extract', '-', '--format', 'csv'], { input: bytes });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/UTF-16/);
    const r = await run(['extract', '-', '--format', 'csv', '--encoding', 'utf16'], { input: bytes });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Anna Berg/);
  });

  it('a CSV of articles in cp1252: the row is reported (counted, with a hint), then decoded with --encoding', async () => {
    const csv = Buffer.concat([Buffer.from('id,text\na1,"'), cp1252(ARTICLE.trim()), Buffer.from('"\na2,"plain"\n')]);
    file(dir, 'cp.csv', csv);
    const plain = await run(['extract', '--articles', 'cp.csv'], { cwd: dir });
    expect(plain.code).toBe(3);
    expect(plain.stderr).toMatch(/articles read 2 = analyzed 1 \+ reported 1/);
    expect(plain.stderr).toMatch(/line 2: invalid-utf8/);
    expect(plain.stderr).toMatch(/--encoding cp1252/);
    expect(plain.stdout).not.toMatch(/\uFFFD/);
    const decoded = await run(['extract', '--articles', 'cp.csv', '--encoding', 'windows-1252'], { cwd: dir });
    expect(decoded.code, decoded.stderr).toBe(0);
    expect(decoded.stdout).toMatch(/We reject this ultimatum and we didn’t ask for it\./);
  });

  it('score: a cp1252 row is reported with a hint; --encoding cp1252 scores it with its characters', async () => {
    const csv = Buffer.concat([Buffer.from('id,text\n1,"'), cp1252('“We reject the ultimatum.”'), Buffer.from('"\n')]);
    file(dir, 'cp-score.csv', csv);
    const plain = await run(['score', 'cp-score.csv'], { cwd: dir });
    expect(plain.code).toBe(3);
    expect(plain.stderr).toMatch(/rows read 1 = scored 0 \+ reported 1/);
    expect(plain.stderr).toMatch(/1 row is not valid UTF-8.*--encoding cp1252/);
    const decoded = await run(['score', 'cp-score.csv', '--encoding', 'cp1252'], { cwd: dir });
    expect(decoded.code).toBe(0);
    expect(parseCsv(decoded.stdout)[1]!.slice(0, 4)).toEqual([
      '1',
      '“We reject the ultimatum.”',
      '-0.7857',
      'confrontational',
    ]);
  });

  it('profile and eval: invalid UTF-8 is an error naming the line; --encoding latin1 reads it', async () => {
    const csv = Buffer.concat([
      Buffer.from('speaker,text,label\nA,We welcome the talks.,conciliatory\nB,"Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' talks: we reject the ultimatum.",confrontational\n'),
    ]);
    file(dir, 'latin.csv', csv);
    const plain = await run(['profile', 'latin.csv', '--speaker', 'speaker'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toMatch(/latin\.csv is not valid UTF-8 \(near line 3\)/);
    const decoded = await run(['eval', 'latin.csv', '--label', 'label', '--encoding', 'latin1', '--json'], {
      cwd: dir,
    });
    expect(decoded.code, decoded.stderr).toBe(0);
    expect(JSON.parse(decoded.stdout).n).toBe(2);
  });
});
