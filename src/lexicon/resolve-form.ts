/**
 * The one rule that turns a lower-cased word form into a word id, used both when a scorer compiles its terms
 * and when it looks up the words of a text, so the two can never disagree: the form itself if it is a
 * lemma, filler or irregular form; otherwise the lemma its regular inflection comes from; otherwise -1.
 */
import { lemmaOf } from './lemma-candidates.js';

/**
 * Resolves a form against `known` (lemmas, fillers, irregular forms → id) and `lemmaIds` (the lemmas that
 * regular inflections may come from: fillers are not among them, so "thing" is never a form of "the").
 * @example
 * ```ts
 * resolveForm('threatened', known, lemmaIds); // the id of 'threaten'
 * ```
 */
export function resolveForm(
  form: string,
  known: ReadonlyMap<string, number>,
  lemmaIds: ReadonlyMap<string, number>,
): number {
  const id = known.get(form);
  if (id !== undefined) return id;
  const lemma = lemmaOf(form, (word) => lemmaIds.has(word));
  return lemma === undefined ? -1 : (lemmaIds.get(lemma) as number);
}
