/**
 * The fast tokenizer of the scoring hot path: one pass over the characters, offsets kept, no regular
 * expressions. Words are runs of letters and digits joined by inner apostrophes; hyphens split words;
 * contractions split off their clitic ("didn't" → "did" + "n't", "we'll" → "we" + "'ll"). Clause and
 * sentence breaks are recorded on the tokens that follow them.
 */
import { ABBREVIATIONS } from './abbreviations.js';
import { APOSTROPHE, CLASS_TABLE, CLAUSE_BREAK, LINE_BREAK, SENTENCE_END, WORD, charClass } from './char-class.js';

import type { TokenBuffer } from './token-buffer.js';

const NO_BREAK = 0;
const CLAUSE = 1;
const SENTENCE = 2;
const CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"] as const;

/**
 * Tokenizes `text` into `out` (reset first). Linear in the length of the text.
 * @example
 * ```ts
 * const buf = new TokenBuffer();
 * tokenize('We didn’t agree.', buf); // buf.form → ['we', 'did', "n't", 'agree']
 * ```
 */
export function tokenize(text: string, out: TokenBuffer): void {
  out.reset();
  const n = text.length;
  const lower = text.toLowerCase();
  // Lower-casing can change the length (e.g. "İ"); offsets then come from per-token lower-casing.
  const sameLength = lower.length === n;
  let sentence = 0;
  let clause = 0;
  let pending = NO_BREAK;
  let wordsInSentence = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? (CLASS_TABLE[code] as number) : charClass(code);
    if (cls === WORD) {
      const start = i;
      let apostrophe = false;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        const next = c < 128 ? (CLASS_TABLE[c] as number) : charClass(c);
        if (next === WORD) i++;
        else if (next === APOSTROPHE && i + 1 < n && charClass(text.charCodeAt(i + 1)) === WORD) {
          apostrophe = true;
          i += 2;
        } else break;
      }
      if (pending !== NO_BREAK) {
        clause++;
        if (pending === SENTENCE && wordsInSentence > 0) {
          sentence++;
          wordsInSentence = 0;
        }
        pending = NO_BREAK;
      }
      let form = sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
      wordsInSentence++;
      if (apostrophe) {
        form = form.replace(/[\u2019\u02bc]/g, "'");
        const clitic = cliticOf(form);
        if (clitic > 0) {
          const cut = i - clitic;
          out.push(start, cut, form.slice(0, form.length - clitic), clause, sentence);
          out.push(cut, i, form.slice(form.length - clitic), clause, sentence);
          continue;
        }
      }
      out.push(start, i, form, clause, sentence);
    } else if (cls === SENTENCE_END) {
      if (endsSentence(text, i, out)) pending = SENTENCE;
      else if (pending === NO_BREAK && text.charCodeAt(i) !== 46) pending = CLAUSE;
      i++;
    } else {
      if (cls === CLAUSE_BREAK && pending === NO_BREAK) pending = CLAUSE;
      else if (cls === LINE_BREAK) pending = SENTENCE;
      i++;
    }
  }
  out.sentences = out.count === 0 ? 0 : sentence + 1;
}

/** Length of a clitic ending the form ("n't" → 3), or 0; the stem must keep at least one character. */
function cliticOf(form: string): number {
  for (const clitic of CLITICS) {
    if (form.length > clitic.length && form.endsWith(clitic)) return clitic.length;
  }
  return 0;
}

/**
 * Whether the mark at `i` ends a sentence: it must be followed by space, a quote or bracket, or the end; a
 * period after an abbreviation or a single letter ("Mr.", "J.", "U.S.") does not.
 */
function endsSentence(text: string, i: number, out: TokenBuffer): boolean {
  const after = i + 1 < text.length ? charClass(text.charCodeAt(i + 1)) : LINE_BREAK;
  if (after === WORD || after === APOSTROPHE) return false;
  if (text.charCodeAt(i) !== 46) return true;
  const last = out.count - 1;
  if (last < 0 || out.end[last] !== i) return true;
  const form = out.form[last] ?? '';
  return !(form.length === 1 || ABBREVIATIONS.has(form));
}
