/**
 * attribution/document/ — reading the document: wink tokens on character offsets, sentences, paragraphs, quotation marks, the compiled lexicons.
 *
 * The token table that every later step reads: wink's tokens re-anchored to character offsets in the input,
 * with whitespace tokens dropped, sentences split at line breaks, and paragraphs (a line break ends one).
 *
 * Layout (struct of arrays, one slot per word or punctuation token, in text order):
 *   start[i], end[i]  `[start, end)` offsets of token i in the input (UTF-16 code units)
 *   value[i], lower[i], pos[i]  the token as written, lower-cased, and its universal POS tag
 *   sentenceOf[i]     index into `sentences` of the sentence holding token i
 */
import { readWithWink } from './nlp.js';

/** A sentence: tokens `[first, end)`, characters `[start, stop)`, and its paragraph. */
export interface Sentence {
  readonly first: number;
  readonly end: number;
  readonly start: number;
  readonly stop: number;
  readonly paragraph: number;
}

/** One document read once. See the layout comment at the top of this file. */
export interface Doc {
  readonly text: string;
  readonly size: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly value: readonly string[];
  readonly lower: readonly string[];
  readonly pos: readonly string[];
  readonly sentenceOf: Int32Array;
  readonly sentences: readonly Sentence[];
  /** Number of paragraphs. */
  readonly paragraphs: number;
}

/** Whitespace, by UTF-16 code (ASCII controls and space, no-break and typographic spaces, BOM). */
function isSpaceCode(c: number): boolean {
  return (
    c <= 32 ||
    c === 160 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Reads a text into the token table.
 * @example
 * ```ts
 * const doc = readDocument('“Yes,” he said.\nNo.');
 * doc.sentences.length; // 2
 * doc.sentences[1]?.paragraph; // 1
 * ```
 */
export function readDocument(text: string): Doc {
  const wink = readWithWink(text);
  const n = wink.values.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const value: string[] = [];
  const lower: string[] = [];
  const pos: string[] = [];
  const sentenceOf = new Int32Array(n);
  const sentences: Sentence[] = [];
  // 1 at each wink token that starts a sentence.
  const winkStarts = new Uint8Array(n);
  for (const span of wink.sentences) winkStarts[span[0]] = 1;

  let offset = 0;
  let size = 0;
  let paragraph = 0;
  let lineBreak = false;
  let sentFirst = 0;
  /** Open parentheses in the current paragraph. */
  let depth = 0;
  const close = (): void => {
    if (size > sentFirst) {
      sentences.push({
        first: sentFirst,
        end: size,
        start: start[sentFirst] ?? 0,
        stop: end[size - 1] ?? 0,
        paragraph,
      });
    }
    sentFirst = size;
  };
  for (let w = 0; w < n; w += 1) {
    const v = wink.values[w] ?? '';
    if (v.length === 0 || isSpaceCode(v.charCodeAt(0))) {
      // wink's own whitespace tokens (line breaks): the skip below consumes them from the text.
      if (v.includes('\n')) lineBreak = true;
      continue;
    }
    for (let c = text.charCodeAt(offset); offset < text.length && isSpaceCode(c); c = text.charCodeAt(++offset)) {
      if (c === 10) lineBreak = true;
    }
    // wink keeps the input's characters; the search is only a guard against a future normalisation.
    let at = text.startsWith(v, offset) ? offset : text.indexOf(v, offset);
    if (at < 0) at = offset;
    else if (at > offset && text.slice(offset, at).includes('\n')) lineBreak = true;
    offset = at + v.length;
    if (lineBreak && size > 0) {
      close();
      paragraph += 1;
      depth = 0;
    } else if (winkStarts[w] === 1 && depth === 0) {
      // wink breaks sentences inside parentheses ("Sen. James Thornbury (R-S.C.), …"); a break is kept only
      // outside them.
      close();
    }
    if (v === '(') depth += 1;
    else if (v === ')' && depth > 0) depth -= 1;
    lineBreak = false;
    start[size] = at;
    end[size] = at + v.length;
    value.push(v);
    lower.push(v.toLowerCase());
    pos.push(wink.pos[w] ?? 'X');
    sentenceOf[size] = sentences.length;
    size += 1;
  }
  close();
  return {
    text,
    size,
    start: start.subarray(0, size),
    end: end.subarray(0, size),
    value,
    lower,
    pos,
    sentenceOf,
    sentences,
    paragraphs: size > 0 ? paragraph + 1 : 0,
  };
}
