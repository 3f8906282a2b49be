/**
 * The columns detente appends to every row, and how a `ToneScore` becomes their cells. Numbers are written
 * locale-free (JavaScript's `String(number)` always uses `.`), rounded so no exponent form appears.
 */
import type { ToneScore } from '../../scoring/types.js';

/**
 * Names of the appended columns, without the prefix, in output order.
 * @example
 * ```ts
 * TONE_COLUMNS.map((c) => `tone_${c}`); // ['tone_score', 'tone_label', …, 'tone_status']
 * ```
 */
export const TONE_COLUMNS = [
  'score',
  'label',
  'conciliatory',
  'confrontational',
  'hits',
  'dimensions',
  'evidence',
  'status',
] as const;

/** `empty` when the text column is blank (the row is still scored: neutral, no evidence). */
export type RowStatus = 'ok' | 'empty';

/**
 * Rounds to 4 decimals and turns -0 into 0, so `String()` never gives `-0` or `1e-7`.
 * @example
 * ```ts
 * round(-0.000001); // 0
 * ```
 */
export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000 + 0;
}

/**
 * The `top` dimensions by magnitude, strongest first (ties by name). Small inputs: insertion into a short list.
 * @example
 * ```ts
 * topDimensions(scorer.score('We reject this and threaten them.'), 3); // [['threat', -6], ['rejection', -4]]
 * ```
 */
export function topDimensions(result: ToneScore, top: number): [string, number][] {
  const best: [string, number][] = [];
  const dims = result.dimensions as Readonly<Record<string, number>>;
  for (const dim in dims) {
    const w = dims[dim]!;
    let at = best.length;
    while (
      at > 0 &&
      (Math.abs(best[at - 1]![1]) < Math.abs(w) ||
        (Math.abs(best[at - 1]![1]) === Math.abs(w) && best[at - 1]![0] > dim))
    )
      at--;
    if (at < top) {
      best.splice(at, 0, [dim, w]);
      if (best.length > top) best.pop();
    }
  }
  for (const entry of best) entry[1] = round(entry[1]);
  return best;
}

/**
 * The `top` distinct evidence terms (lower-cased, as matched) by final weight magnitude, then position.
 * @example
 * ```ts
 * topEvidence(scorer.score('We Reject this.'), 3); // ['reject']
 * ```
 */
export function topEvidence(result: ToneScore, top: number): string[] {
  const { evidence } = result;
  if (evidence.length === 0 || top === 0) return [];
  const order = evidence.filter((e) => e.weight !== 0);
  if (order.length > 1) order.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.span[0] - b.span[0]);
  const terms: string[] = [];
  for (const hit of order) {
    const term = hit.term.toLowerCase();
    if (!terms.includes(term)) terms.push(term);
    if (terms.length >= top) break;
  }
  return terms;
}

/**
 * The appended cells as CSV strings, in `TONE_COLUMNS` order.
 * @example
 * ```ts
 * toneCells(scorer.score('We reject this.'), 'ok', 3); // ['-0.5714', 'confrontational', '0', '4', '1', 'rejection:-4', 'reject', 'ok']
 * ```
 */
export function toneCells(result: ToneScore, status: RowStatus, top: number): string[] {
  let dims = '';
  for (const [d, w] of topDimensions(result, top)) dims += `${dims === '' ? '' : ';'}${d}:${w}`;
  return [
    String(round(result.score)),
    result.label,
    String(round(result.conciliatory)),
    String(round(result.confrontational)),
    String(result.hits),
    dims,
    topEvidence(result, top).join(';'),
    status,
  ];
}

/**
 * The appended values for JSON output: numbers stay numbers, dimensions an object, evidence an array.
 * @example
 * ```ts
 * toneValues(scorer.score(''), 'empty', 3); // [0, 'neutral', 0, 0, 0, {}, [], 'empty']
 * ```
 */
export function toneValues(result: ToneScore, status: RowStatus, top: number): unknown[] {
  return [
    round(result.score),
    result.label,
    round(result.conciliatory),
    round(result.confrontational),
    result.hits,
    Object.fromEntries(topDimensions(result, top)),
    topEvidence(result, top),
    status,
  ];
}
