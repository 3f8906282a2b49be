/**
 * Direct quotations: a quotation that stands as its own clause (it opens the sentence, or follows a colon
 * or a cue and comma) is a `direct` statement. Its cue is the one right after it (“…,” Mr. Lavrov said /
 * “…,” said Mr. Blinken / “…,” he said of Ukraine) or right before it (Mr. Lavrov said: “…”). Without a
 * cue it continues the previous speaker, when that speaker spoke in this paragraph or the one before.
 */

import type { Cue } from '../cues/cues.js';
import type { Context } from '../document/context.js';

/** First and last token of each top-level quotation (-1 when it holds no token). */
export interface QuoteTokens {
  readonly first: Int32Array;
  readonly last: Int32Array;
}

/**
 * Maps quotations to their first and last tokens in one pass.
 * @example
 * ```ts
 * quoteTokens(ctx).first[0]; // token index of the first quotation's opening mark
 * ```
 */
export function quoteTokens(ctx: Context): QuoteTokens {
  const first = new Int32Array(ctx.quotes.length).fill(-1);
  const last = new Int32Array(ctx.quotes.length).fill(-1);
  for (let i = 0; i < ctx.doc.size; i += 1) {
    const q = ctx.quoteOf[i] ?? -1;
    if (q < 0) continue;
    if (first[q] === -1) first[q] = i;
    last[q] = i;
  }
  return { first, last };
}

const DASHES = new Set(['—', '–', '-', '(']);
const ADVERBIAL = new Set(['ADV', 'AUX']);

/**
 * Does the quotation opening at token `a` stand as its own clause (sentence start, after a colon or a dash)?
 * @example
 * ```ts
 * standsAlone(ctx, firstTokenOfQuote); // true for “I hope the emotions subside a bit,” Mr. Lavrov said.
 * ```
 */
export function standsAlone(ctx: Context, a: number): boolean {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[a] ?? 0];
  let k = a - 1;
  while (sentence && k >= sentence.first && DASHES.has(ctx.doc.value[k] ?? '')) k -= 1;
  return !sentence || k < sentence.first || ctx.doc.value[k] === ':';
}

/**
 * The cue right after the quotation ending at token `b`, from that sentence's cues.
 * @example
 * ```ts
 * cueAfter(ctx, lastTokenOfQuote, cuesOfThatSentence, true)?.word.entry.term; // 'tell'
 * ```
 */
export function cueAfter(ctx: Context, b: number, cues: readonly Cue[], alone: boolean): Cue | undefined {
  let t = b + 1;
  while (ctx.doc.value[t] === ',') t += 1;
  for (const cue of cues) {
    if (cue.first < t || cue.nested) continue;
    if (cue.inverted) return cue.first === t ? cue : undefined;
    if (!cue.subject) return undefined;
    // After a quotation that stands alone, the next cue of the sentence is its own, whatever comes between
    // (“…,” the Kremlin spokesman, Dmitri Peskov, told reporters); after a quoted fragment it must follow at once.
    if (alone) return noQuoteBetween(ctx, t, cue.first) && cue.first - t <= 25 ? cue : undefined;
    if (cue.subject.first !== t) return undefined;
    for (let k = cue.subject.end; k < cue.first; k += 1) if (!ADVERBIAL.has(ctx.doc.pos[k] ?? '')) return undefined;
    return cue;
  }
  return undefined;
}

function noQuoteBetween(ctx: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (ctx.quoteOf[k] !== -1) return false;
  return true;
}

/**
 * The cue right before the quotation opening at token `a` (only a comma or colon between them).
 * @example
 * ```ts
 * cueBefore(ctx, firstTokenOfQuote, cuesOfThatSentence)?.word.entry.term; // 'say'
 * ```
 */
export function cueBefore(ctx: Context, a: number, cues: readonly Cue[]): Cue | undefined {
  for (let n = cues.length - 1; n >= 0; n -= 1) {
    const cue = cues[n];
    if (!cue || cue.end > a || cue.nested) continue;
    if (cue.subject === null) return undefined;
    let k = Math.max(cue.end, cue.contentFirst);
    while (k < a && (ctx.doc.value[k] === ',' || ctx.doc.value[k] === ':')) k += 1;
    if (k === a) return cue;
    // "wrote on social media: “…”": an adverbial between the cue and a colon.
    if (ctx.doc.value[a - 1] !== ':') return undefined;
    for (let n = cue.end; n < a - 1; n += 1) {
      if (ctx.quoteOf[n] !== -1 || ctx.doc.pos[n] === 'VERB' || ctx.doc.pos[n] === 'AUX') return undefined;
    }
    return cue;
  }
  return undefined;
}
