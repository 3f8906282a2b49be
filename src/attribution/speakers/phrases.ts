/**
 * Noun-phrase extents on the token table, for subjects and descriptions ("a senior State Department
 * official", "Russia’s Foreign Ministry", "Senior American officials"). Linear walks, bounded in length.
 */
import type { Context } from '../document/context.js';

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const DETERMINER_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const POSSESSIVE = new Set(['’s', "'s"]);
const MAX_NP = 12;
const RELATIVE_DETERMINERS = new Set(['that', 'which', 'whose']);
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);
const APPROXIMATIONS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'approximately', 'over']);
const NOUNS = new Set(['NOUN', 'PROPN']);
const MODIFIED = new Set(['DET', 'ADJ', 'PRON']);

/** Tokens a and b touch (no space between them). */
function glued(ctx: Context, a: number, b: number): boolean {
  return a >= 0 && b < ctx.doc.size && ctx.doc.end[a] === ctx.doc.start[b];
}

/**
 * Can token i sit inside a noun phrase (determiners, adjectives, nouns, numbers, possessives)?
 * @example
 * ```ts
 * inPhrase(ctx, i); // true for "senior" in "a senior State Department official"
 * ```
 */
export function inPhrase(ctx: Context, i: number): boolean {
  const { pos, lower, value } = ctx.doc;
  const p = pos[i] ?? '';
  // "that"/"which" after a noun or a comma open a relative clause ("a plan that aid groups said …").
  if (RELATIVE_DETERMINERS.has(lower[i] ?? '') && (value[i - 1] === ',' || NOUNS.has(pos[i - 1] ?? ''))) return false;
  if (NP_POS.has(p)) return true;
  // "south Serbia", "About 200 supporters": compass words and approximations wink tags as adverbs.
  if (DIRECTIONS.has(lower[i] ?? '')) return true;
  if (APPROXIMATIONS.has(lower[i] ?? '') && pos[i + 1] === 'NUM') return true;
  // Hyphenated compounds, whatever wink tags their parts ("the al-Qaeda-linked Al-Shabaab group").
  if (value[i] === '-') return glued(ctx, i - 1, i) && glued(ctx, i, i + 1);
  if ((value[i - 1] === '-' && glued(ctx, i - 1, i)) || (value[i + 1] === '-' && glued(ctx, i, i + 1)))
    return /^[\p{L}\p{N}]/u.test(value[i] ?? '');
  // A participle between a determiner or adjective and a noun ("the disputed Western Sahara").
  if (p === 'VERB' && /(ed|ing)$/.test(lower[i] ?? '') && MODIFIED.has(pos[i - 1] ?? '') && NOUNS.has(pos[i + 1] ?? ''))
    return true;
  if (POSSESSIVE.has(lower[i] ?? '') || DETERMINER_PRONOUNS.has(lower[i] ?? '')) return true;
  // A plural possessive's bare apostrophe ("the employers' association").
  if ((value[i] === "'" || value[i] === '’') && /s$/i.test(value[i - 1] ?? '') && NP_POS.has(pos[i + 1] ?? ''))
    return ctx.quoteOf[i] === -1;
  // Hyphenated modifiers and initials ("early-December", "J.") are tagged variously.
  return (
    /^[\p{L}\p{N}][\p{L}\p{N}.-]*$/u.test(value[i] ?? '') &&
    p !== 'VERB' &&
    p !== 'AUX' &&
    p !== 'ADP' &&
    p !== 'PRON' &&
    p !== 'CCONJ' &&
    p !== 'SCONJ' &&
    p !== 'ADV' &&
    p !== 'PART'
  );
}

/**
 * The first token of the noun phrase that ends at token `last` (inclusive), not crossing `floor`.
 * @example
 * ```ts
 * phraseStart(ctx, officialToken, sentence.first); // index of "a" in "a senior State Department official"
 * ```
 */
export function phraseStart(ctx: Context, last: number, floor: number): number {
  let k = last;
  while (k - 1 >= floor && last - k < MAX_NP && inPhrase(ctx, k - 1) && ctx.quoteOf[k - 1] === -1) {
    k -= 1;
    if (ctx.doc.pos[k] === 'DET' || DETERMINER_PRONOUNS.has(ctx.doc.lower[k] ?? '')) break;
  }
  return k;
}

/**
 * The end (exclusive) of the noun phrase that starts at token `first`, not crossing `ceiling`.
 * @example
 * ```ts
 * phraseEnd(ctx, theToken, sentence.end); // one past "spokesman" in "the Kremlin spokesman, Dmitry Peskov"
 * ```
 */
export function phraseEnd(ctx: Context, first: number, ceiling: number): number {
  let k = first;
  let sawNoun = false;
  while (k < ceiling && k - first < MAX_NP && inPhrase(ctx, k) && ctx.quoteOf[k] === -1) {
    const p = ctx.doc.pos[k];
    if (k > first && p === 'DET') break;
    // After the head noun only compounding nouns continue ("official familiar with" stops at "familiar").
    const possessive = POSSESSIVE.has(ctx.doc.lower[k] ?? '');
    if (sawNoun && p !== 'NOUN' && p !== 'PROPN' && !possessive) break;
    // A possessive starts the phrase afresh ("Canada’s foreign minister").
    sawNoun = possessive ? false : sawNoun || p === 'NOUN' || p === 'PROPN';
    k += 1;
  }
  return k;
}

/** The text of tokens `[first, end)` as written in the input. */
export function spanText(ctx: Context, first: number, end: number): string {
  if (end <= first) return '';
  return ctx.doc.text.slice(ctx.doc.start[first] ?? 0, ctx.doc.end[end - 1] ?? 0);
}
