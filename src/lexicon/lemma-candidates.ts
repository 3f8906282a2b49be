/**
 * The lemmas a word form could come from by the regular rules of `regularForms` (undone). A candidate counts
 * only if `regularForms(candidate)` really produces the form, so lookups agree exactly with generation.
 */
import { regularForms } from './inflect.js';

/** Suffix rewrites that undo the regular inflections: [suffix of the form, replacement in the lemma]. */
const REWRITES: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['ied', 'y'],
  ['ying', 'ie'],
  ['ses', 'sis'],
  ['ally', ''],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['d', ''],
  ['ing', ''],
  ['ing', 'e'],
];

/**
 * Candidate lemmas of an inflected form, most likely first; `isLemma` says which words the lexicon knows.
 * @example
 * ```ts
 * lemmaOf('threatened', (w) => w === 'threaten'); // 'threaten'
 * lemmaOf('committed', (w) => w === 'commit');    // 'commit'
 * ```
 */
export function lemmaOf(form: string, isLemma: (word: string) => boolean): string | undefined {
  if (form.length < 4) return undefined;
  for (const [suffix, replacement] of REWRITES) {
    if (!form.endsWith(suffix)) continue;
    const stem = form.slice(0, form.length - suffix.length);
    if (stem.length + replacement.length < 3) continue;
    const candidates = [stem + replacement];
    // Doubled consonant: "committed" → "commit", "banning" → "ban".
    const last = stem.charAt(stem.length - 1);
    if (replacement === '' && stem.length >= 3 && last === stem.charAt(stem.length - 2))
      candidates.push(stem.slice(0, -1));
    for (const candidate of candidates) {
      if (isLemma(candidate) && regularForms(candidate).includes(form)) return candidate;
    }
  }
  return undefined;
}
