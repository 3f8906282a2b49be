/** The shapes `evaluate()` reads and returns. */
import type { ToneLabel } from '../scoring/types.js';

/**
 * One labelled row: the text, and a categorical `label`, a numeric `value` (e.g. a Goldstein weight), or both.
 * Rows with neither still count in `n` but feed no metric.
 * @example
 * ```ts
 * import type { EvaluationRow } from 'detente';
 * const rows: EvaluationRow[] = [
 *   { text: 'We welcome the talks.', label: 'conciliatory', value: 3.4 },
 *   { text: 'We will never accept this.', label: 'confrontational', value: -4 },
 *   { text: 'They threatened to blockade the strait.', value: -7 }, // numeric gold only (e.g. CAMEO/Goldstein)
 *   { text: 'It rained in Geneva on Tuesday.', label: 'neutral' },
 * ];
 * ```
 */
export interface EvaluationRow {
  readonly text: string;
  readonly label?: ToneLabel | string | null;
  readonly value?: number | null;
}

/**
 * What `evaluate()` needs of a scorer: a numeric score (used for ranking: AUC, Spearman) and a label (used for
 * accuracy, F1 and the confusion matrix). A detente `Scorer` fits; so does an adapter around a peer library.
 * @example
 * ```ts
 * import { evaluate, type EvaluableScorer, type EvaluationRow } from 'detente';
 * declare const rows: EvaluationRow[];
 * declare function polarity(text: string): number; // any other model, in [-1, 1]
 * const baseline: EvaluableScorer = {
 *   score(text) {
 *     const score = polarity(text);
 *     return { score, label: score >= 0.15 ? 'conciliatory' : score <= -0.15 ? 'confrontational' : 'neutral' };
 *   },
 * };
 * const { macroF1, auc } = evaluate(baseline, rows);
 * ```
 */
export interface EvaluableScorer {
  score(text: string): { readonly score: number; readonly label: ToneLabel };
}

/**
 * Options of `evaluate()`.
 * @example
 * ```ts
 * import { createScorer, evaluate, type EvaluateOptions, type EvaluationRow } from 'detente';
 * declare const rows: EvaluationRow[];
 * const options: EvaluateOptions = { predictions: true };
 * const misses = evaluate(createScorer(), rows, options).predictions?.filter((p) => p.gold && p.gold !== p.predicted);
 * ```
 */
export interface EvaluateOptions {
  /** Keep each row's prediction in the result (`predictions`), e.g. to list the misses. Default false. */
  readonly predictions?: boolean;
}

/**
 * Precision, recall and F1 of one class, with its support (gold rows of that class). A class with no gold and
 * no predicted rows reads all zeros.
 * @example
 * ```ts
 * import { createScorer, evaluate, type ClassMetrics, type EvaluationRow } from 'detente';
 * declare const rows: EvaluationRow[];
 * const perClass: readonly ClassMetrics[] = evaluate(createScorer(), rows).perClass;
 * // [{ label: 'conciliatory', precision: 1, recall: 1, f1: 1, support: 1 }, { label: 'confrontational', … }, …]
 * ```
 */
export interface ClassMetrics {
  readonly label: ToneLabel;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/**
 * Confusion matrix. `counts[g][p]` is the number of rows whose gold label is `labels[g]` and whose predicted
 * label is `labels[p]` (rows: gold, columns: predicted).
 * @example
 * ```ts
 * import type { ConfusionMatrix } from 'detente';
 * const confusion: ConfusionMatrix = {
 *   labels: ['conciliatory', 'confrontational', 'neutral', 'mixed'],
 *   counts: [
 *     [1, 0, 0, 0], // gold conciliatory, predicted: conciliatory, confrontational, neutral, mixed
 *     [0, 2, 0, 0], // gold confrontational
 *     [0, 1, 1, 0], // gold neutral: one of the two was predicted confrontational
 *     [0, 0, 0, 0], // gold mixed
 *   ],
 * };
 * ```
 */
export interface ConfusionMatrix {
  readonly labels: readonly ToneLabel[];
  readonly counts: readonly (readonly number[])[];
}

/**
 * One row's outcome, kept when `options.predictions` is true. `index` is the row's position in the input.
 * @example
 * ```ts
 * import type { Prediction } from 'detente';
 * const p: Prediction = {
 *   index: 1, text: 'We will never accept this.', gold: 'confrontational', value: -4,
 *   predicted: 'confrontational', score: -0.6053,
 * };
 * ```
 */
export interface Prediction {
  readonly index: number;
  readonly text: string;
  readonly gold?: ToneLabel;
  readonly value?: number;
  readonly predicted: ToneLabel;
  readonly score: number;
}

/**
 * The result of `evaluate()`. A metric is `null` when the rows cannot define it (no labelled rows; AUC with
 * only one pole present; Spearman with fewer than two valued rows or a constant side).
 * @example
 * ```ts
 * import { createScorer, evaluate, type Evaluation } from 'detente';
 * const result: Evaluation = evaluate(createScorer(), [
 *   { text: 'We welcome the talks.', label: 'conciliatory', value: 3.4 },
 *   { text: 'We will never accept this.', label: 'confrontational', value: -4 },
 *   { text: 'They threatened to blockade the strait.', label: 'confrontational', value: -7 },
 *   { text: 'It rained in Geneva on Tuesday.', label: 'neutral' },
 * ]);
 * // { n: 4, labelled: 4, valued: 3, accuracy: 1, macroF1: 1, auc: 1, spearman: 1, perClass: […], confusion: {…} }
 * ```
 */
export interface Evaluation {
  /** Rows scored. */
  readonly n: number;
  /** Rows with a categorical label. */
  readonly labelled: number;
  /** Rows with a numeric value. */
  readonly valued: number;
  readonly accuracy: number | null;
  /** Mean F1 over the classes present in the gold labels. */
  readonly macroF1: number | null;
  /** Gold conciliatory vs confrontational, ranked by score (ties count half). */
  readonly auc: number | null;
  /** Spearman rank correlation of score with `value` (average ranks for ties). */
  readonly spearman: number | null;
  /** One entry per label, in `TONE_LABELS` order. */
  readonly perClass: readonly ClassMetrics[];
  readonly confusion: ConfusionMatrix;
  readonly predictions?: readonly Prediction[];
}
