/** The bootstrap interval of one speaker's mean tone (the bars' whiskers), from the profile layer's bootstrap. */
import { bootstrapMean } from '../profile/bootstrap.js';
import { fnv1a32, mulberry32 } from '../profile/prng.js';

/** A percentile interval of a mean. */
export interface MeanInterval {
  readonly low: number;
  readonly high: number;
}

/**
 * Percentile bootstrap interval of the mean of `scores` at 95 %: `resamples` resamples with replacement,
 * from a PRNG seeded by `seed` and the speaker's name (as `compareGroups` seeds its intervals), so a
 * speaker's interval does not depend on who else is in the data. A single score gives a zero-width interval.
 * @example
 * ```ts
 * meanInterval([-0.6, -0.2, 0.1], 'Petrova', 1000, 1); // { low: ≈ −0.6, high: ≈ 0.1 }
 * ```
 */
export function meanInterval(
  scores: readonly number[],
  speaker: string,
  resamples: number,
  seed: number,
): MeanInterval {
  if (scores.length === 0) return { low: 0, high: 0 };
  const random = mulberry32((seed ^ fnv1a32(speaker)) >>> 0);
  const { low, high } = bootstrapMean(scores, { resamples, confidence: 0.95, random });
  return { low, high };
}
