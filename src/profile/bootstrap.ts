/** Percentile bootstrap intervals for a mean and for a difference of two means. */
import { mean, quantileSorted } from './stats.js';

/** Interval and point estimate of mean(b) − mean(a). */
export interface BootstrapInterval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Resamples `a` and `b` independently with replacement `resamples` times and returns the observed
 * mean(b) − mean(a) with the percentile interval at `confidence`. `random` supplies uniform floats in [0, 1)
 * (pass a seeded generator for reproducible intervals). Both samples must be non-empty.
 * @example
 * ```ts
 * bootstrapMeanDifference([-0.6, -0.4], [0.1, 0.3], { resamples: 1000, confidence: 0.95, random: mulberry32(1) });
 * // { estimate: 0.7, low: 0.5, high: 0.9 }
 * ```
 */
export function bootstrapMeanDifference(
  a: readonly number[],
  b: readonly number[],
  options: { readonly resamples: number; readonly confidence: number; readonly random: () => number },
): BootstrapInterval {
  if (a.length === 0 || b.length === 0) throw new RangeError('bootstrapMeanDifference: both samples must be non-empty');
  const { resamples, confidence, random } = options;
  const differences = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) differences[r] = resampleMean(b, random) - resampleMean(a, random);
  differences.sort();
  const sorted = Array.from(differences);
  const tail = (1 - confidence) / 2;
  return { estimate: mean(b) - mean(a), low: quantileSorted(sorted, tail), high: quantileSorted(sorted, 1 - tail) };
}

/**
 * Resamples `sample` with replacement `resamples` times and returns its mean with the percentile interval at
 * `confidence` (a single value gives a zero-width interval). The sample must be non-empty.
 * @example
 * ```ts
 * bootstrapMean([-0.6, -0.2, 0.1], { resamples: 1000, confidence: 0.95, random: mulberry32(1) });
 * // { estimate: -0.233, low: ≈ −0.6, high: ≈ 0.1 }
 * ```
 */
export function bootstrapMean(
  sample: readonly number[],
  options: { readonly resamples: number; readonly confidence: number; readonly random: () => number },
): BootstrapInterval {
  if (sample.length === 0) throw new RangeError('bootstrapMean: the sample must be non-empty');
  const { resamples, confidence, random } = options;
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) means[r] = resampleMean(sample, random);
  means.sort();
  const sorted = Array.from(means);
  const tail = (1 - confidence) / 2;
  return { estimate: mean(sample), low: quantileSorted(sorted, tail), high: quantileSorted(sorted, 1 - tail) };
}

function resampleMean(sample: readonly number[], random: () => number): number {
  let total = 0;
  for (let i = 0; i < sample.length; i++) total += sample[Math.floor(random() * sample.length)] as number;
  return total / sample.length;
}
