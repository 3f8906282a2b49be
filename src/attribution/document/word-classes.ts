/**
 * Word classes on the token table (see lexicons/en/time-words.json, source-nouns.json, places.json): which
 * class a word or phrase belongs to, looked up from the compiled `classes` map (first word → terms, longest
 * first). A term written with a capital matches only as written ("May" the month, not the modal "may").
 */
import type { WordClass } from '../../lexicon/types.js';
import type { Context } from './context.js';
import { WORD_CLASSES } from './lexicons.js';

/** A class term found in the text: its class and its tokens `[first, end)`. */
export interface ClassMatch {
  readonly cls: WordClass;
  readonly first: number;
  readonly end: number;
}

/**
 * The longest word-class term starting at token i, if any.
 * @example
 * ```ts
 * classAt(ctx, i); // { cls: 'media', first: i, end: i + 3 } at "the Associated Press"
 * ```
 */
export function classAt(ctx: Context, i: number): ClassMatch | undefined {
  if (ctx.startsTerm[i] === 1) {
    const { lower } = ctx.doc;
    for (const t of ctx.lex.classes.get(lower[i] ?? '') ?? []) {
      if (t.rest.length > 0 && t.rest.every((w, k) => lower[i + 1 + k] === w))
        return { cls: t.cls, first: i, end: i + 1 + t.rest.length };
    }
  }
  const single = WORD_CLASSES[ctx.classOf[i] ?? -1];
  return single === undefined ? undefined : { cls: single, first: i, end: i + 1 };
}

/** Longest term in words, to bound the search for a term ending at a token. */
const MAX_TERM_WORDS = 5;

/**
 * A word-class term that ends at token `last` (inclusive) and starts at or after `floor`, longest first: the
 * head of a noun phrase ("the interior ministry", "the state news agency", "the Associated Press").
 * @example
 * ```ts
 * classEndingAt(ctx, ministryToken, sentence.first)?.cls; // 'organisation'
 * ```
 */
export function classEndingAt(ctx: Context, last: number, floor: number): ClassMatch | undefined {
  for (let s = Math.max(floor, last - MAX_TERM_WORDS + 1); s < last; s += 1) {
    if (ctx.startsTerm[s] !== 1) continue;
    const m = classAt(ctx, s);
    if (m && m.end === last + 1) return m;
  }
  const single = WORD_CLASSES[ctx.classOf[last] ?? -1];
  return single === undefined ? undefined : { cls: single, first: last, end: last + 1 };
}

/**
 * The class of token i alone (a single-word term), if any.
 * @example
 * ```ts
 * wordClass(ctx, i); // 'time' at "Saturday"
 * ```
 */
export function wordClass(ctx: Context, i: number): WordClass | undefined {
  return WORD_CLASSES[ctx.classOf[i] ?? -1];
}
