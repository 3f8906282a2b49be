/** The tone labels in a fixed order, for confusion matrices and per-class tables. */
import type { ToneLabel } from '../scoring/types.js';

/**
 * The four tone labels, poles first.
 * @example
 * ```ts
 * TONE_LABELS.indexOf('neutral'); // 2
 * ```
 */
export const TONE_LABELS: readonly ToneLabel[] = Object.freeze(['conciliatory', 'confrontational', 'neutral', 'mixed']);

const LABEL_SET = new Set<string>(TONE_LABELS);

/**
 * Type guard for tone labels (safe on any value, including `__proto__`).
 * @example
 * ```ts
 * isToneLabel('mixed'); // true
 * isToneLabel('positive'); // false
 * ```
 */
export function isToneLabel(value: unknown): value is ToneLabel {
  return typeof value === 'string' && LABEL_SET.has(value);
}
