/** Checks one input row of `profileSpeakers()` and reads the parts a profile needs. */
import { describeValue, InputError, OptionsError } from '../errors.js';
import { isToneLabel } from '../evaluate/labels.js';
import type { GroupBy, ProfileRow } from './types.js';

/** The speaker shown for statements whose speaker is null. */
export const UNATTRIBUTED = '(unattributed)';
/** The group shown for rows whose group field is missing or null. */
export const NO_GROUP = '(none)';

/**
 * Throws `InputError` unless `row` is a scored statement: an object with `speaker` (string or null) and a
 * `tone` holding a finite `score` and a tone `label`.
 * @example
 * ```ts
 * checkRow({ speaker: 'Lavrov', tone: { score: 0.4, label: 'conciliatory' } }, 0); // returns the row
 * ```
 */
export function checkRow(row: unknown, index: number): ProfileRow {
  if (row === null || typeof row !== 'object')
    throw new InputError(`profileSpeakers(): rows[${index}] must be an object, got ${describeValue(row)}`);
  const { speaker, tone } = row as { speaker?: unknown; tone?: unknown };
  if (speaker !== null && typeof speaker !== 'string') {
    throw new InputError(
      `profileSpeakers(): rows[${index}].speaker must be a string or null, got ${describeValue(speaker)}`,
    );
  }
  if (tone === null || typeof tone !== 'object')
    throw new InputError(`profileSpeakers(): rows[${index}].tone must be a tone score, got ${describeValue(tone)}`);
  const { score, label } = tone as { score?: unknown; label?: unknown };
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    throw new InputError(
      `profileSpeakers(): rows[${index}].tone.score must be a finite number, got ${describeValue(score)}`,
    );
  }
  if (!isToneLabel(label))
    throw new InputError(
      `profileSpeakers(): rows[${index}].tone.label must be a tone label, got ${describeValue(label)}`,
    );
  return row as ProfileRow;
}

/**
 * The group of a row as a string: strings as they are, numbers and booleans via `String`, Dates as ISO
 * strings, missing or null as `"(none)"`. Objects are a grouping mistake and throw `OptionsError`.
 * @example
 * ```ts
 * groupOf({ speaker: 'X', tone: { score: 0, label: 'neutral' }, date: '2022-01-21' }, 'date', 0); // '2022-01-21'
 * ```
 */
export function groupOf(row: ProfileRow, by: GroupBy, index: number): string {
  const value = typeof by === 'function' ? by(row) : Object.hasOwn(row, by) ? row[by] : undefined;
  if (value === undefined || value === null || value === '') return NO_GROUP;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  throw new OptionsError(
    'by',
    `profileSpeakers(): the group of rows[${index}] must be a string, number or Date, got ${describeValue(value)}`,
  );
}
