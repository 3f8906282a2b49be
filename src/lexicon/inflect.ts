/**
 * Regular English inflections of a lemma, generated at compile time so that scoring needs no lemmatizer:
 * "threaten" → threatens, threatened, threatening; "deny" → denies, denied, denying; "commit" → committed.
 * Over-generation is harmless (a form that never occurs never matches); irregular forms come from the
 * inflection module.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isConsonant = (ch: string | undefined): boolean => ch !== undefined && /[a-z]/.test(ch) && !VOWELS.has(ch);

/**
 * The regular inflected forms of one word (not including the word itself). Words of one or two letters and
 * words with non-letters are not inflected.
 * @example
 * ```ts
 * regularForms('threaten'); // ['threatens', 'threatened', 'threatening', ...]
 * ```
 */
export function regularForms(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [];
  const forms = new Set<string>();
  const last = word.at(-1);
  const beforeLast = word.at(-2);
  // -s / -es (plural nouns, third person verbs)
  if (/(s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  else if (last === 'y' && isConsonant(beforeLast)) forms.add(`${word.slice(0, -1)}ies`);
  else forms.add(`${word}s`);
  if (last === 'o') forms.add(`${word}es`);
  // -ed
  if (last === 'e') forms.add(`${word}d`);
  else if (last === 'y' && isConsonant(beforeLast)) forms.add(`${word.slice(0, -1)}ied`);
  else forms.add(`${word}ed`);
  // -ing
  if (word.endsWith('ie')) forms.add(`${word.slice(0, -2)}ying`);
  else if (last === 'e' && !/(ee|ye|oe)$/.test(word)) forms.add(`${word.slice(0, -1)}ing`);
  else forms.add(`${word}ing`);
  // Consonant doubling after a short final syllable ("commit" → committed, "ban" → banned). Both forms are
  // kept because stress decides in English and the lexicon does not record stress.
  const third = word.at(-3);
  if (isConsonant(last) && !'wxy'.includes(last ?? '') && VOWELS.has(beforeLast ?? '') && isConsonant(third)) {
    forms.add(`${word}${last}ed`);
    forms.add(`${word}${last}ing`);
  }
  // Nouns in -sis ("crisis" → crises), adjectives in -ic with -ally adverbs ("diplomatic" → diplomatically).
  if (word.endsWith('sis')) forms.add(`${word.slice(0, -2)}es`);
  if (word.endsWith('ic')) forms.add(`${word}ally`);
  return [...forms];
}
