/** Which statements a listing shows when there are more than it has room for. */
import type { ReportRow } from './types.js';

/**
 * Up to `k` of the row indexes `indexes`, spread evenly over their scores (lowest, highest and evenly spaced
 * ranks between), so a short listing shows the range of what was said; returned in input order. All are
 * returned when there are `k` or fewer.
 * @example
 * ```ts
 * sampleBySpread([0, 1, 2, 3, 4], rows, 3); // the lowest-, middle- and highest-scoring of the five
 * ```
 */
export function sampleBySpread(indexes: readonly number[], rows: readonly ReportRow[], k: number): number[] {
  if (indexes.length <= k) return [...indexes];
  if (k === 0) return [];
  const byScore = [...indexes].sort(
    (a, b) => (rows[a] as ReportRow).tone.score - (rows[b] as ReportRow).tone.score || a - b,
  );
  const picked = new Set<number>();
  for (let j = 0; j < k; j++) {
    const rank = k === 1 ? Math.floor((byScore.length - 1) / 2) : Math.round((j * (byScore.length - 1)) / (k - 1));
    picked.add(byScore[rank] as number);
  }
  return [...picked].sort((a, b) => a - b);
}
