/**
 * The small closed word lists of speaker strings: organisation heads, name particles, determiners and the
 * prepositions that start a trailing phrase. Office titles and honorifics come from the titles lexicon
 * (titles.ts); these are grammar, not tone, so they stay in code.
 */

/**
 * Head words of organisations ("the Belmark Foreign Ministry", "the Kremlin"): a capitalised run ending in
 * one names an organisation, not a person. (The attribution layer keeps its own copy for now, in
 * attribution/speakers/names.ts; this lower layer's list is the one both can share.)
 * @example
 * ```ts
 * ORGANISATION_HEADS.has('ministry'); // true
 * ```
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'kremlin',
  'ministry',
  'department',
  'office',
  'council',
  'commission',
  'union',
  'organization',
  'organisation',
  'agency',
  'corporation',
  'company',
  'bank',
  'party',
  'committee',
  'government',
  'administration',
  'army',
  'navy',
  'command',
  'institute',
  'university',
  'court',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'embassy',
  'service',
  'group',
  'alliance',
  'association',
  'confederation',
  'federation',
  'airline',
  'firm',
  'carrier',
  'directorate',
  'secretariat',
  'mission',
  'delegation',
  'cabinet',
  'presidency',
  'board',
  'authority',
  'regulator',
  'newspaper',
]);

/** Lower-case words inside a surname ("Ursula von der Leyen"): the text layer's list, shared with attribution. */
export { NAME_PARTICLES } from '../text/name-particles.js';

/** Name suffixes left out of a surname ("Jr.", "III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/** Determiners a speaker string may start with: "the" makes it definite, "a"/"an" a description. */
export const DEFINITE: ReadonlySet<string> = new Set(['the']);
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'some', 'several', 'two', 'three']);

/**
 * Prepositions that open a trailing phrase: "of"/"at"/"from" may carry an affiliation ("Daniel Reyes of the
 * Caldwell Institute"); the others extend a title ("special envoy for the Selva Basin").
 */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'from']);
export const TRAILING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'at',
  'from',
  'for',
  'to',
  'on',
  'in',
  'with',
]);

/**
 * Words that qualify an office title rather than name a place, even capitalised before it ("Deputy Foreign
 * Minister", "Acting President", "Former Prime Minister").
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy',
  'vice',
  'acting',
  'former',
  'ex',
  'chief',
  'senior',
  'junior',
  'first',
  'assistant',
  'associate',
  'interim',
  'principal',
  'executive',
  'special',
  'outgoing',
  'incoming',
]);
