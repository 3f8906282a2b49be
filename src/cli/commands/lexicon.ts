/** `detente lexicon check FILE...`: validates user lexicon modules and checks each tone term matches alone. */

import type { LexiconModule, ToneEntry } from '../../index.js';
import { createScorer, DetenteError } from '../../index.js';
import { sampleTexts } from '../../lexicon/constraint.js';
import { parse, UsageError } from '../args.js';
import { HELP } from '../help.js';
import { loadLexiconFile } from '../lexicon-files.js';
import { OUTPUT_FLAG, writeResult } from '../output.js';

/** The flags of this command (each one is in its --help; tests/cli/help-lists-every-flag.test.ts checks). */
export const FLAGS = { ...OUTPUT_FLAG } as const;

/**
 * Tone terms of `mod` that do not match when scored on their own (with the module layered on the core), in a
 * short text where their constraint holds (`sampleTexts`).
 */
function unmatched(mod: LexiconModule): string[] {
  if (mod.kind !== 'tone') return [];
  const scorer = createScorer({ lexicons: [mod] });
  const source = `${mod.id}@${mod.version}`;
  return (mod.entries as readonly ToneEntry[])
    .filter(
      (e) =>
        !sampleTexts(e).some((text) =>
          scorer.score(text).evidence.some((h) => h.source === source && h.lemma === e.term),
        ),
    )
    .map((e) => e.term);
}

/**
 * Runs `detente lexicon check`. Resolves with 0 when every module is valid, 1 otherwise.
 * @example
 * ```ts
 * await lexiconCommand(['check', 'my-terms.json']);
 * ```
 */
export async function lexiconCommand(argv: readonly string[]): Promise<number> {
  const parsed = parse('lexicon', argv, FLAGS);
  if (parsed.values.help === true) {
    process.stdout.write(`${HELP.lexicon}\n`);
    return 0;
  }
  const [sub, ...files] = parsed.positionals;
  if (sub !== 'check')
    throw new UsageError(
      sub === undefined
        ? 'lexicon needs a subcommand: check'
        : `unknown lexicon subcommand ${JSON.stringify(sub)} (try check)`,
      'lexicon',
    );
  if (files.length === 0) throw new UsageError('lexicon check needs at least one FILE', 'lexicon');
  let failed = 0;
  let out = '';
  for (const file of files) {
    try {
      const mod = loadLexiconFile(file, 'lexicon');
      const misses = unmatched(mod);
      out += `ok   ${file}: ${mod.id}@${mod.version} (${mod.kind}, ${mod.entries.length} entries)\n`;
      for (const term of misses)
        out += `     warning: ${JSON.stringify(term)} does not match when scored on its own (shadowed by another entry, or not tokenizable)\n`;
    } catch (err) {
      if (!(err instanceof DetenteError) && !(err instanceof UsageError)) throw err;
      failed++;
      out += `FAIL ${file}: ${err.message}\n`;
    }
  }
  writeResult(parsed, out);
  return failed > 0 ? 1 : 0;
}
