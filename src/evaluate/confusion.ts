/** The confusion matrix over the four tone labels. */
import type { ToneLabel } from '../scoring/types.js';
import { TONE_LABELS } from './labels.js';
import type { ConfusionMatrix } from './types.js';

/**
 * Counts (gold, predicted) pairs into a 4×4 matrix, rows gold and columns predicted, both in `TONE_LABELS`
 * order.
 * @example
 * ```ts
 * confusionMatrix([['conciliatory', 'neutral']]).counts[0]; // [0, 0, 1, 0]
 * ```
 */
export function confusionMatrix(pairs: Iterable<readonly [gold: ToneLabel, predicted: ToneLabel]>): ConfusionMatrix {
  const counts = TONE_LABELS.map(() => TONE_LABELS.map(() => 0));
  for (const [gold, predicted] of pairs) {
    const row = counts[TONE_LABELS.indexOf(gold)];
    const col = TONE_LABELS.indexOf(predicted);
    if (row === undefined || col < 0)
      throw new RangeError(`confusionMatrix: unknown label pair (${gold}, ${predicted})`);
    row[col] = (row[col] as number) + 1;
  }
  return { labels: TONE_LABELS, counts };
}
