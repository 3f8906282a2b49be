import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, file, ROOT, run, tempDir } from './helpers.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
}, 200_000);

describe('detente: help, version, usage', () => {
  it.each(['score', 'extract', 'explain', 'eval', 'profile', 'lexicon'])(
    '%s --help prints usage with examples',
    async (command) => {
      const r = await run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: detente ${command}`));
      expect(r.stdout).toMatch(/Examples:\n {2}detente /);
    },
  );

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await run(['--version']);
    expect(r.stdout.trim()).toBe(version);
  });

  it.each([
    [['nope'], /unknown command "nope"/],
    [['score'], /score needs a FILE/],
    [['score', 'x.csv', '--bogus'], /Unknown option '--bogus'/],
    [['score', 'x.csv', '--workers', 'two'], /--workers must be a positive whole number/],
    [['score', 'x.csv', '--pack', 'nope'], /unknown pack "nope"/],
    [['eval', 'x.csv'], /--label/],
    [['profile', 'x.csv'], /--speaker/],
  ] as [string[], RegExp][])('%j is a usage error (exit 2)', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('detente explain', () => {
  it('lists the evidence, plain (no escape codes) when stdout is not a terminal', async () => {
    const r = await run(['explain', 'We will never accept this ultimatum.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^confrontational \(score -/);
    expect(r.stdout).toMatch(/"never accept" \[\d+, \d+\) rejection/);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('reads stdin with - and prints JSON with --json', async () => {
    const r = await run(['explain', '-', '--json'], { input: 'We welcome the talks.' });
    const result = JSON.parse(r.stdout) as { label: string; evidence: { term: string }[] };
    expect(result.label).toBe('conciliatory');
    expect(result.evidence.map((e) => e.term)).toContain('welcome');
  });
});

describe('detente lexicon check', () => {
  it('accepts a valid module and names the entry of an invalid one (exit 1)', async () => {
    const good = file(
      dir,
      'good.json',
      JSON.stringify({
        id: 'acme/terms',
        version: '1.0.0',
        language: 'en',
        kind: 'tone',
        entries: [{ term: 'walk out of the talks', dimension: 'escalation', weight: -5 }],
      }),
    );
    const bad = file(
      dir,
      'bad.json',
      JSON.stringify({
        id: 'acme/bad',
        version: '1.0.0',
        language: 'en',
        kind: 'tone',
        entries: [
          { term: 'fine', dimension: 'dialogue', weight: 2 },
          { term: 'oops', dimension: 'nonsense', weight: 2 },
        ],
      }),
    );
    const ok = await run(['lexicon', 'check', good]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok {3}.*acme\/terms@1\.0\.0 \(tone, 1 entries\)/);
    const r = await run(['lexicon', 'check', good, bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL .*bad\.json: lexicon "acme\/bad" entry 1/);
    const notJson = file(dir, 'not.json', '{ nope');
    expect((await run(['lexicon', 'check', notJson])).stdout).toMatch(/not valid JSON/);
  });
});

describe('detente eval and profile', () => {
  it('evaluates a labelled TSV', async () => {
    const r = await run([
      'eval',
      'benchmarks/data/cameo-verbal.dev.tsv',
      '--text',
      'text',
      '--label',
      'class',
      '--value',
      'goldstein',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as { n: number; labelled: number; accuracy: number; auc: number };
    expect(e.n).toBe(108);
    expect(e.labelled).toBe(108);
    expect(e.accuracy).toBeGreaterThan(0);
  });

  it('profiles speakers of the example CSV and compares the two dates', async () => {
    const r = await run(['profile', 'examples/statements.csv', '--speaker', 'speaker', '--by', 'date', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      report: { groups: string[]; profiles: { speaker: string; count: number }[] };
      comparison: { a: string; b: string };
    };
    expect(out.report.groups).toEqual(['2026-03-02', '2026-03-16']);
    expect(out.report.profiles.reduce((n, p) => n + p.count, 0)).toBe(15);
    expect(out.comparison.a).toBe('2026-03-02');
    const text = await run(['profile', 'examples/statements.csv', '--speaker', 'speaker']);
    expect(text.stdout).toMatch(
      /^15 statements from examples\/statements.csv; tone scored from the text column; 4 speakers/,
    );
    expect(text.stdout).toMatch(/^speaker +n +mean/m);
    expect(text.stdout).toMatch(/^Petrova +4 /m); // "Foreign Minister Petrova": the name without the title
    const raw = await run(['profile', 'examples/statements.csv', '--speaker', 'speaker', '--raw-speakers']);
    expect(raw.stdout).toMatch(/^Foreign Minister Petrova +4 /m);
  });
});
