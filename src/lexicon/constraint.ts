/**
 * Entry constraints (`when` on a tone entry): where in its sentence a term must stand to count. Some tone is in
 * the position of a word, not in the word: "Please send the file" (a bare request at the sentence start) is
 * blunter than "Could you please send the file?", and "Why did you ignore our proposal?" is a challenge only as
 * a question. The lexicon says so as data, the compiler turns it into bits, and the matcher checks the bits
 * against the token buffer (sentence and clause indexes, the sentence's question mark) in O(1).
 *
 * Bits (`CompiledEntry.when`):
 *   SENTENCE_START  the term's first word is the first word of its sentence
 *   CLAUSE_START    the term's first word is the first word of its clause (a sentence start is one too)
 *   QUESTION        its sentence ends with a question mark
 *   STATEMENT       its sentence does not end with a question mark
 *   CONSEQUENCE     its sentence states a condition and the term is not inside it; the only bit not known when
 *                   the term is met ("We will respond if they attack"): the matcher takes it as holding and the
 *                   scan drops the hit once the sentence has been read without a condition
 */
import { describeValue } from '../errors.js';
import type { EntryConstraint } from './types.js';

export const SENTENCE_START = 1;
export const CLAUSE_START = 2;
export const QUESTION = 4;
export const STATEMENT = 8;
export const CONSEQUENCE = 16;

/**
 * The bits of a constraint (0 for none).
 * @example
 * ```ts
 * constraintBits({ start: 'sentence', question: true }); // SENTENCE_START | QUESTION
 * ```
 */
export function constraintBits(when: EntryConstraint | undefined): number {
  if (when === undefined) return 0;
  let bits = 0;
  if (when.start === 'sentence') bits |= SENTENCE_START;
  else if (when.start === 'clause') bits |= CLAUSE_START;
  if (when.question === true) bits |= QUESTION;
  else if (when.question === false) bits |= STATEMENT;
  if (when.consequence === true) bits |= CONSEQUENCE;
  return bits;
}

/**
 * How many conditions a constraint sets: entries of one term are tried from the most constrained down.
 * @example
 * ```ts
 * constraintCount(SENTENCE_START | QUESTION); // 2
 * ```
 */
export function constraintCount(bits: number): number {
  return (
    ((bits & (SENTENCE_START | CLAUSE_START)) === 0 ? 0 : 1) +
    ((bits & (QUESTION | STATEMENT)) === 0 ? 0 : 1) +
    ((bits & CONSEQUENCE) === 0 ? 0 : 1)
  );
}

/**
 * The constraint in words, as `explain()` prints it.
 * @example
 * ```ts
 * describeConstraint({ start: 'sentence', question: true }); // 'at sentence start, in a question'
 * ```
 */
export function describeConstraint(when: EntryConstraint): string {
  const parts: string[] = [];
  if (when.start !== undefined) parts.push(`at ${when.start} start`);
  if (when.question === true) parts.push('in a question');
  else if (when.question === false) parts.push('not in a question');
  if (when.consequence === true) parts.push('in the consequence of a condition');
  return parts.join(', ');
}

/**
 * Short texts in which an entry's term stands where its constraint wants it, for checking that every entry can
 * match alone: the term at a sentence start, after a clause break, or inside a clause (behind the filler
 * "the"), ending with a question mark or a full stop as the constraint asks. An entry that shares its term with
 * more constrained entries matches only in a text where theirs fail, so the list offers both.
 * @example
 * ```ts
 * sampleTexts({ term: 'why did you', when: { start: 'sentence', question: true } }); // ['why did you?']
 * sampleTexts({ term: 'please' }); // ['please.', 'please?', 'the, please.', …]
 * ```
 */
export function sampleTexts(entry: { readonly term: string; readonly when?: EntryConstraint }): string[] {
  const { start, question, consequence } = entry.when ?? {};
  const leads = start === 'sentence' ? [''] : start === 'clause' ? ['', 'the, '] : ['', 'the, ', 'the '];
  const ends = question === true ? ['?'] : question === false ? ['.'] : ['.', '?'];
  // A consequence needs a condition in its sentence: after the term (a sentence start stays one) or before it.
  const conditions = consequence === true ? (start === undefined ? [' if so', 'if so, '] : [' if so']) : [''];
  return conditions.flatMap((condition) =>
    leads.flatMap((lead) =>
      ends.map((end) =>
        condition.startsWith(' ') ? `${lead}${entry.term}${condition}${end}` : `${condition}${lead}${entry.term}${end}`,
      ),
    ),
  );
}

const START_VALUES: readonly string[] = ['sentence', 'clause'];

/**
 * Checks a `when` field as written in a module: a problem in words, or undefined when it is valid.
 * @example
 * ```ts
 * checkConstraint({ start: 'paragraph' }); // '"when.start" must be one of sentence, clause, got "paragraph"'
 * ```
 */
export function checkConstraint(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `"when" must be an object such as { "start": "sentence" }, got ${describeValue(value)}`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '"when" must set at least one of start, question, consequence';
  const record = value as Record<string, unknown>;
  for (const key of keys) {
    if (key === 'start') {
      const start = record.start;
      if (typeof start !== 'string' || !START_VALUES.includes(start)) {
        return `"when.start" must be one of ${START_VALUES.join(', ')}, got ${describeValue(start)}`;
      }
    } else if (key === 'question') {
      if (typeof record.question !== 'boolean') {
        return `"when.question" must be true or false, got ${describeValue(record.question)}`;
      }
    } else if (key === 'consequence') {
      if (record.consequence !== true) {
        return `"when.consequence" can only be true, got ${describeValue(record.consequence)}`;
      }
    } else return `"when" has an unknown field ${describeValue(key)} (start, question, consequence)`;
  }
  return undefined;
}

/**
 * A frozen copy of a valid `when` field, with its fields in a fixed order.
 * @example
 * ```ts
 * copyConstraint({ question: true, start: 'clause' }); // { start: 'clause', question: true }
 * ```
 */
export function copyConstraint(value: Readonly<Record<string, unknown>>): EntryConstraint {
  const copy: { start?: 'sentence' | 'clause'; question?: boolean; consequence?: true } = {};
  if (Object.hasOwn(value, 'start')) copy.start = value.start as 'sentence' | 'clause';
  if (Object.hasOwn(value, 'question')) copy.question = value.question as boolean;
  if (Object.hasOwn(value, 'consequence')) copy.consequence = true;
  return Object.freeze(copy);
}
