/**
 * Regular English inflections of a lemma, generated at compile time so that scoring needs no lemmatizer:
 * "threaten" → threatens, threatened, threatening; "deny" → denies, denied, denying; "commit" → committed.
 * Over-generation is harmless (a form that never occurs never matches); irregular forms come from the
 * inflection module.
 */

const isVowel = (ch: string | undefined): boolean => ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';
const isConsonant = (ch: string | undefined): boolean => ch !== undefined && ch >= 'a' && ch <= 'z' && !isVowel(ch);
const LOWER_WORD = /^[a-z]+$/;

/**
 * The regular inflected forms of one word (not including the word itself). Words of one or two letters and
 * words with non-letters are not inflected.
 * @example
 * ```ts
 * regularForms('threaten'); // ['threatens', 'threatened', 'threatening']
 * ```
 */
export function regularForms(word: string): string[] {
  if (word.length < 3 || !LOWER_WORD.test(word)) return [];
  const forms: string[] = [];
  const last = word.charAt(word.length - 1);
  const beforeLast = word.charAt(word.length - 2);
  const third = word.charAt(word.length - 3);
  const consonantY = last === 'y' && isConsonant(beforeLast);
  const stem = word.slice(0, -1);
  // -s / -es (plural nouns, third person verbs)
  const sibilant =
    last === 's' || last === 'x' || last === 'z' || (last === 'h' && (beforeLast === 'c' || beforeLast === 's'));
  forms.push(sibilant || last === 'o' ? `${word}es` : consonantY ? `${stem}ies` : `${word}s`);
  if (last === 'o') forms.push(`${word}s`);
  // -ed
  forms.push(last === 'e' ? `${word}d` : consonantY ? `${stem}ied` : `${word}ed`);
  // -ing
  if (last === 'e' && beforeLast === 'i') forms.push(`${word.slice(0, -2)}ying`);
  else if (last === 'e' && beforeLast !== 'e' && beforeLast !== 'y' && beforeLast !== 'o') forms.push(`${stem}ing`);
  else forms.push(`${word}ing`);
  // Consonant doubling after a short final syllable ("commit" → committed, "ban" → banned). Both forms are
  // kept because stress decides in English and the lexicon does not record stress.
  if (isConsonant(last) && last !== 'w' && last !== 'x' && last !== 'y' && isVowel(beforeLast) && isConsonant(third)) {
    forms.push(`${word}${last}ed`, `${word}${last}ing`);
  }
  // Nouns in -sis ("crisis" → crises), adjectives in -ic with -ally adverbs ("diplomatic" → diplomatically).
  if (word.endsWith('sis')) forms.push(`${word.slice(0, -2)}es`);
  if (word.endsWith('ic')) forms.push(`${word}ally`);
  return forms;
}
