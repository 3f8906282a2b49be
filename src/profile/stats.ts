/** Small descriptive statistics used by profiles and the bootstrap. */

/**
 * Arithmetic mean; 0 for an empty sample.
 * @example
 * ```ts
 * mean([1, 2, 6]); // 3
 * ```
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

/**
 * Sample standard deviation (n − 1 denominator); 0 for fewer than two values.
 * @example
 * ```ts
 * sampleSd([2, 4, 4, 4, 5, 5, 7, 9]); // ≈ 2.138
 * ```
 */
export function sampleSd(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return Math.sqrt(squares / (values.length - 1));
}

/**
 * Quantile `q` in [0, 1] of an ascending-sorted sample, interpolating linearly between order statistics
 * (the "type 7" rule of R and NumPy's default). NaN for an empty sample.
 * @example
 * ```ts
 * quantileSorted([1, 2, 3, 4], 0.5); // 2.5
 * ```
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] as number;
  const b = sorted[upper] as number;
  return a + (b - a) * (position - lower);
}
