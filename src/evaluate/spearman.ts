/** Spearman's rank correlation: Pearson correlation of average ranks. */
import { averageRanks } from './ranks.js';

/**
 * Pearson correlation of two aligned samples; `null` when shorter than 2 or when either side is constant.
 * @example
 * ```ts
 * pearson([1, 2, 3], [2, 4, 7]); // ≈ 0.993
 * ```
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i] as number;
    my += ys[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman rank correlation of two aligned samples, ties given their average rank.
 * @example
 * ```ts
 * spearman([1, 2, 3, 4], [10, 30, 20, 40]); // 0.8
 * ```
 */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length)
    throw new RangeError(`spearman: samples differ in length (${xs.length} vs ${ys.length})`);
  return pearson(averageRanks(xs), averageRanks(ys));
}
