/**
 * FNV-1a (32-bit) over the UTF-16 code units of a lower-case word form. The tokenizer computes it while it
 * scans a plain ASCII word (folding A–Z to a–z as it goes), so looking the word up needs no string at all.
 */

/** The FNV-1a offset basis. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** One step: folds code unit `code` into hash `h`. */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}

/**
 * The hash of a whole (already lower-case) form; equals the tokenizer's running hash of the same word.
 * @example
 * ```ts
 * hashForm('talks') === hashStep(hashStep(hashStep(hashStep(hashStep(HASH_SEED, 116), 97), 108), 107), 115);
 * ```
 */
export function hashForm(form: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < form.length; i++) h = hashStep(h, form.charCodeAt(i));
  return h;
}
