/**
 * Character classes for the tokenizer, looked up in a table instead of tested with regular expressions on
 * the hot path. Classes outside ASCII are computed once per code unit (with a Unicode property test) and
 * cached in the same table.
 */

/** Part of a word: a letter, digit or combining mark. */
export const WORD = 1;
/** An apostrophe (straight or typographic): joins word parts ("didn't", "Russia’s") when between letters. */
export const APOSTROPHE = 2;
/** A hyphen: splits words but never a clause ("good-faith", "military-technical"). */
export const HYPHEN = 3;
/** Ends a sentence when followed by space, a closing quote or the end (". ! ?"). */
export const SENTENCE_END = 4;
/** Ends a clause: commas, semicolons, colons, brackets, quote marks, dashes. */
export const CLAUSE_BREAK = 5;
/** A line break: ends a sentence (and a paragraph). */
export const LINE_BREAK = 6;
/** Anything else: spaces, symbols, emoji halves, lone surrogates. */
export const OTHER = 7;

const UNKNOWN = 0;
/** Classes by code unit; 0 = not computed yet (only outside ASCII). Read directly on the hot path. */
export const CLASS_TABLE = new Uint8Array(65536);
const table = CLASS_TABLE;
// Made on first use, from a string: V8 checks a regular-expression literal while it parses the module, and
// building the Unicode letter/number/mark sets for it cost ≈ 13 million instructions (≈ 3 ms) of every cold
// start, even for texts that are all ASCII.
let wordLike: RegExp | undefined;
function isWordLike(char: string): boolean {
  // biome-ignore lint/complexity/useRegexLiterals: a literal would be checked at parse time (see above).
  wordLike ??= new RegExp('[\\p{L}\\p{N}\\p{M}]', 'u');
  return wordLike.test(char);
}

function seedAscii(): void {
  for (let c = 0; c < 128; c++) table[c] = OTHER;
  for (let c = 48; c <= 57; c++) table[c] = WORD;
  for (let c = 65; c <= 90; c++) table[c] = WORD;
  for (let c = 97; c <= 122; c++) table[c] = WORD;
  table[39] = APOSTROPHE;
  table[45] = HYPHEN;
  for (const c of '.!?') table[c.charCodeAt(0)] = SENTENCE_END;
  for (const c of ',;:()[]{}"') table[c.charCodeAt(0)] = CLAUSE_BREAK;
  table[10] = LINE_BREAK;
  table[13] = LINE_BREAK;
  // Typographic apostrophes and the modifier letter apostrophe.
  table[0x2019] = APOSTROPHE;
  table[0x02bc] = APOSTROPHE;
  table[0x2010] = HYPHEN;
  table[0x2011] = HYPHEN;
  // Dashes, quote marks of every style, the ellipsis, paragraph/line separators.
  for (const c of [
    0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2039,
    0x203a, 0x2026,
  ]) {
    table[c] = CLAUSE_BREAK;
  }
  table[0x2028] = LINE_BREAK;
  table[0x2029] = LINE_BREAK;
  table[0x0085] = LINE_BREAK;
}
seedAscii();

/** The class of one UTF-16 code unit. Surrogates are OTHER: emoji and astral symbols never form words. */
export function charClass(code: number): number {
  const known = table[code] as number;
  if (known !== UNKNOWN) return known;
  const computed = code >= 0xd800 && code <= 0xdfff ? OTHER : isWordLike(String.fromCharCode(code)) ? WORD : OTHER;
  table[code] = computed;
  return computed;
}
