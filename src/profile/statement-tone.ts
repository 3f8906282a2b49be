/**
 * One definition of a statement's tone across the product: the tone a row already carries (the `tone_*`
 * columns that `detente score` and `detente extract` write, where `extract` has added the speech verb's tone),
 * and a fresh score of its text only when it carries none.
 */
import { describeValue, InputError } from '../errors.js';
import { isToneLabel } from '../evaluate/labels.js';
import type { Dimension } from '../lexicon/dimensions.js';
import { isDimension } from '../lexicon/dimensions.js';
import type { Scorer, ToneLabel } from '../scoring/types.js';

/**
 * The tone a profile reads: a score, a label, and the dimensions when known. From columns, `dimensions` holds
 * the heaviest three that the `tone_dimensions` column lists.
 * @example
 * ```ts
 * import type { StatementTone } from 'detente';
 * const tone: StatementTone = { score: -0.5714, label: 'confrontational', dimensions: { rejection: -4 } };
 * ```
 */
export interface StatementTone {
  readonly score: number;
  readonly label: ToneLabel;
  readonly dimensions?: Readonly<Partial<Record<Dimension, number>>>;
}

/**
 * Options of `statementTone`.
 * @example
 * ```ts
 * import { createScorer, type StatementToneOptions } from 'detente';
 * const options: StatementToneOptions = { scorer: createScorer(), text: 'quote', prefix: 'tone_' };
 * ```
 */
export interface StatementToneOptions {
  /** Scores rows that carry no tone; without it such a row throws `InputError`. */
  readonly scorer?: Scorer;
  /** The text field to score (default `'text'`). */
  readonly text?: string;
  /** The prefix of the tone columns (default `'tone_'`: `tone_score`, `tone_label`, `tone_dimensions`). */
  readonly prefix?: string;
  /** Score the text even when the row carries a tone (default false). */
  readonly rescore?: boolean;
}

/**
 * The tone of one row: its `tone_score` and `tone_label` columns when it has them (numbers or numeric text),
 * otherwise the scorer's score of its text. Returns where the tone came from, so a report can say it.
 * Throws `InputError` for a tone column that holds no number or label, rather than scoring over it.
 * @example
 * ```ts
 * statementTone({ text: 'We welcome the talks.', tone_score: '0.5', tone_label: 'conciliatory' });
 * // { tone: { score: 0.5, label: 'conciliatory', dimensions: {} }, from: 'columns' }
 * statementTone({ text: 'We reject this.' }, { scorer: createScorer() }).from; // 'scored'
 * ```
 */
export function statementTone(
  row: Readonly<Record<string, unknown>>,
  options: StatementToneOptions = {},
): { readonly tone: StatementTone; readonly from: 'columns' | 'scored' } {
  const prefix = options.prefix ?? 'tone_';
  const scoreCell = row[`${prefix}score`];
  const labelCell = row[`${prefix}label`];
  const carries = scoreCell !== undefined && scoreCell !== '' && labelCell !== undefined && labelCell !== '';
  if (carries && options.rescore !== true) {
    const score = typeof scoreCell === 'number' ? scoreCell : Number(String(scoreCell).trim());
    if (!Number.isFinite(score) || score < -1 || score > 1)
      throw new InputError(`${prefix}score must be a number in [-1, 1], got ${describeValue(scoreCell)}`);
    if (!isToneLabel(labelCell))
      throw new InputError(`${prefix}label must be a tone label, got ${describeValue(labelCell)}`);
    return {
      tone: { score, label: labelCell, dimensions: dimensionsCell(row[`${prefix}dimensions`]) },
      from: 'columns',
    };
  }
  if (options.scorer === undefined)
    throw new InputError(`the row has no ${prefix}score and ${prefix}label, and no scorer was given to score it`);
  const text = row[options.text ?? 'text'];
  const score = options.scorer.score(typeof text === 'string' ? text : '');
  return { tone: { score: score.score, label: score.label, dimensions: score.dimensions }, from: 'scored' };
}

/** "threat:-6.3;rejection:-4" (CSV) or `{ threat: -6.3 }` (JSON) as dimensions; anything else as none. */
function dimensionsCell(cell: unknown): Partial<Record<Dimension, number>> {
  const out: Partial<Record<Dimension, number>> = {};
  const pairs: [string, unknown][] =
    typeof cell === 'string'
      ? cell.split(';').map((part) => {
          const at = part.lastIndexOf(':');
          return [part.slice(0, at).trim(), Number(part.slice(at + 1))];
        })
      : cell !== null && typeof cell === 'object'
        ? Object.entries(cell as Record<string, unknown>)
        : [];
  for (const [dimension, weight] of pairs) {
    if (isDimension(dimension) && typeof weight === 'number' && Number.isFinite(weight)) out[dimension] = weight;
  }
  return out;
}
