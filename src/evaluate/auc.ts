/** Area under the ROC curve, computed from ranks (the Mann–Whitney U statistic). */
import { averageRanks } from './ranks.js';

/**
 * AUC of `positive` scores against `negative` scores: the probability that a random positive outranks a
 * random negative, ties counted half. `null` when either side is empty.
 * @example
 * ```ts
 * auc([0.9, 0.4], [0.1, 0.4]); // 0.875 (3 wins and one tie out of 4 pairs)
 * ```
 */
export function auc(positive: readonly number[], negative: readonly number[]): number | null {
  const p = positive.length;
  const q = negative.length;
  if (p === 0 || q === 0) return null;
  const ranks = averageRanks([...positive, ...negative]);
  let rankSum = 0;
  for (let i = 0; i < p; i++) rankSum += ranks[i] as number;
  // U counts the (positive, negative) pairs the positive wins, ties as one half.
  const u = rankSum - (p * (p + 1)) / 2;
  return u / (p * q);
}
