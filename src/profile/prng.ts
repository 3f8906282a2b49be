/** A small seeded PRNG, so bootstrap intervals are the same on every run and in every runtime. */

/**
 * mulberry32: a 32-bit state generator returning floats in [0, 1). Fast and good enough for resampling;
 * not for cryptography.
 * @example
 * ```ts
 * const next = mulberry32(42);
 * next(); // same value on every run
 * ```
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a 32-bit hash of a string's UTF-16 code units, used to derive a per-speaker seed so that one speaker's
 * interval does not depend on which other speakers are in the data.
 * @example
 * ```ts
 * fnv1a32('Lavrov'); // an unsigned 32-bit integer
 * ```
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
