/**
 * Every flag a command accepts is in its --help, read from the flag tables the commands parse with, so the help
 * cannot drift from what the command takes (a new user found --encoding, --delimiter and -q missing).
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { FLAGS as evalFlags } from '../../src/cli/commands/eval.js';
import { FLAGS as explainFlags } from '../../src/cli/commands/explain.js';
import { FLAGS as extractFlags } from '../../src/cli/commands/extract.js';
import { FLAGS as lexiconFlags } from '../../src/cli/commands/lexicon.js';
import { FLAGS as profileFlags } from '../../src/cli/commands/profile.js';
import { FLAGS as reportFlags } from '../../src/cli/commands/report.js';
import { FLAGS as scoreFlags } from '../../src/cli/commands/score.js';
import { HELP } from '../../src/cli/help.js';
import { scoreArticles } from '../../src/csv/index.js';
import { sinkString } from '../helpers/sink.js';

type Table = Readonly<Record<string, { readonly type: string; readonly short?: string }>>;

const TABLES: readonly [string, Table][] = [
  ['score', scoreFlags],
  ['extract', extractFlags],
  ['explain', explainFlags],
  ['eval', evalFlags],
  ['profile', profileFlags],
  ['report', reportFlags],
  ['lexicon', lexiconFlags],
];

/** The option lines of a help text: the lines that start (indented) with a flag. */
const optionLines = (help: string): string[] => help.split('\n').filter((line) => /^ {2}(-\w, )?--[\w-]+/.test(line));

describe('--help lists every flag the command accepts', () => {
  it.each(TABLES)('%s', (command, flags) => {
    const help = HELP[command] ?? '';
    const lines = optionLines(help);
    const missing = Object.entries(flags)
      .filter(([name, spec]) => {
        const line = lines.find((l) => new RegExp(`(^|[ ,])--${name}\\b`).test(l));
        return line === undefined || (spec.short !== undefined && !line.includes(`-${spec.short}, --${name}`));
      })
      .map(([name, spec]) => (spec.short === undefined ? `--${name}` : `-${spec.short}, --${name}`));
    expect(missing).toEqual([]);
  });

  it('and lists no flag the command does not accept', () => {
    for (const [command, flags] of TABLES) {
      const listed = optionLines(HELP[command] ?? '').map((l) => /--([\w-]+)/.exec(l)?.[1]);
      expect(
        listed.filter((name) => name !== undefined && !Object.hasOwn(flags, name)),
        command,
      ).toEqual([]);
    }
  });
});

describe('extract --help', () => {
  const help = HELP.extract ?? '';

  it('lists the columns the output has, in order (the kept article columns where it says so)', async () => {
    const listed = /^Columns[^:]*: ([\s\S]*?)\.\n/m.exec(help)?.[1]?.split(/,\s*/) ?? [];
    expect(listed.length).toBeGreaterThan(20);
    const sink = sinkString();
    await scoreArticles({
      input: Readable.from([
        Buffer.from('id,date,outlet,text\na1,2026-03-02,Wire,"Mr. Lund warned that the talks would fail."\n'),
      ]),
      output: sink.stream,
    });
    const header = sink.text().split('\n')[0]?.split(',') ?? [];
    const expected = listed.flatMap((c) => (c === 'the kept article columns' ? ['date', 'outlet'] : [c]));
    expect(header).toEqual(expected);
  });

  it('shows the flags that have defaults as optional in its usage lines', () => {
    const usage = help.slice(0, help.indexOf('\n\n'));
    for (const flag of ['--text COL', '--id COL', '--keep COLS', '--format', '-o OUT'])
      expect(usage, flag).toMatch(new RegExp(`\\[${flag.replace(/[-[\]]/g, '\\$&')}`));
  });
});
