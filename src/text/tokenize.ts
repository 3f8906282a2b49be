/**
 * The fast tokenizer of the scoring hot path: one pass over the characters, offsets kept, no regular
 * expressions. Words are runs of letters and digits joined by inner apostrophes; hyphens split words;
 * contractions split off their clitic ("didn't" → "did" + "n't", "we'll" → "we" + "'ll"). Clause and
 * sentence breaks are recorded on the tokens that follow them. With a `lookup`, each token's word id is
 * recorded instead of its form: a plain ASCII word is looked up by the hash computed while scanning it, so
 * no string is made for it.
 */
import { ABBREVIATIONS } from './abbreviations.js';
import { APOSTROPHE, CLASS_TABLE, CLAUSE_BREAK, charClass, LINE_BREAK, SENTENCE_END, WORD } from './char-class.js';

import { HASH_SEED, hashStep } from './form-hash.js';
import type { TokenBuffer } from './token-buffer.js';

/** Word ids for the tokenizer to record as it goes (the scorer's lookup); see `TokenBuffer.id`. */
export interface WordIdLookup {
  /** The id of a lower-case form. */
  idOf(form: string): number;
  /** The id of the plain ASCII word text[start, end) whose lower-case FNV-1a hash is `hash`. */
  idOfSpan(text: string, start: number, end: number, hash: number): number;
}

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
export function tokenize(text: string, out: TokenBuffer, lookup?: WordIdLookup): void {
  out.reset();
  const n = text.length;
  let sentence = 0;
  let clause = 0;
  let pending = NO_BREAK;
  let wordsInSentence = 0;
  let i = 0;
  // A sentence is a statement until a question mark ends it (marked below, once it has a word).
  out.markQuestion(0, 0);
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? (CLASS_TABLE[code] as number) : charClass(code);
    if (cls === WORD) {
      const start = i;
      let apostrophe = false;
      // Lower-case only tokens that need it (capitals or non-ASCII), one token at a time: offsets always
      // come from the original text, even where lower-casing changes a length ("İ").
      let upper = code < 97 || code > 122;
      let ascii = code < 128;
      let hash = hashStep(HASH_SEED, code >= 65 && code <= 90 ? code + 32 : code);
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        const next = c < 128 ? (CLASS_TABLE[c] as number) : charClass(c);
        if (next === WORD) {
          if (c < 97 || c > 122) {
            upper = true;
            if (c >= 128) ascii = false;
          }
          hash = hashStep(hash, c >= 65 && c <= 90 ? c + 32 : c);
          i++;
        } else if (next === APOSTROPHE && i + 1 < n && charClass(text.charCodeAt(i + 1)) === WORD) {
          const after = text.charCodeAt(i + 1);
          if (after < 97 || after > 122) upper = true;
          apostrophe = true;
          i += 2;
        } else break;
      }
      if (pending !== NO_BREAK) {
        clause++;
        if (pending === SENTENCE && wordsInSentence > 0) {
          sentence++;
          wordsInSentence = 0;
          out.markQuestion(sentence, 0);
        }
        pending = NO_BREAK;
      }
      wordsInSentence++;
      if (lookup !== undefined && ascii && !apostrophe) {
        out.pushId(start, i, lookup.idOfSpan(text, start, i, hash), clause, sentence);
        continue;
      }
      let form = upper ? text.slice(start, i).toLowerCase() : text.slice(start, i);
      if (apostrophe) {
        form = form.replace(/[\u2019\u02bc]/g, "'");
        const clitic = cliticOf(form);
        if (clitic > 0) {
          const cut = i - clitic;
          emit(out, lookup, start, cut, form.slice(0, form.length - clitic), clause, sentence);
          emit(out, lookup, cut, i, form.slice(form.length - clitic), clause, sentence);
          continue;
        }
      }
      emit(out, lookup, start, i, form, clause, sentence);
    } else if (cls === SENTENCE_END) {
      if (endsSentence(text, i, out)) {
        // "Why?" and "Why?!" are questions; "Why!?" and a "?" after a sentence has ended are not marked.
        if (code === 63 && pending !== SENTENCE && wordsInSentence > 0) out.markQuestion(sentence, 1);
        pending = SENTENCE;
      } else if (pending === NO_BREAK && text.charCodeAt(i) !== 46) pending = CLAUSE;
      i++;
    } else {
      if (cls === CLAUSE_BREAK && pending === NO_BREAK) pending = CLAUSE;
      else if (cls === LINE_BREAK) pending = SENTENCE;
      i++;
    }
  }
  out.sentences = out.count === 0 ? 0 : sentence + 1;
}

function emit(
  out: TokenBuffer,
  lookup: WordIdLookup | undefined,
  start: number,
  end: number,
  form: string,
  clause: number,
  sentence: number,
): void {
  if (lookup === undefined) out.push(start, end, form, clause, sentence);
  else out.pushId(start, end, lookup.idOf(form), clause, sentence);
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
