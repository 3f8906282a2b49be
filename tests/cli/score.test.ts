import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, file, listDir, parseCsv, run, spawnOpen, tempDir, waitUntil } from './helpers.js';

const TONE = [
  'tone_score',
  'tone_label',
  'tone_conciliatory',
  'tone_confrontational',
  'tone_hits',
  'tone_dimensions',
  'tone_evidence',
  'tone_status',
];
const GOOD = [
  'id,speaker,date,text',
  's1,Petrova,2026-03-02,"We will never accept an ultimatum, and we warn against any provocation."',
  's2,Lindqvist,2026-03-02,We welcome the talks and remain ready to continue the dialogue.',
  's3,Adeyemi,2026-03-16,"She said ""no"", twice; the meeting ended."',
  's4,Okafor,2026-03-16,"A statement over',
  'two lines, with a comma."',
  '',
].join('\n');

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 200_000);
afterAll(() => {
  /* temp dirs live under the OS temp folder; left for inspection on failure */
});

function summaryCounts(stderr: string): { read: number; scored: number; reported: number } {
  const m = /rows read (\d+) = scored (\d+) \+ reported (\d+)/.exec(stderr);
  if (m === null) throw new Error(`no summary in stderr: ${stderr}`);
  return { read: Number(m[1]), scored: Number(m[2]), reported: Number(m[3]) };
}

describe('detente score: happy path', () => {
  it('keeps every input column and order, appends the tone columns, and reconciles the counts', async () => {
    const input = file(dir, 'good.csv', GOOD);
    const out = join(dir, 'good.out.csv');
    const r = await run(['score', input, '--text', 'text', '-o', out]);
    expect(r.code).toBe(0);
    const inRows = parseCsv(GOOD);
    const outRows = parseCsv(readFileSync(out, 'utf8'));
    expect(outRows[0]).toEqual([...inRows[0]!, ...TONE]);
    expect(outRows.length).toBe(inRows.length);
    for (let i = 0; i < inRows.length; i++) expect(outRows[i]!.slice(0, 4)).toEqual(inRows[i]);
    expect(summaryCounts(r.stderr)).toEqual({ read: 4, scored: 4, reported: 0 });
    expect(r.stderr).toMatch(/detente \d+\.\d+\.\d+; lexicons .*@\d/);
    const byId = Object.fromEntries(outRows.slice(1).map((row) => [row[0], row]));
    expect(byId.s1![5]).toBe('confrontational');
    expect(byId.s2![5]).toBe('conciliatory');
    expect(Number(byId.s1![4])).toBeLessThan(0);
    for (const row of outRows.slice(1)) {
      expect(row[4]).toMatch(/^-?\d+(\.\d+)?$/);
      expect(row[11]).toBe('ok');
    }
  });

  it('reads stdin with - and writes stdout, byte for byte what the file run wrote', async () => {
    const out = join(dir, 'good.out.csv');
    const r = await run(['score', '-', '--text', 'text', '--quiet'], { input: GOOD });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(readFileSync(out, 'utf8'));
  });

  it('writes JSON and JSON Lines with numbers as numbers', async () => {
    const input = file(dir, 'good.csv', GOOD);
    const jsonl = await run(['score', input, '--format', 'jsonl', '-q']);
    const rows = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((x) => x.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(typeof rows[0]!.tone_score).toBe('number');
    expect(Array.isArray(rows[0]!.tone_evidence)).toBe(true);
    const json = await run(['score', input, '--format', 'json', '-q']);
    expect(JSON.parse(json.stdout)).toEqual(rows);
  });

  it('accepts a UTF-8 byte-order mark and CRLF line endings', async () => {
    const input = file(dir, 'bom.csv', `\uFEFF${GOOD.replaceAll('\n', '\r\n')}`);
    const r = await run(['score', input, '--text', 'text', '-q']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]![0]).toBe('id');
    expect(rows.length).toBe(5);
  });
});

