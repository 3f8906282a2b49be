/** Types for corpus.mjs (the deterministic statement generator). */
export function prng(seed: number): () => number;
export function statements(count: number, seed?: number): string[];
export function meanWords(texts: readonly string[]): number;
