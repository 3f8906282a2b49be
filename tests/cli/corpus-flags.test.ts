/**
 * The corpus flags of score, extract and profile on small articles of our own: metadata carried through,
 * one tone across extract and profile, aliases files (and their mistakes), filters and minimum counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, file, parseCsv, run, tempDir } from './helpers.js';

let dir: string;
let articles: string;
let aliasesCsv: string;

const table = (csv: string): Record<string, string>[] => {
  const [head, ...body] = parseCsv(csv);
  return body.filter((r) => r.length === head!.length).map((r) => Object.fromEntries(head!.map((h, k) => [h, r[k]!])));
};

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  // Invented wire copy: a speech verb that carries the tone ("congratulated"), one person under three names.
  articles = file(
    dir,
    'articles.csv',
    [
      'id,date,outlet,text',
      'r1,2025-05-05,AFP,"Marco Feld, the European envoy, congratulated both sides. Ardenian Foreign Minister Irena Kovac warned that Ardenia would respond with force."',
      'r2,2025-05-13,Reuters,"""We are ready to talk,"" Ms Kovac told reporters. Marco Feld said the talks were useful."',
      'r3,2025-05-20,AP,"""This is a trap,"" Government spokesman Christian Solberg said. Kovac said Ardenia would not give up."',
    ].join('\n'),
  );
  aliasesCsv = file(
    dir,
    'aliases.csv',
    'name,canonical,side\nChristian Solberg,Kristian Solberg,Belmark\nIrena Kovac,,Ardenia\nMarco Feld,,mediator\n',
  );
}, 200_000);

describe('extract → profile keeps one tone and carries the metadata', () => {
  it('profile reads the tone extract wrote, speech verb included: identical per statement (round trip)', async () => {
    const out = join(dir, 'statements.csv');
    expect((await run(['extract', '--articles', articles, '-o', out, '-q'])).code).toBe(0);
    const rows = table(readFileSync(out, 'utf8'));
    expect(rows.map((r) => r.date)).toContain('2025-05-20');
    expect(rows.map((r) => r.outlet)).toContain('Reuters');
    const feld = rows.find((r) => r.speaker === 'Marco Feld' && r.cue === 'congratulated');
    expect(Number(feld?.tone_score)).toBeGreaterThan(0); // the cue's tone: the content alone ("both sides") is neutral

    const profiled = JSON.parse((await run(['profile', out, '--speaker', 'speaker', '--json'])).stdout) as {
      tone: string;
      report: { profiles: { speaker: string; scores: number[] }[] };
    };
    expect(profiled.tone).toBe('columns');
    for (const p of profiled.report.profiles) {
      const extracted = rows.filter((r) => r.speaker === p.speaker).map((r) => Number(r.tone_score));
      expect([p.speaker, p.scores]).toEqual([p.speaker, extracted]);
    }
    // Scoring the text again loses the cue's tone: the mistake the round trip guards against.
    const rescored = JSON.parse(
      (await run(['profile', out, '--speaker', 'speaker', '--json', '--rescore'])).stdout,
    ) as {
      tone: string;
      report: { profiles: { speaker: string; scores: number[] }[] };
    };
    expect(rescored.tone).toBe('scored');
    const feldAgain = rescored.report.profiles.find((p) => p.speaker === 'Marco Feld');
    expect(feldAgain?.scores).not.toEqual(profiled.report.profiles.find((p) => p.speaker === 'Marco Feld')?.scores);
  });

  it('extract --keep chooses the article columns, --keep none drops them', async () => {
    const only = table((await run(['extract', '--articles', articles, '--keep', 'outlet', '-q'])).stdout);
    expect(Object.keys(only[0]!).slice(0, 3)).toEqual(['article_id', 'outlet', 'statement']);
    const none = table((await run(['extract', '--articles', articles, '--keep', 'none', '-q'])).stdout);
    expect(Object.keys(none[0]!).slice(0, 2)).toEqual(['article_id', 'statement']);
    const missing = await run(['extract', '--articles', articles, '--keep', 'nope', '-q']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/keep column "nope" not found/);
    expect(missing.stdout).toBe('');
  });
});

describe('--aliases for score, extract and profile', () => {
  it('extract: one identity per person across articles, canonical names and sides from the file', async () => {
    const rows = table((await run(['extract', '--articles', articles, '--aliases', aliasesCsv, '-q'])).stdout);
    const kovac = rows.filter((r) => r.speaker_id === 'name:kovac.i');
    expect(kovac.map((r) => r.article_id)).toEqual(['r1', 'r2', 'r3']);
    expect(new Set(kovac.map((r) => `${r.speaker}/${r.side}`))).toEqual(new Set(['Irena Kovac/Ardenia']));
    expect(rows.find((r) => r.article_id === 'r3' && r.speaker_id === 'name:solberg.k')).toMatchObject({
      speaker: 'Kristian Solberg',
      side: 'Belmark',
    });
  });

  it('profile: renames and places speakers of a file extract wrote without aliases', async () => {
    const out = join(dir, 'plain.csv');
    await run(['extract', '--articles', articles, '-o', out, '-q']);
    const r = JSON.parse(
      (await run(['profile', out, '--speaker', 'speaker', '--aliases', aliasesCsv, '--json'])).stdout,
    ) as {
      report: { profiles: { speaker: string }[] };
    };
    const speakers = r.report.profiles.map((p) => p.speaker);
    expect(speakers).toContain('Kristian Solberg');
    expect(speakers).not.toContain('Christian Solberg');
    // extract writes speaker_kind (issue 12): --kinds says how many statements of other kinds it left out
    // (here a ministry's; "Kovac said" is a person's).
    const withMinistry = file(
      dir,
      'with-ministry.csv',
      `${readFileSync(articles, 'utf8')}\nr4,2025-05-21,AP,The Belmark Foreign Ministry said the offer was a trap.\n`,
    );
    const kindsOut = join(dir, 'kinds.csv');
    await run(['extract', '--articles', withMinistry, '-o', kindsOut, '-q']);
    const kinds = await run(['profile', kindsOut, '--speaker', 'speaker', '--kinds', 'person']);
    expect(kinds.stdout).toMatch(/^6 statements from .*left out: 1 of other speaker kinds/);
  });

  it('score: appends speaker_id, speaker_name and side from the speaker column', async () => {
    const input = file(
      dir,
      'said.csv',
      'speaker,text\nGovernment spokesman Christian Solberg,We reject this.\nMs Kovac,We are ready to talk.\n',
    );
    const r = await run(['score', input, '--text', 'text', '--speaker', 'speaker', '--aliases', aliasesCsv, '-q']);
    expect(r.code).toBe(0);
    const rows = table(r.stdout);
    expect(rows.map((x) => [x.speaker_id, x.speaker_name, x.side])).toEqual([
      ['name:solberg.k', 'Kristian Solberg', 'Belmark'],
      ['name:kovac', 'Kovac', ''], // a surname alone, read without the corpus: profile unifies it
    ]);
    const noSpeaker = await run(['score', input, '--text', 'text', '--aliases', aliasesCsv, '-q']);
    expect(noSpeaker.code).toBe(2);
    expect(noSpeaker.stderr).toMatch(/give --speaker too/);
  });

  it.each([
    [
      'score',
      (a: string) => ['score', join(dir, 'said.csv'), '--text', 'text', '--speaker', 'speaker', '--aliases', a],
    ],
    ['extract', (a: string) => ['extract', '--articles', articles, '--aliases', a]],
    ['profile', (a: string) => ['profile', join(dir, 'said.csv'), '--speaker', 'speaker', '--aliases', a]],
    ['report', (a: string) => ['report', '--articles', articles, '--aliases', a]],
  ])('%s: a malformed aliases file is a usage error (exit 2) naming the line, with no output', async (_name, args) => {
    const csv = file(dir, 'bad.csv', 'name,canonical,side\nIrena Kovac,,Ardenia\nKovac,Irena Kovac\n');
    const r = await run(args(csv));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.csv line 3: expected 3 fields, got 2');
    expect(r.stdout).toBe('');
    const json = file(
      dir,
      'bad.json',
      '{\n  "aliases": {\n    "Christian Solberg": "Kristian Solberg",\n    "Christian Solberg": "K. Solberg"\n  }\n}',
    );
    const j = await run(args(json));
    expect(j.code).toBe(2);
    expect(j.stderr).toContain('bad.json line 4: "Christian Solberg" is given twice (first on line 3)');
    // A missing aliases file is an unreadable input (exit 1), as every missing input is.
    const gone = await run(args(join(dir, 'missing.json')));
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain(`cannot read aliases file ${join(dir, 'missing.json')}: no such file`);
  });
});

describe('report --articles: the extraction path of extract, and --aliases', () => {
  it('carries the article columns, unifies speakers across articles and draws a line per side from the aliases', async () => {
    const r = await run([
      'report',
      '--articles',
      articles,
      '--aliases',
      aliasesCsv,
      '--by',
      'date',
      '--bin',
      'week',
      '--min-n',
      '2',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\d+ statements, \d+ speakers/);
    expect(r.stdout).toContain('<h3>Per side</h3>');
    expect(r.stdout).toMatch(/<li>Ardenia[ :]/);
    // "Ms Kovac" (r2) and "Kovac" (r3) are the Irena Kovac r1 names in full; "Christian" is Kristian Solberg.
    expect(r.stdout).toContain('Irena Kovac');
    expect(r.stdout).not.toMatch(/>Ms Kovac</);
    expect(r.stdout).toContain('Kristian Solberg');
    expect(r.stdout).not.toContain('Christian Solberg</');
    const raw = await run(['report', '--articles', articles, '--raw-speakers']);
    expect(raw.stdout).toContain('Christian Solberg');
  });
});

describe('profile: time bins, sides, minimum counts and filters', () => {
  let statements: string;
  beforeAll(() => {
    // Six weekly statements per side: A softens, B hardens; one late row with low confidence and an analyst.
    const lines = ['speaker,date,side,text,confidence,speaker_kind'];
    const soft = [
      'We warn them and reject their ultimatum.',
      'We reject this demand.',
      'We are ready to consider talks.',
      'We welcome the talks.',
      'We welcome the progress and thank our partners.',
      'We are grateful and ready to cooperate fully.',
    ];
    const hard = [
      'We welcome the talks.',
      'We are ready to cooperate.',
      'We are ready to consider talks.',
      'We reject this demand.',
      'We warn them and reject their ultimatum.',
      'We threaten to respond with force and reject any talks.',
    ];
    // Six statements each, a week or so apart through March and April.
    const dated = (who: string, side: string, texts: readonly string[]): string[] =>
      texts.map(
        (t, i) =>
          `${who},2025-0${i < 4 ? 3 : 4}-${String(((i * 7 + 3) % 28) + 1).padStart(2, '0')},${side},${JSON.stringify(t)},0.9,person`,
      );
    lines.push(...dated('Minister Ana Roth', 'A', soft), ...dated('Minister Ben Vos', 'B', hard));
    lines.push('Analyst Cy Lee,2025-04-20,,We reject this demand.,0.2,description');
    statements = file(dir, 'weekly.csv', `${lines.join('\n')}\n`);
  });

  it('prints the side × week table and a trend per side, and states the minimums', async () => {
    const weekly = (minN: string) =>
      run([
        'profile',
        statements,
        '--speaker',
        'speaker',
        '--by',
        'date',
        '--bin',
        'week',
        '--side',
        'side',
        '--min-n',
        minN,
      ]);
    const r = await weekly('4');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Mean score by side and week \(statements\):\nside +2025-W/);
    expect(r.stdout).toMatch(/a direction needs 4 statements in 3 weeks/);
    expect(r.stdout).toMatch(/^ {2}A softened: toward conciliatory by \+/m);
    expect(r.stdout).toMatch(/^ {2}B hardened: toward confrontational by −/m);
    const strict = await weekly('7');
    expect(strict.stdout).toMatch(
      /^ {2}A: not enough statements \(\d weeks, 6 statements; a direction needs 7 statements in 3 weeks\)$/m,
    );
  });

  it('groups by two columns (side × month) and filters by confidence and speaker kind', async () => {
    const r = JSON.parse(
      (
        await run([
          'profile',
          statements,
          '--speaker',
          'speaker',
          '--by',
          'side,date',
          '--bin',
          'month',
          '--side',
          'side',
          '--json',
        ])
      ).stdout,
    ) as { report: { by: string; groups: string[] }; statements: number };
    expect(r.report.by).toBe('side × date/month');
    expect(r.report.groups).toEqual(['A · 2025-03', 'A · 2025-04', 'B · 2025-03', 'B · 2025-04', '(none) · 2025-04']);
    expect(r.statements).toBe(13);
    const confident = JSON.parse(
      (await run(['profile', statements, '--speaker', 'speaker', '--min-confidence', '0.5', '--json'])).stdout,
    ) as {
      statements: number;
      dropped: { confidence: number };
    };
    expect([confident.statements, confident.dropped.confidence]).toEqual([12, 1]);
    const people = await run(['profile', statements, '--speaker', 'speaker', '--kinds', 'person']);
    expect(people.stdout).toMatch(/^12 statements from .* \(left out: 1 of other speaker kinds\)/);
    expect(people.stdout).not.toContain('Lee');
  });

  it.each([
    [['--bin', 'week'], /--bin bins the date column of --by/],
    [['--by', 'date', '--bin', 'year'], /--bin must be day, week, month/],
    [['--min-n', '0'], /--min-n must be a positive whole number/],
    [['--min-periods', '1'], /--min-periods must be at least 2/],
    [['--min-confidence', '2'], /--min-confidence must be a number in \[0, 1\]/],
    [['--kinds', 'officials'], /--kinds takes person, organisation/],
    [['--by', 'nope'], /--by nope needs a column "nope"/],
  ])('%j is a usage error', async (args, message) => {
    const r = await run(['profile', statements, '--speaker', 'speaker', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
