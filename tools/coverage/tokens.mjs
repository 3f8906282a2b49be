/**
 * Word tokens for the coverage report, with character offsets (to compare with evidence spans) and a clause
 * number (phrases are not counted across punctuation). Not the scorer's tokenizer: a report only needs words.
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Punctuation between two words that ends a clause. */
const CLAUSE_BREAK = /[,;:.!?()[\]{}"“”«»—–]/;

/**
 * Tokens `{ word, key, start, end, clause }` of `text`: `word` in lower case with a straight apostrophe, `key`
 * its stem by `stem(word)`.
 */
export function tokenize(text, stem) {
  const tokens = [];
  let clause = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (tokens.length > 0 && CLAUSE_BREAK.test(text.slice(previousEnd, start))) clause++;
    const word = match[0].toLowerCase().replace(/’/g, "'");
    tokens.push({ word, key: stem(word), start, end: start + match[0].length, clause });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** Whether a token lies inside the span of one of the scorer's hits. */
export function covered(token, evidence) {
  for (const e of evidence) if (token.start >= e.span[0] && token.end <= e.span[1]) return true;
  return false;
}

/** Contractions of stopwords (natural's list has none). */
const CONTRACTIONS = new Set(
  "i'm i've i'd i'll it's that's there's what's let's you're we're they're you've we've they've we'll you'll they'll he's she's".split(
    ' ',
  ),
);

/** Words not worth listing: stopwords and their contractions, single characters, and words with digits. */
export function isNoise(word, stopwords) {
  return word.length < 2 || stopwords.has(word) || CONTRACTIONS.has(word) || /\d/.test(word);
}
