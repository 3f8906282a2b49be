/**
 * What the extraction steps share for one document: the token table, the quotations, which token lies in
 * which quotation, and the compiled lexicons.
 */
import type { Doc } from './document.js';
import { type AttributionLexicons, tokenClasses } from './lexicons.js';
import type { Quote } from './quotes.js';

/** Shared, read-only state of one extraction. */
export interface Context {
  readonly doc: Doc;
  readonly lex: AttributionLexicons;
  readonly quotes: readonly Quote[];
  /** `quoteOf[i]`: index in `quotes` of the quotation holding token i (its marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** `classOf[i]`: the word class of token i on its own, as an index into `WORD_CLASSES`, or -1 (also inside quotations). */
  readonly classOf: Int8Array;
  /** `startsTerm[i]`: 1 when token i starts a word-class term of several words ("the associated press"). */
  readonly startsTerm: Uint8Array;
}

/**
 * Maps every token to the top-level quotation around it, in one merge pass (tokens and quotes are both
 * in text order).
 * @example
 * ```ts
 * const ctx = buildContext(doc, lex, scanQuotes(doc.text));
 * ctx.quoteOf[0]; // 0 when the text opens with a quotation
 * ```
 */
export function buildContext(doc: Doc, lex: AttributionLexicons, quotes: readonly Quote[]): Context {
  const quoteOf = new Int32Array(doc.size).fill(-1);
  let q = 0;
  for (let i = 0; i < doc.size; i += 1) {
    const at = doc.start[i] ?? 0;
    while (q < quotes.length && (quotes[q]?.after ?? 0) <= at) q += 1;
    const quote = quotes[q];
    // A closing mark's token starts at the mark itself (after - 1), hence `< after`.
    if (quote !== undefined && at >= quote.open && at < quote.after) quoteOf[i] = q;
  }
  return { doc, lex, quotes, quoteOf, ...tokenClasses(doc.lower, doc.value, lex, quoteOf, doc.pos) };
}

/** Punctuation that ends a clause inside a sentence. */
export const CLAUSE_PUNCT: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Quote-mark characters, as tokens. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', '‚', '‹', '›', "'"]);
