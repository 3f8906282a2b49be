/**
 * fast-check arbitraries shared by the property suites: texts built from lexicon words, modifiers and
 * punctuation, so properties are checked on texts with hits and modifiers, not only on random noise.
 */
import fc from 'fast-check';

/** Lexicon terms, modifiers and function words, mixed case and typographic apostrophes included. */
export const TONE_WORDS = [
  'not',
  'never',
  'but',
  'if',
  'very',
  'may',
  'threaten',
  'negotiate',
  'no',
  'trade',
  'space',
  'the',
  'door',
  'open',
  'left',
  'didn’t',
  'polemical',
  'hope',
  'although',
  'a',
  'bit',
  'attack',
  'We',
  'They',
  'red',
  'line',
  'welcome',
  'reject',
  'warned',
  'strike',
  'agreement',
  'sanctions',
  'dialogue',
  'respect',
  'unacceptable',
  'will',
  'respond',
];

/** Separators: spaces, clause and sentence punctuation, quote marks, dashes, apostrophes, line breaks. */
export const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '! ', ' — ', '“', '”', '\n', '-', "'", '’', '; '];

/**
 * Texts of up to `maxLength` words and separators.
 * @example
 * ```ts
 * fc.assert(fc.property(wordyText({ maxLength: 60 }), (text) => { scorer.score(text); }));
 * ```
 */
export function wordyText({ minLength = 0, maxLength = 60 }: { minLength?: number; maxLength?: number } = {}) {
  return fc
    .array(fc.oneof(fc.constantFrom(...TONE_WORDS), fc.constantFrom(...SEPARATORS)), { minLength, maxLength })
    .map((parts) => parts.join(''));
}
