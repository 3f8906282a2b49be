/**
 * wink-nlp setup. The model is imported with this entry (never by the core) and the pipeline is built once
 * per process, on first use, with only what attribution needs: sentence boundaries and parts of speech.
 */

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** What attribution reads from wink for one document: parallel arrays, one slot per wink token. */
export interface WinkTokens {
  /** Token text as written (wink keeps the original characters). */
  readonly values: readonly string[];
  /** Universal POS tag of each token ("PROPN", "VERB", "SPACE", …). */
  readonly pos: readonly string[];
  /** Sentences as inclusive `[firstToken, lastToken]` pairs. */
  readonly sentences: readonly (readonly [number, number])[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** The shared wink instance, created on first call (about 300 ms once per process). */
function instance(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * Reads a text once with wink and returns its tokens, POS tags and sentence spans.
 * @example
 * ```ts
 * readWithWink('Mr. Lavrov said so.').pos; // ['PROPN', 'PROPN', 'VERB', 'ADV', 'PUNCT']
 * ```
 */
export function readWithWink(text: string): WinkTokens {
  const engine = instance();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out() as string[],
    pos: tokens.out(its.pos) as string[],
    sentences: doc.sentences().out(its.span) as unknown as [number, number][],
  };
}

/**
 * Builds the wink pipeline now instead of on first use (for servers that want the ~300 ms up front).
 * @example
 * ```ts
 * warmUp();
 * ```
 */
export function warmUp(): void {
  instance();
}
