/** Counted nouns: "1 statement", "2 statements", "1,204 statements". */

/**
 * `n` and the word, in the singular for exactly one; thousands grouped.
 * @example
 * ```ts
 * plural(1, 'speaker');      // '1 speaker'
 * plural(1204, 'statement'); // '1,204 statements'
 * ```
 */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
