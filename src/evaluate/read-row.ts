/** Checks one input row of `evaluate()` and reads its gold label and value. */
import { describeValue, OptionsError } from '../errors.js';
import type { ToneLabel } from '../scoring/types.js';
import { isToneLabel } from './labels.js';

/** A row after checking: text, and the gold label and value when present. */
export interface CheckedRow {
  readonly text: string;
  readonly gold: ToneLabel | undefined;
  readonly value: number | undefined;
}

/**
 * Reads row `index`. A label may be given in any case with surrounding spaces (CSV columns often are);
 * `undefined`, `null` and `''` mean "no label", and `undefined`/`null` mean "no value". Anything else that is
 * not a tone label or a finite number throws an `OptionsError` naming the row.
 * @example
 * ```ts
 * readRow({ text: 'We welcome the talks.', label: ' Conciliatory' }, 0);
 * // { text: 'We welcome the talks.', gold: 'conciliatory', value: undefined }
 * ```
 */
export function readRow(row: unknown, index: number): CheckedRow {
  if (row === null || typeof row !== 'object') {
    throw new OptionsError(`rows[${index}]`, `evaluate(): rows[${index}] must be an object, got ${describeValue(row)}`);
  }
  const { text, label, value } = row as { text?: unknown; label?: unknown; value?: unknown };
  if (typeof text !== 'string') {
    throw new OptionsError(
      `rows[${index}].text`,
      `evaluate(): rows[${index}].text must be a string, got ${describeValue(text)}`,
    );
  }
  return { text, gold: readLabel(label, index), value: readValue(value, index) };
}

function readLabel(label: unknown, index: number): ToneLabel | undefined {
  if (label === undefined || label === null) return undefined;
  const normalised = typeof label === 'string' ? label.trim().toLowerCase() : label;
  if (normalised === '') return undefined;
  if (isToneLabel(normalised)) return normalised;
  throw new OptionsError(
    `rows[${index}].label`,
    `evaluate(): rows[${index}].label must be conciliatory, confrontational, neutral or mixed, got ${describeValue(label)}`,
  );
}

function readValue(value: unknown, index: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new OptionsError(
    `rows[${index}].value`,
    `evaluate(): rows[${index}].value must be a finite number, got ${describeValue(value)}`,
  );
}
