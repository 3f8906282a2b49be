/** Accuracy, per-class precision/recall/F1 and macro-F1, all read off a confusion matrix. */
import type { ClassMetrics, ConfusionMatrix } from './types.js';

/**
 * Precision, recall, F1 and support for every label of the matrix. A class never predicted has precision 0;
 * a class with no gold rows has recall 0; F1 is 0 when precision and recall are both 0.
 * @example
 * ```ts
 * perClassMetrics(confusionMatrix([['conciliatory', 'conciliatory'], ['conciliatory', 'neutral']]))[0];
 * // { label: 'conciliatory', precision: 1, recall: 0.5, f1: 0.667, support: 2 }
 * ```
 */
export function perClassMetrics(matrix: ConfusionMatrix): ClassMetrics[] {
  const { labels, counts } = matrix;
  return labels.map((label, k) => {
    const truePositive = counts[k]?.[k] ?? 0;
    const support = sum(counts[k] ?? []);
    const predicted = sum(counts.map((row) => row[k] ?? 0));
    const precision = predicted === 0 ? 0 : truePositive / predicted;
    const recall = support === 0 ? 0 : truePositive / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support };
  });
}

/**
 * Mean F1 over the classes present in the gold labels (support > 0); `null` when there are none. A gold
 * conciliatory row predicted neutral is a miss for conciliatory even if no gold row is neutral.
 * @example
 * ```ts
 * macroF1([{ label: 'conciliatory', precision: 1, recall: 1, f1: 1, support: 3 },
 *          { label: 'neutral', precision: 0, recall: 0, f1: 0, support: 0 }]); // 1
 * ```
 */
export function macroF1(metrics: readonly ClassMetrics[]): number | null {
  const present = metrics.filter((m) => m.support > 0);
  if (present.length === 0) return null;
  return present.reduce((acc, m) => acc + m.f1, 0) / present.length;
}

/**
 * Share of rows on the diagonal; `null` for an empty matrix.
 * @example
 * ```ts
 * accuracy(confusionMatrix([['neutral', 'neutral'], ['mixed', 'neutral']])); // 0.5
 * ```
 */
export function accuracy(matrix: ConfusionMatrix): number | null {
  const total = sum(matrix.counts.map(sum));
  if (total === 0) return null;
  return sum(matrix.counts.map((row, k) => row[k] ?? 0)) / total;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
