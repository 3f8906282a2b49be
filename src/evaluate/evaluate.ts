/** `evaluate()`: how well a scorer's labels and scores agree with labelled rows. */
import { describeValue, OptionsError } from '../errors.js';
import type { ToneLabel } from '../scoring/types.js';
import { auc } from './auc.js';
import { accuracy, macroF1, perClassMetrics } from './class-metrics.js';
import { confusionMatrix } from './confusion.js';
import { readRow } from './read-row.js';
import { spearman } from './spearman.js';
import type { EvaluableScorer, EvaluateOptions, Evaluation, EvaluationRow, Prediction } from './types.js';

/**
 * Scores every row once and measures agreement with its gold `label` (accuracy, macro-F1, per-class
 * precision/recall/F1, confusion matrix), the ranking of gold conciliatory over gold confrontational rows
 * (AUC), and the rank correlation of score with a numeric `value` (Spearman). Pure: it only calls
 * `scorer.score`. Throws `OptionsError` on a bad scorer, option or row.
 * @example
 * ```ts
 * const result = evaluate(createScorer(), [
 *   { text: 'We welcome the agreement.', label: 'conciliatory', value: 6 },
 *   { text: 'We reject the ultimatum.', label: 'confrontational', value: -4 },
 * ]);
 * result.accuracy; result.macroF1; result.auc; result.spearman; result.confusion.counts;
 * ```
 */
export function evaluate(
  scorer: EvaluableScorer,
  rows: Iterable<EvaluationRow>,
  options: EvaluateOptions = {},
): Evaluation {
  checkArguments(scorer, rows, options);
  const keep = options.predictions === true;
  const labelPairs: [ToneLabel, ToneLabel][] = [];
  const conciliatory: number[] = [];
  const confrontational: number[] = [];
  const scores: number[] = [];
  const values: number[] = [];
  const predictions: Prediction[] = [];
  let n = 0;
  for (const raw of rows) {
    const row = readRow(raw, n);
    const { score, label } = scorer.score(row.text);
    if (row.gold !== undefined) {
      labelPairs.push([row.gold, label]);
      if (row.gold === 'conciliatory') conciliatory.push(score);
      else if (row.gold === 'confrontational') confrontational.push(score);
    }
    if (row.value !== undefined) {
      scores.push(score);
      values.push(row.value);
    }
    if (keep) predictions.push(prediction(n, row.text, row.gold, row.value, label, score));
    n++;
  }
  const confusion = confusionMatrix(labelPairs);
  const perClass = perClassMetrics(confusion);
  const result: Evaluation = {
    n,
    labelled: labelPairs.length,
    valued: values.length,
    accuracy: accuracy(confusion),
    macroF1: macroF1(perClass),
    auc: auc(conciliatory, confrontational),
    spearman: spearman(scores, values),
    perClass,
    confusion,
  };
  return keep ? { ...result, predictions } : result;
}

function prediction(
  index: number,
  text: string,
  gold: ToneLabel | undefined,
  value: number | undefined,
  predicted: ToneLabel,
  score: number,
): Prediction {
  // exactOptionalPropertyTypes: leave absent fields out rather than set them to undefined.
  return {
    index,
    text,
    ...(gold === undefined ? {} : { gold }),
    ...(value === undefined ? {} : { value }),
    predicted,
    score,
  };
}

function checkArguments(scorer: unknown, rows: unknown, options: unknown): void {
  if (scorer === null || typeof scorer !== 'object' || typeof (scorer as { score?: unknown }).score !== 'function') {
    throw new OptionsError('scorer', `evaluate(): scorer must have a score(text) method, got ${describeValue(scorer)}`);
  }
  if (
    rows === null ||
    typeof rows !== 'object' ||
    typeof (rows as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw new OptionsError(
      'rows',
      `evaluate(): rows must be an iterable of { text, label?, value? }, got ${describeValue(rows)}`,
    );
  }
  if (options === null || typeof options !== 'object') {
    throw new OptionsError('options', `evaluate(): options must be an object, got ${describeValue(options)}`);
  }
  const keep = (options as EvaluateOptions).predictions;
  if (keep !== undefined && typeof keep !== 'boolean') {
    throw new OptionsError(
      'predictions',
      `evaluate(): options.predictions must be a boolean, got ${describeValue(keep)}`,
    );
  }
}
