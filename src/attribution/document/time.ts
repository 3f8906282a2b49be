/**
 * Time and place adverbials around a speech verb: "Iraq on Saturday appealed …", "The union announced
 * Thursday that …", "…, officials said late on Monday.", "…, the envoy said here Wednesday in a statement.".
 * A time phrase is a run of time words (lexicons/en/time-words.json), numbers and the little words that glue
 * them ("on", "late", "earlier", "this", "last") holding at least one time word. Time phrases are skipped
 * between a speaker and its verb and after the verb, and are never a speaker.
 */
import type { Context } from './context.js';
import { wordClass } from './word-classes.js';

/** Words that join time words into a phrase. */
const GLUE = new Set([
  'on',
  'in',
  'at',
  'during',
  'by',
  'late',
  'early',
  'earlier',
  'later',
  'last',
  'this',
  'next',
  'past',
  'previous',
  'following',
  'coming',
  'same',
  'mid',
  'local',
  'until',
  'since',
  'from',
  'around',
  'over',
  'each',
  'every',
  'of',
  ',',
]);
/** Longest time phrase, in tokens (bounds the walks). */
const MAX_TIME = 8;

/**
 * Is token i a time word ("Saturday", "week", "tonight")?
 * @example
 * ```ts
 * isTimeWord(ctx, i); // true at "Thursday"
 * ```
 */
export function isTimeWord(ctx: Context, i: number): boolean {
  return wordClass(ctx, i) === 'time';
}

const isNumber = (ctx: Context, i: number): boolean => ctx.doc.pos[i] === 'NUM' || /^\d/.test(ctx.doc.value[i] ?? '');
const inTime = (ctx: Context, i: number): boolean =>
  isTimeWord(ctx, i) || isNumber(ctx, i) || GLUE.has(ctx.doc.lower[i] ?? '');

/**
 * The first token of a time phrase that ends at token `last` (inclusive), or -1 when `last` ends none.
 * @example
 * ```ts
 * timeBefore(ctx, saturdayToken, sentence.first); // index of "on" in "Iraq on Saturday appealed"
 * ```
 */
export function timeBefore(ctx: Context, last: number, floor: number): number {
  if (!isTimeWord(ctx, last) && !isNumber(ctx, last)) return -1;
  let s = last;
  let anchor = false;
  while (s >= floor && last - s < MAX_TIME && ctx.quoteOf[s] === -1 && inTime(ctx, s)) {
    anchor ||= isTimeWord(ctx, s);
    s -= 1;
  }
  s += 1;
  // A phrase neither starts with a comma nor with "of" ("the talks of Monday" is not a time phrase before a verb).
  while (s <= last && (ctx.doc.value[s] === ',' || ctx.doc.lower[s] === 'of')) s += 1;
  return anchor && s <= last ? s : -1;
}

/**
 * The end (exclusive) of a time phrase that starts at token `first`, or -1 when none starts there.
 * @example
 * ```ts
 * timeAfter(ctx, onToken, sentence.end); // one past "Tuesday" in "said on Tuesday that"
 * ```
 */
export function timeAfter(ctx: Context, first: number, ceiling: number): number {
  let k = first;
  let end = -1;
  while (k < ceiling && k - first < MAX_TIME && ctx.quoteOf[k] === -1 && inTime(ctx, k)) {
    // The phrase ends after its last time word or number (trailing glue is not part of it).
    if (isTimeWord(ctx, k) || (isNumber(ctx, k) && end > -1)) end = k + 1;
    k += 1;
  }
  return end;
}
