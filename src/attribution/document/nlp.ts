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
  const doc = engine.readDoc(breakLongRuns(text));
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

/** Longest run of non-space characters handed to wink in one piece. */
export const MAX_RUN = 200;

/**
 * wink's tokenizer is quadratic on a long run without spaces (100,000 characters take ≈ 12 s). No word is
 * that long, so such runs are cut by a space every MAX_RUN characters; the text keeps its length, so every
 * token wink returns still lies at its own offset in the original text.
 * @example
 * ```ts
 * breakLongRuns('x'.repeat(450)).split(' ').length; // 3
 * ```
 */
export function breakLongRuns(text: string): string {
  let run = 0;
  let cuts: number[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) run = 0;
    else if (++run > MAX_RUN) {
      cuts ??= [];
      cuts.push(i);
      run = 0;
    }
  }
  if (cuts === undefined) return text;
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(text.slice(from, cut), ' ');
    from = cut + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
