/**
 * The scorer factory: options validated and lexicons compiled once, then `score()` is a single pass over the
 * text (tokenize → match → modifiers → aggregate) reusing the scorer's own buffers.
 */
import { InputError } from '../errors.js';
import { builtinIrregularForms } from '../lexicon/builtin.js';
import { compileLexicon } from '../lexicon/compile.js';
import { extendLexicon } from '../lexicon/extend.js';
import { precompiledDefault } from '../lexicon/precompiled.js';
import { TokenBuffer } from '../text/token-buffer.js';
import { tokenize } from '../text/tokenize.js';
import { aggregate } from './aggregate.js';
import { applyModifiers } from './apply-modifiers.js';
import type { ScorerOptions } from './options.js';
import { resolveScorerOptions } from './resolve-options.js';
import { scanTokens } from './scan.js';
import type { Scorer, ToneScore } from './types.js';
import { WordLookup } from './word-lookup.js';

/**
 * Creates a scorer: the English core plus the diplomacy pack by default.
 * @example
 * ```ts
 * import { createScorer } from 'detente';
 * const scorer = createScorer();
 * const result = scorer.score('There is no trade space there — none.');
 * result.label;                // 'confrontational'
 * result.evidence[0]?.term;    // 'no trade space'
 * ```
 */
export function createScorer(options?: ScorerOptions): Scorer {
  const resolved = resolveScorerOptions(options);
  const { layered } = resolved;
  const lexicon =
    layered === undefined
      ? compileLexicon(resolved.modules)
      : layered.length === 0
        ? precompiledDefault()
        : extendLexicon(precompiledDefault(), layered, builtinIrregularForms());
  const words = new WordLookup(lexicon);
  const tokens = new TokenBuffer();

  const score = (text: string): ToneScore => {
    if (typeof text !== 'string') {
      throw new InputError(`score() expects a string, got ${text === null ? 'null' : typeof text}`);
    }
    tokenize(text, tokens, words);
    const evidence = applyModifiers(scanTokens(lexicon, tokens), tokens, text);
    return aggregate(evidence, tokens.sentences, tokens.count, resolved.thresholds);
  };
  return Object.freeze({ score, modules: lexicon.modules, thresholds: resolved.thresholds });
}
