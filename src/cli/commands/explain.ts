/** `detente explain "text"`: one score with its evidence; matched terms coloured only on a terminal. */

import type { Evidence } from '../../index.js';
import { createScorer, explain } from '../../index.js';
import { encodingFlag, list, parse, str, UsageError } from '../args.js';
import { HELP } from '../help.js';
import { scorerOptions } from '../lexicon-files.js';
import { OUTPUT_FLAG, writeResult } from '../output.js';
import { readStdin } from '../stdin.js';

/** The flags of this command (each one is in its --help; tests/cli/help-lists-every-flag.test.ts checks). */
export const FLAGS = {
  ...OUTPUT_FLAG,
  encoding: { type: 'string' },
  json: { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true },
} as const;

/** Green for conciliatory hits, red for confrontational ones, bold either way. */
function colour(term: string, e: Evidence): string {
  const code = e.weight > 0 ? 32 : e.weight < 0 ? 31 : 33;
  return `\x1b[1;${code}m${term}\x1b[0m`;
}

/**
 * Whether a stream is a colour terminal (NO_COLOR and TERM=dumb respected).
 * @example
 * ```ts
 * useColour(process.stdout); // false when piped
 * ```
 */
export function useColour(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb';
}

/**
 * Runs `detente explain`. Resolves with the exit code.
 * @example
 * ```ts
 * await explainCommand(['We reject the ultimatum.']);
 * ```
 */
export async function explainCommand(argv: readonly string[]): Promise<number> {
  const parsed = parse('explain', argv, FLAGS);
  if (parsed.values.help === true) {
    process.stdout.write(`${HELP.explain}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0)
    throw new UsageError('explain needs a text (quote it), or - for stdin', 'explain');
  const text =
    parsed.positionals.length === 1 && parsed.positionals[0] === '-'
      ? await readStdin(encodingFlag(parsed, 'explain'))
      : parsed.positionals.join(' ');
  const scorer = createScorer(scorerOptions(list(parsed, 'pack'), list(parsed, 'lexicon'), 'explain'));
  const result = scorer.score(text);
  const toTerminal = str(parsed, 'output') === undefined && useColour(process.stdout);
  writeResult(
    parsed,
    parsed.values.json === true
      ? `${JSON.stringify(result, null, 2)}\n`
      : `${explain(result, toTerminal ? { highlight: colour } : {})}\n`,
  );
  return 0;
}
