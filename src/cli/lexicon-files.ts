/** Loads the user's lexicon files (`--lexicon FILE`) and checks `--pack` names, for every scoring command. */
import { readFileSync } from 'node:fs';
import type { LexiconModule, PackName, ScorerOptions } from '../index.js';
import { PACK_NAMES, validateModule } from '../index.js';
import { UsageError } from './args.js';
import { unreadable } from './readable.js';

/**
 * Reads and validates one lexicon module file. Throws `InputError` for an unreadable file (exit 1),
 * `UsageError` for bad JSON, and
 * the library's `LexiconError` (naming the entry) for a module that breaks the schema.
 * @example
 * ```ts
 * const mod = loadLexiconFile('my-terms.json');
 * ```
 */
export function loadLexiconFile(file: string, command: string): LexiconModule {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw unreadable(file, err, 'lexicon');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`lexicon ${file} is not valid JSON: ${(err as Error).message}`, command);
  }
  return validateModule(json);
}

/**
 * Scorer options from `--pack` and `--lexicon` flags. Without `--pack`, the default packs apply.
 * @example
 * ```ts
 * scorerOptions(['labor'], ['mine.json'], 'score'); // { packs: ['labor'], lexicons: [ … ] }
 * ```
 */
export function scorerOptions(packs: readonly string[], lexicons: readonly string[], command: string): ScorerOptions {
  const known = PACK_NAMES as readonly string[];
  for (const p of packs) {
    if (p !== 'none' && !known.includes(p))
      throw new UsageError(`unknown pack ${JSON.stringify(p)}; packs are ${known.join(', ')} (or none)`, command);
  }
  const chosen = packs.filter((p) => p !== 'none') as PackName[];
  return {
    ...(packs.length > 0 && { packs: chosen }),
    ...(lexicons.length > 0 && { lexicons: lexicons.map((f) => loadLexiconFile(f, command)) }),
  };
}