describe('detente score: input bytes are kept', () => {
  it('writes the header and every row exactly as read, quoting included, before the tone cells', async () => {
    const content = '"id","text"\n"1","We welcome the talks."\n2,"a ""quoted"" word"\n';
    const input = file(dir, 'quoted.csv', content);
    const r = await run(['score', input, '-q']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`"id","text",${TONE.join(',')}`);
    expect(lines[1]!.startsWith('"1","We welcome the talks.",')).toBe(true);
    expect(lines[2]!.startsWith('2,"a ""quoted"" word",')).toBe(true);
  });
});

describe('detente score: empty texts', () => {
  it('scores an empty or blank text as neutral with status empty', async () => {
    const input = file(dir, 'empty.csv', 'id,text\n1,\n2,"   "\n3,We reject the ultimatum.\n');
    const r = await run(['score', input, '-q']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout).slice(1);
    expect(rows.map((x) => [x[0], x[3], x[2], x[9]])).toEqual([
      ['1', 'neutral', '0', 'empty'],
      ['2', 'neutral', '0', 'empty'],
      ['3', rows[2]![3], rows[2]![2], 'ok'],
    ]);
    const s = await run(['score', input]);
    expect(s.stderr).toMatch(/empty text: 2/);
  });
});

describe('detente score: malformed rows are reported, never lost', () => {
  const cases: [string, string, string][] = [
    ['ragged (too many fields)', '9,X,2026-01-01,text,extra', 'ragged'],
    ['ragged (too few fields)', '9,X,only three', 'ragged'],
    ['text after a closing quote', '9,X,2026-01-01,"quoted"tail', 'bad-quote'],
    ['unterminated quote mid-file', '9,X,2026-01-01,"opened and never closed', 'unterminated-quote'],
  ];
  it.each(cases)('%s', async (_name, bad, reason) => {
    const content = [
      'id,speaker,date,text',
      '1,A,2026-01-01,We welcome the talks.',
      bad,
      '2,B,2026-01-02,"We reject the ultimatum, firmly."',
      '3,C,2026-01-03,Fine.',
      '',
    ].join('\n');
    const input = file(dir, `bad-${reason}.csv`, content);
    const errors = join(dir, `bad-${reason}.errors.csv`);
    const out = join(dir, `bad-${reason}.out.csv`);
    const r = await run(['score', input, '-o', out, '--errors', errors]);
    expect(r.code).toBe(3);
    expect(summaryCounts(r.stderr)).toEqual({ read: 4, scored: 3, reported: 1 });
    const reported = parseCsv(readFileSync(errors, 'utf8'));
    expect(reported[0]).toEqual(['row', 'reason', 'message', 'raw']);
    expect(reported.slice(1).map((x) => [x[0], x[1], x[3]])).toEqual([['3', reason, bad]]);
    expect(
      parseCsv(readFileSync(out, 'utf8'))
        .slice(1)
        .map((x) => x[0]),
    ).toEqual(['1', '2', '3']);
  });

  it('reports invalid UTF-8 with its line number and keeps the rows around it', async () => {
    const bytes = Buffer.concat([
      Buffer.from('id,text\n1,We welcome the talks.\n2,caf'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' broken\n3,We reject it.\n'),
    ]);
    const input = file(dir, 'utf8.csv', bytes);
    const errors = join(dir, 'utf8.errors.csv');
    const r = await run(['score', input, '--errors', errors, '-q']);
    expect(r.code).toBe(3);
    expect(
      parseCsv(r.stdout)
        .slice(1)
        .map((x) => x[0]),
    ).toEqual(['1', '3']);
    const reported = parseCsv(readFileSync(errors, 'utf8')).slice(1);
    expect(reported.map((x) => [x[0], x[1]])).toEqual([['3', 'invalid-utf8']]);
  });

  it('reports a field over the size limit, quoted or not', async () => {
    const long = 'word '.repeat(40);
    const content = `id,text\n1,short one\n2,${long}\n3,"${long}"\n4,short two\n`;
    const input = file(dir, 'big.csv', content);
    const errors = join(dir, 'big.errors.csv');
    const r = await run(['score', input, '--errors', errors, '--max-field-bytes', '64']);
    expect(r.code).toBe(3);
    expect(summaryCounts(r.stderr)).toEqual({ read: 4, scored: 2, reported: 2 });
    expect(
      parseCsv(readFileSync(errors, 'utf8'))
        .slice(1)
        .map((x) => [x[0], x[1]]),
    ).toEqual([
      ['3', 'field-too-large'],
      ['4', 'field-too-large'],
    ]);
  });

  it('reports an unterminated quote at the end of the input (a truncated file) by its line', async () => {
    const input = file(dir, 'truncated.csv', 'id,text\n1,We welcome the talks.\n2,"This file was cut off in the mid');
    const errors = join(dir, 'truncated.errors.csv');
    const r = await run(['score', input, '--errors', errors]);
    expect(r.code).toBe(3);
    expect(summaryCounts(r.stderr)).toEqual({ read: 2, scored: 1, reported: 1 });
    expect(parseCsv(readFileSync(errors, 'utf8'))[1]!.slice(0, 2)).toEqual(['3', 'unterminated-quote']);
  });

  it('accounts for every row of a file with every kind of problem at once', async () => {
    const lines = ['id,text'];
    const bad = ['1,2,3', '"x"y,z', '5,"open', '7,ok\u0000'];
    for (let i = 0; i < 200; i++)
      lines.push(i % 50 === 7 ? bad[(i / 50) | 0]! : `${i},We remain ready for dialogue number ${i}.`);
    const input = file(dir, 'mixed.csv', `${lines.join('\n')}\n`);
    const r = await run(['score', input, '-o', join(dir, 'mixed.out.csv')]);
    const counts = summaryCounts(r.stderr);
    expect(counts.read).toBe(200);
    expect(counts.scored + counts.reported).toBe(200);
    expect(counts.reported).toBe(3);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/use --errors FILE/);
  });
});

