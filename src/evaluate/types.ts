/** The shapes `evaluate()` reads and returns. */
import type { ToneLabel } from '../scoring/types.js';

/**
 * One labelled row: the text, and a categorical `label`, a numeric `value` (e.g. a Goldstein weight), or both.
 * Rows with neither still count in `n` but feed no metric.
 */
export interface EvaluationRow {
  readonly text: string;
  readonly label?: ToneLabel | string | null;
  readonly value?: number | null;
}

/**
 * What `evaluate()` needs of a scorer: a numeric score (used for ranking: AUC, Spearman) and a label (used for
 * accuracy, F1 and the confusion matrix). A detente `Scorer` fits; so does an adapter around a peer library.
 */
export interface EvaluableScorer {
  score(text: string): { readonly score: number; readonly label: ToneLabel };
}

/** Options of `evaluate()`. */
export interface EvaluateOptions {
  /** Keep each row's prediction in the result (`predictions`), e.g. to list the misses. Default false. */
  readonly predictions?: boolean;
}

/** Precision, recall and F1 of one class, with its support (gold rows of that class). */
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
 */
export interface ConfusionMatrix {
  readonly labels: readonly ToneLabel[];
  readonly counts: readonly (readonly number[])[];
}

/** One row's outcome, kept when `options.predictions` is true. `index` is the row's position in the input. */
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
