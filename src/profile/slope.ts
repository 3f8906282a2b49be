/** Least-squares slope of a score on time, and its percentile bootstrap interval (statements resampled). */

import type { BootstrapInterval } from './bootstrap.js';
import { quantileSorted } from './stats.js';

/**
 * Ordinary least-squares slope of `y` on `x`, or null when every `x` is the same (no slope to fit).
 * @example
 * ```ts
 * olsSlope([0, 1, 2], [-0.5, 0, 0.5]); // 0.5
 * ```
 */
export function olsSlope(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  if (n === 0) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    num += dx * ((y[i] as number) - my);
    den += dx * dx;
  }
  return den === 0 ? null : num / den;
}

/**
 * The slope of `y` on `x` with a percentile bootstrap interval: `resamples` times, n statements are drawn
 * with replacement as (x, y) pairs and the slope refitted. A draw whose statements all share one x has no
 * slope and is drawn again (at most `20 × resamples` draws in all). Needs at least two distinct x values.
 * @example
 * ```ts
 * bootstrapSlope([0, 0, 1, 1, 2, 2], [-0.6, -0.4, 0, 0.1, 0.5, 0.4], { resamples: 1000, confidence: 0.95, random: mulberry32(1) });
 * // { estimate: 0.475, low: ≈ 0.33, high: ≈ 0.6 }
 * ```
 */
export function bootstrapSlope(
  x: readonly number[],
  y: readonly number[],
  options: { readonly resamples: number; readonly confidence: number; readonly random: () => number },
): BootstrapInterval {
  const estimate = olsSlope(x, y);
  if (estimate === null) throw new RangeError('bootstrapSlope: x must hold at least two distinct values');
  const { resamples, confidence, random } = options;
  const n = x.length;
  const rx = new Float64Array(n);
  const ry = new Float64Array(n);
  const slopes: number[] = [];
  for (let draws = 0; slopes.length < resamples && draws < resamples * 20; draws++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      rx[i] = x[k] as number;
      ry[i] = y[k] as number;
    }
    const s = olsSlope(rx, ry);
    if (s !== null) slopes.push(s);
  }
  slopes.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  return { estimate, low: quantileSorted(slopes, tail), high: quantileSorted(slopes, 1 - tail) };
}