describe('detente score: columns', () => {
  it('refuses a column collision with a clear error, exit 2 and no output file', async () => {
    const sub = tempDir();
    const input = file(sub, 'clash.csv', 'id,text,tone_score\n1,We reject it.,5\n');
    const r = await run(['score', input, '-o', join(sub, 'out.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already has a column named "tone_score".*prefix/);
    expect(listDir(sub)).toEqual(['clash.csv']);
    const ok = await run(['score', input, '--prefix', 'detente_', '-q']);
    expect(ok.code).toBe(0);
    expect(parseCsv(ok.stdout)[0]).toEqual([
      'id',
      'text',
      'tone_score',
      ...TONE.map((c) => c.replace('tone_', 'detente_')),
    ]);
  });

  it('names the columns when the text column does not exist (exit 2)', async () => {
    const input = file(dir, 'cols.csv', 'id,quote\n1,We reject it.\n');
    const r = await run(['score', input, '--text', 'text']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/text column "text" not found; columns are "id", "quote"/);
  });

  it('takes a column index and a header-less file', async () => {
    const input = file(dir, 'nohead.csv', '1,We reject the ultimatum.\n2,We welcome the talks.\n');
    const r = await run(['score', input, '--no-header', '--text', '1', '-q']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows.length).toBe(2);
    expect(rows.map((x) => x[3])).toEqual(['confrontational', 'conciliatory']);
  });

  it('reads TSV by extension and another delimiter by flag', async () => {
    const tsv = file(dir, 'x.tsv', 'id\ttext\n1\tWe welcome the talks.\n');
    const r = await run(['score', tsv, '-q']);
    expect(r.stdout.split('\n')[0]).toBe(['id', 'text', ...TONE].join('\t'));
    const semi = file(dir, 'semi.csv', 'id;text\n1;We welcome the talks; truly.\n');
    const s = await run(['score', semi, '--delimiter', ';', '-q']);
    expect(s.code).toBe(3);
  });
});

describe('detente score: lexicons and encodings', () => {
  it('uses a user lexicon and reports a broken one naming the entry (exit 2)', async () => {
    const lex = file(
      dir,
      'mine.json',
      JSON.stringify({
        id: 'acme/shipping',
        version: '1.2.0',
        language: 'en',
        kind: 'tone',
        entries: [{ term: 'blockade the strait', dimension: 'escalation', weight: -7 }],
      }),
    );
    const input = file(dir, 'ship.csv', 'id,text\n1,They may blockade the strait tomorrow.\n');
    const without = await run(['score', input, '-q']);
    const withLex = await run(['score', input, '--lexicon', lex]);
    expect(parseCsv(withLex.stdout)[1]![8]).toContain('blockade the strait');
    expect(parseCsv(without.stdout)[1]![8]).not.toContain('blockade the strait');
    expect(withLex.stderr).toContain('acme/shipping@1.2.0');
    const broken = file(
      dir,
      'broken.json',
      JSON.stringify({
        id: 'acme/broken',
        version: '1.0.0',
        language: 'en',
        kind: 'tone',
        entries: [{ term: 'x', weight: -3 }],
      }),
    );
    const bad = await run(['score', input, '--lexicon', broken]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/acme\/broken.*entry 0/);
  });

  it('refuses UTF-16 input with a clear message and leaves no file behind', async () => {
    const sub = tempDir();
    const input = file(
      sub,
      'u16.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,text\n1,hi\n', 'utf16le')]),
    );
    const r = await run(['score', input, '-o', join(sub, 'out.csv'), '--errors', join(sub, 'err.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/UTF-16/);
    expect(listDir(sub)).toEqual(['u16.csv']);
  });

  it('fails with exit 1 naming the file when the input cannot be read', async () => {
    const r = await run(['score', join(dir, 'missing.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.csv/);
  });
});

describe('detente score: workers', () => {
  it('keeps the input order with 2 workers and matches the 1-worker output byte for byte', async () => {
    const lines = ['id,speaker,text'];
    const phrases = [
      'We reject the ultimatum.',
      'We welcome the talks.',
      'The meeting is on Tuesday.',
      'We will never accept this, but we remain open to dialogue.',
      '',
    ];
    for (let i = 0; i < 12_000; i++) lines.push(`${i},S${i % 7},"${phrases[i % phrases.length]} (${i})"`);
    const input = file(dir, 'many.csv', `${lines.join('\n')}\n`);
    const one = join(dir, 'many.1.csv');
    const two = join(dir, 'many.2.csv');
    const r1 = await run(['score', input, '-o', one, '-q']);
    const r2 = await run(['score', input, '-o', two, '--workers', '2']);
    expect(r1.code).toBe(0);
    expect(r2.code).toBe(0);
    expect(r2.stderr).toMatch(/2 workers/);
    const a = readFileSync(one, 'utf8');
    expect(readFileSync(two, 'utf8')).toBe(a);
    expect(
      parseCsv(a)
        .slice(1)
        .map((x) => Number(x[0])),
    ).toEqual(Array.from({ length: 12_000 }, (_, i) => i));
  });

  it('stops on Ctrl-C with exit 130 and leaves no output file', async () => {
    // Rows arrive on stdin that stays open, so the run is still going when the signal comes, on any machine.
    const sub = tempDir();
    const lines = ['id,text'];
    for (let i = 0; i < 5_000; i++) lines.push(`${i},We remain ready to continue the dialogue number ${i}.`);
    const out = join(sub, 'out.csv');
    const job = spawnOpen(['score', '-', '-o', out, '--workers', '2', '-q'], `${lines.join('\n')}\n`);
    const temporary = (): string[] => listDir(sub).filter((f) => f.endsWith('.tmp'));
    await waitUntil(
      () => temporary().some((f) => statSync(join(sub, f)).size > 0),
      'the run has written scored rows to its temporary file',
    );
    job.child.kill('SIGINT');
    const { code } = await job.closed;
    expect(code).toBe(130);
    expect(job.stderr()).toMatch(/interrupted/);
    expect(existsSync(out)).toBe(false);
    expect(listDir(sub)).toEqual([]);
  });
});
