/**
 * A lone capitalised word as a speaker ("Renko said on Wednesday …"). In wire text, after the first mention
 * gives a full name, a person is named by surname alone; an organisation by one word is rarer and is mostly in
 * the lexicons (source nouns, media, places) or written as an acronym ("NATO"). So a one-word name that is
 * none of those, and that the document does not itself use as a place ("in Valmora", "Valmoran troops"), is
 * taken for a surname: a person of unknown gender, whom a later "she said" can point back to.
 */
import type { Context } from '../document/context.js';
import { startsUpper } from './name-words.js';

/** Prepositions after which a capitalised word names a place ("in Korsa", "across Belmark"). */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'across', 'inside', 'throughout']);
/** Endings of a nationality adjective made from a place name ("Valmoran", "Ardenian", "Belmarkese", "Israeli"). */
const DEMONYM_ENDINGS = ['ian', 'an', 'ese', 'ish', 'i'];
const VOWELS = 'aeiouy';
/** Parts of speech of a word before a common noun, never before a surname alone. */
const MODIFIERS = new Set(['DET', 'NUM', 'ADJ']);
/** Endings of plural nouns for groups of people ("Republicans", "Democrats", "Socialists", "Traders"). */
const GROUP_PLURALS = ['ans', 'ers', 'ors', 'ists', 'ants', 'ents', 'ics', 'ees', 'ats', 'ives'];

/**
 * Does a lower-case noun look plural ("officials", "fishermen", "people")?
 * @example
 * ```ts
 * pluralNoun('residents'); // true
 * ```
 */
export function pluralNoun(word: string): boolean {
  return (word.endsWith('s') && !word.endsWith('ss')) || word.endsWith('men') || word === 'people';
}

/**
 * Is a lower-case word a plural noun for a group of people by what they do or are ("traders", "analysts",
 * "residents", "Republicans")?
 * @example
 * ```ts
 * groupPlural('analysts'); // true
 * ```
 */
export function groupPlural(word: string): boolean {
  return word.endsWith('s') && GROUP_PLURALS.some((e) => word.endsWith(e));
}

/**
 * The words a document itself uses as places: capitalised words after a place preposition, and the stems of
 * capitalised nationality adjectives (lower case). Built once per document, when a lone name first asks.
 */
export interface PlaceWords {
  readonly places: ReadonlySet<string>;
  readonly adjectives: readonly string[];
}

/**
 * Reads the place words of a document (one pass over its tokens).
 * @example
 * ```ts
 * placeWords(ctx).places.has('korsa'); // true after "In Korsa, …"
 * ```
 */
export function placeWords(ctx: Context): PlaceWords {
  const { value, lower, size } = ctx.doc;
  const places = new Set<string>();
  const adjectives: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const v = value[i] ?? '';
    if (!startsUpper(v)) continue;
    const w = lower[i] ?? '';
    if (PLACE_PREPOSITIONS.has(lower[i - 1] ?? '')) places.add(w);
    if (w.length >= 5 && DEMONYM_ENDINGS.some((e) => w.endsWith(e))) adjectives.push(w);
  }
  return { places, adjectives };
}

/**
 * Is `word` (lower case) a place name whose adjective the document uses ("valmora" with "valmoran",
 * "belmark" with "belmarkese", "ukraine" with "ukrainian")?
 */
function hasAdjective(word: string, adjectives: readonly string[]): boolean {
  const stem = VOWELS.includes(word.charAt(word.length - 1)) ? word.slice(0, -1) : word;
  if (stem.length < 3) return false;
  return adjectives.some(
    (a) =>
      a !== word && a.startsWith(stem) && a.length - stem.length <= 4 && DEMONYM_ENDINGS.some((e) => a.endsWith(e)),
  );
}

/**
 * Is the one-word name at tokens `[first, end)` a surname rather than an organisation or a place? The caller
 * has already ruled out words of the lexicons' classes and names after "the".
 * @example
 * ```ts
 * loneSurname(ctx, i, i + 1, () => placeWords(ctx)); // true at "Renko" in "Renko said"
 * ```
 */
export function loneSurname(ctx: Context, first: number, end: number, places: () => PlaceWords): boolean {
  if (end - first !== 1) return false;
  const v = ctx.doc.value[first] ?? '';
  // An acronym ("NATO", "UNHCR") or a word without lower-case letters is an organisation.
  if (v.length < 2 || v === v.toUpperCase() || ctx.doc.pos[first] !== 'PROPN') return false;
  const w = ctx.doc.lower[first] ?? '';
  // An abbreviation ("Ky."), a title word, a noun after an article, a number or an adjective ("a Democrat
  // from Ohio", "all but one Democrat", "a senior Conservative"), or a plural of people by what they are
  // ("Republicans", "Socialists") is not a surname.
  if (v.endsWith('.') || ctx.lex.titleWords.has(w) || MODIFIERS.has(ctx.doc.pos[first - 1] ?? '')) return false;
  if (groupPlural(w)) return false;
  const known = places();
  return !known.places.has(w) && !hasAdjective(w, known.adjectives);
}
