/**
 * Titles before a name, and what comes before the title: "Russian Foreign Minister Sergei Lavrov" is an
 * affiliation ("Russian"), a title ("Foreign Minister") and a name ("Sergei Lavrov"). A title phrase ends
 * with a title head (the last word of an office or honorific in lexicons/en/titles.json: "minister", "mr.",
 * "spokesman") and runs left over title words and modifiers ("Deputy Foreign"), and over lower-case nouns
 * and adjectives before a lower-case head ("foreign ministry spokesman"). "of"/"for" and a few capitalised
 * words after the head belong to the title ("Deputy Secretary of Energy Jane Roe", "special envoy for Yemen
 * Henrik Dahl"): the name is then the last two words (the last one when only two are left).
 */
import type { TitleEntry } from '../../lexicon/types.js';
import type { Context } from '../document/context.js';
import { wordClass } from '../document/word-classes.js';
import { glued, PARTICLES, startsUpper } from './name-words.js';

/** How a run of capitalised words splits: title tokens `[titleFirst, nameFirst)`, name `[nameFirst, end)`. */
export interface TitleSplit {
  readonly titleFirst: number;
  readonly nameFirst: number;
  /** The title entry of the head (for gender and role), if the head is a whole entry. */
  readonly entry: TitleEntry | undefined;
}

/** The title entry ending at token k (longest first: "secretary of state" before "state"), if any. */
function entryEndingAt(ctx: Context, k: number): TitleEntry | undefined {
  const { lower } = ctx.doc;
  let key = lower[k] ?? '';
  let best = ctx.lex.titles.get(key);
  for (let s = k - 1; s >= Math.max(0, k - ctx.lex.titleLength + 1); s -= 1) {
    key = `${lower[s] ?? ''} ${key}`;
    best = ctx.lex.titles.get(key) ?? best;
  }
  return best;
}

/** Is token k the last word of an office or honorific title? Countries and demonyms never are ("Georgia"). */
function titleHead(ctx: Context, k: number): boolean {
  if (!ctx.lex.titleHeads.has(ctx.doc.lower[k] ?? '')) return false;
  const cls = wordClass(ctx, k);
  return cls !== 'country' && cls !== 'demonym';
}

/** Is token k a word a title phrase can hold ("deputy", "foreign", "minister"), but not a nationality? */
function titleWord(ctx: Context, k: number): boolean {
  if (!ctx.lex.titleWords.has(ctx.doc.lower[k] ?? '')) return false;
  const cls = wordClass(ctx, k);
  return cls !== 'country' && cls !== 'demonym' && cls !== 'time';
}

/** A capitalised word that can name a portfolio before a title head ("Migration", "Economy"). */
function portfolio(ctx: Context, k: number): boolean {
  const v = ctx.doc.value[k] ?? '';
  if (v === v.toUpperCase() || ctx.doc.pos[k] === 'PUNCT') return false;
  // A nationality adjective the lexicon does not list ("Ardenian", "Belmarkese") is the affiliation.
  const w = ctx.doc.lower[k] ?? '';
  if (DEMONYM_ENDINGS.some((e) => w.endsWith(e))) return false;
  // "-an" and "-i" also end portfolio words ("Urban Development", "Human Rights"); before a title word
  // ("Valmoran Foreign Minister", "Tavrani Minister") they make a nationality.
  if (w.length >= 5 && WEAK_DEMONYM_ENDINGS.some((e) => w.endsWith(e)) && titleWord(ctx, k + 1)) return false;
  const cls = wordClass(ctx, k);
  return cls === undefined && !POSSESSIVE.has(ctx.doc.lower[k + 1] ?? '');
}

const POSSESSIVE = new Set(['’s', "'s"]);
const DEMONYM_ENDINGS = ['ian', 'ean', 'ese', 'ish'];
const WEAK_DEMONYM_ENDINGS = ['an', 'i'];

/**
 * The first token of the title phrase whose head is token t, not crossing `floor`.
 * @example
 * ```ts
 * titleStart(ctx, ministerToken, sentence.first); // index of "Foreign" in "Russian Foreign Minister"
 * ```
 */
