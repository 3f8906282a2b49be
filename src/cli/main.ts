#!/usr/bin/env node
/**
 * The `detente` command: dispatches to a command, prints errors, and sets the documented exit code
 * (0 ok, 1 runtime failure, 2 usage error, 3 finished with malformed rows reported, 130 interrupted).
 */
import { CsvError, DETENTE_VERSION } from '../csv/index.js';
import { DetenteError, LexiconError, OptionsError } from '../index.js';
import { UsageError } from './args.js';
import { evalCommand } from './commands/eval.js';
import { explainCommand } from './commands/explain.js';
import { extractCommand } from './commands/extract.js';
import { lexiconCommand } from './commands/lexicon.js';
import { profileCommand } from './commands/profile.js';
import { reportCommand } from './commands/report.js';
import { scoreCommand } from './commands/score.js';
import { HELP } from './help.js';

const COMMANDS: Readonly<Record<string, (argv: readonly string[]) => Promise<number>>> = {
  score: scoreCommand,
  extract: extractCommand,
  explain: explainCommand,
  eval: evalCommand,
  profile: profileCommand,
  report: reportCommand,
  lexicon: lexiconCommand,
};

/** Maps an error to an exit code: configuration and column mistakes are usage errors (2), the rest 1. */
function exitCodeOf(err: unknown): number {
  if (err instanceof DetenteError && err.code === 'E_ABORTED') return 130;
  if (err instanceof UsageError || err instanceof OptionsError || err instanceof LexiconError) return 2;
  if (err instanceof CsvError && err.column !== undefined) return 2;
  return 1;
}

/**
 * Runs the CLI with `argv` (without `node` and the script). Resolves with the exit code.
 * @example
 * ```ts
 * process.exitCode = await main(['score', 'in.csv', '--text', 'quote']);
 * ```
 */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP.main}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${DETENTE_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(`detente: unknown command ${JSON.stringify(name)}\n\n${HELP.main}\n`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
    // A closed pipe (detente score big.csv | head) is the reader's choice, not a failure.
    if ((err as { code?: string }).code === 'EPIPE') return 0;
    const code = exitCodeOf(err);
    const where = err instanceof CsvError && err.row > 0 ? ` (line ${err.row})` : '';
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `detente ${name}: ${message}${where && !message.includes(`line ${(err as CsvError).row}`) ? where : ''}\n`,
    );
    if (err instanceof UsageError) process.stderr.write(`Run "detente ${name} --help" for usage.\n`);
    else if (code === 1 && !(err instanceof DetenteError) && process.env.DETENTE_DEBUG !== undefined)
      process.stderr.write(`${(err as Error).stack ?? ''}\n`);
    return code;
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`detente: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
