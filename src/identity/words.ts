/**
 * Word-level helpers of speaker identity: capitalisation, case and accent folding, possessives, and the stem
 * that lets a country name and its adjective meet ("Ardenia" / "Ardenian", "Russia" / "Russian", "China" /
 * "Chinese"). No regular expressions: these run on every word of every speaker string.
 */

/**
 * True when the word starts with an upper-case letter ("Kovac", "U.N.", "Élysée"), false for lower case,
 * digits and punctuation.
 * @example
 * ```ts
 * startsUpper('Kovac'); // true
 * startsUpper('the');   // false
 * ```
 */
export function startsUpper(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * The words of a text: runs of characters between white space.
 * @example
 * ```ts
 * words('  Foreign   Minister\tKovac '); // ['Foreign', 'Minister', 'Kovac']
 * ```
 */
export function words(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (isSpace(ch)) {
      if (word !== '') out.push(word);
      word = '';
    } else word += ch;
  }
  if (word !== '') out.push(word);
  return out;
}

function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c <= 32 || c === 0xa0 || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/**
 * The word without the punctuation a list or a clause leaves on it ("Kovac," → "Kovac"); a period stays, as
 * it ends abbreviations and initials ("Col.", "J.").
 * @example
 * ```ts
 * trimPunctuation('minister;'); // 'minister'
 * ```
 */
export function trimPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && ',;:!?'.includes(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}

/**
 * Lower case without accents ("Kovač" → "kovac"), curly apostrophes made straight: the form names are
 * compared in.
 * @example
 * ```ts
 * fold('Kovač'); // 'kovac'
 * ```
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD').toLowerCase()) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    out += code === 0x2019 || code === 0x2bc ? "'" : ch;
  }
  return out;
}

/**
 * The word without a possessive ending ("Belmark's" → "Belmark", "Reuters'" → "Reuters"), or null when it
 * has none.
 * @example
 * ```ts
 * withoutPossessive('Ardenia’s'); // 'Ardenia'
 * withoutPossessive('Ardenia');   // null
 * ```
 */
export function withoutPossessive(word: string): string | null {
  const w = word.replace('\u2019', "'");
  if (w.length > 2 && w.endsWith("'s")) return word.slice(0, -2);
  if (w.length > 2 && w.endsWith("s'")) return word.slice(0, -1);
  return null;
}

// Adjective endings of country names, tried longest first; each is stripped only if at least four letters stay.
const DEMONYM_ENDINGS = ['ese', 'ish', 'an', 'i', 'n'];
const VOWELS = 'aeiouy';

/**
 * The stem a country name and its adjective share: endings (-ese, -ish, -an, -i, -n) and final vowels are
 * stripped while at least four letters remain, so "Ardenia" and "Ardenian" both give "arden", "China" and
 * "Chinese" "chin", "Israel" and "Israeli" "israel". A heuristic: irregular pairs (France / French) do not
 * meet, and two places can share a stem (Niger / Nigeria); an aliases file settles either.
 * @example
 * ```ts
 * placeStem('Ardenian') === placeStem('Ardenia'); // true ('arden')
 * placeStem("Belmark's");                        // 'belmark'
 * ```
 */
export function placeStem(word: string): string {
  let w = fold(withoutPossessive(word) ?? word);
  for (let changed = true; changed; ) {
    changed = false;
    for (const ending of DEMONYM_ENDINGS) {
      const rest = w.length - ending.length;
      // A bare -n ends an adjective only after a vowel (Russian, Korean), not in Belmark or Iran.
      if (w.endsWith(ending) && rest >= 4 && (ending !== 'n' || VOWELS.includes(w.charAt(rest - 1)))) {
        w = w.slice(0, rest);
        changed = true;
        break;
      }
    }
    if (!changed && w.length > 4 && VOWELS.includes(w.charAt(w.length - 1))) {
      w = w.slice(0, -1);
      changed = true;
    }
  }
  return w;
}
