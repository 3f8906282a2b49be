/** Ranking with ties, the shared step of AUC and Spearman correlation. */

/**
 * 1-based ranks of `values` in ascending order; tied values share the average of the ranks they span.
 * Returns an array aligned with the input.
 * @example
 * ```ts
 * averageRanks([10, 20, 20, 5]); // [2, 3.5, 3.5, 1]
 * ```
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    // [start, end) is one run of equal values in sorted order; each gets the mean of ranks start+1..end.
    let end = start + 1;
    while (end < order.length && values[order[end] as number] === values[order[start] as number]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    start = end;
  }
  return ranks;
}