export function titleStart(ctx: Context, t: number, floor: number): number {
  const { value, pos } = ctx.doc;
  const lowerHead = !startsUpper(value[t] ?? '');
  let k = t;
  while (k - 1 >= floor && t - k < 6 && ctx.quoteOf[k - 1] === -1) {
    const v = value[k - 1] ?? '';
    if (v === '-' && glued(ctx, k - 2, k - 1) && glued(ctx, k - 1, k)) k -= 1;
    else if (titleWord(ctx, k - 1)) k -= 1;
    // Before a capitalised head, capitalised words name the portfolio ("Migration Minister"), unless they
    // are a nationality, a country, an institution or an acronym ("Dutch", "UN"): those are the affiliation.
    else if (!lowerHead && startsUpper(v) && portfolio(ctx, k - 1)) k -= 1;
    // Before a lower-case head, lower-case nouns and adjectives qualify it ("police official", "opposition leader").
    else if (
      lowerHead &&
      !startsUpper(v) &&
      (pos[k - 1] === 'NOUN' || pos[k - 1] === 'ADJ') &&
      wordClass(ctx, k - 1) !== 'time'
    )
      k -= 1;
    else break;
  }
  return k;
}

/**
 * Words in a name, counted up to two: capitalised words with their particles and hyphenated parts
 * ("al-Nusra" is one, "Sergey V. Lavrov" two).
 * @example
 * ```ts
 * nameUnits(ctx, first, end); // 2 for "Ana Luiza de Sousa-Prado", 1 for "al-Nusra"
 * ```
 */
export function nameUnits(ctx: Context, first: number, end: number): number {
  // Only "one or more than one" is ever asked: stop at the second word.
  let units = 0;
  for (const _ of unitStartsOf(ctx, first, end)) if (++units > 1) break;
  return units;
}

/** Tokens that start a word of a name: capitalised words and particles, not initials or hyphenated parts. */
function* unitStartsOf(ctx: Context, first: number, end: number): Generator<number> {
  const { value, lower } = ctx.doc;
  let last = -1;
  for (let k = first; k < end; k += 1) {
    const v = value[k] ?? '';
    if (v === '-' || (value[k - 1] === '-' && glued(ctx, k - 1, k) && k > first)) continue;
    if (/^\p{Lu}\.$/u.test(v)) continue;
    // A particle joins the word after it ("bin Hamad", "al-Harthy").
    if (PARTICLES.has(lower[k - 1] ?? '') && last === k - 1) continue;
    last = k;
    yield k;
  }
}

/** The unit starts of a name as an array. */
function unitStarts(ctx: Context, first: number, end: number): number[] {
  return [...unitStartsOf(ctx, first, end)];
}

/**
 * Where the name starts in a run of capitalised words after "of"/"for" in a title ("State Antony J.
 * Blinken" → "Antony"): two words of name when three or more are left, one when two, none when one (-1).
 * @example
 * ```ts
 * nameAfterAttachment(ctx, first, end); // index of "Jane" in "Energy Jane Roe"
 * ```
 */
export function nameAfterAttachment(ctx: Context, first: number, end: number): number {
  const starts = unitStarts(ctx, first, end);
  if (starts.length >= 3) return starts.at(-2) ?? -1;
  if (starts.length === 2) return starts[1] ?? -1;
  return -1;
}

/**
 * Splits the capitalised run `[first, end)` at its last title head: the title runs left from the head, the
 * name follows it. Null when the run holds no title before a name, or when what follows the head is an
 * organisation ("Justice Department").
 * @example
 * ```ts
 * splitAtTitle(ctx, first, end); // { titleFirst: first + 1, nameFirst: first + 3, entry: foreign minister }
 * ```
 */
export function splitAtTitle(ctx: Context, first: number, end: number): TitleSplit | null {
  for (let t = end - 2; t >= first; t -= 1) {
    if (!titleHead(ctx, t)) continue;
    for (let k = t + 1; k < end; k += 1) if (wordClass(ctx, k) === 'organisation') return null;
    return { titleFirst: titleStart(ctx, t, first), nameFirst: t + 1, entry: entryEndingAt(ctx, t) };
  }
  return null;
}

/**
 * A title head right before token `first` (outside the run: "spokesman Nasser Karimi", or "envoy for Yemen
 * Henrik Dahl" with its attachment), as the split of the run starting at `first`.
 * @example
 * ```ts
 * titleBefore(ctx, first, end, sentence.first); // { titleFirst: …, nameFirst: first, entry: spokesman }
 * ```
 */
export function titleBefore(ctx: Context, first: number, end: number, floor: number): TitleSplit | null {
  const { lower } = ctx.doc;
  let t = first - 1;
  let nameFirst = first;
  if ((lower[t] === 'of' || lower[t] === 'for') && t - 1 >= floor && titleHead(ctx, t - 1)) {
    nameFirst = nameAfterAttachment(ctx, first, end);
    if (nameFirst < 0) return null;
    t -= 1;
  }
  if (t < floor || !titleHead(ctx, t) || ctx.quoteOf[t] !== -1) return null;
  return { titleFirst: titleStart(ctx, t, floor), nameFirst, entry: entryEndingAt(ctx, t) };
}
