/** Checks one input row of `profileSpeakers()` and reads the parts a profile needs. */
import { describeValue, InputError, OptionsError } from '../errors.js';
import { isToneLabel } from '../evaluate/labels.js';
import { periodOf } from './time-bins.js';
import type { GroupBy, ProfileRow } from './types.js';

/** The speaker shown for statements whose speaker is null. */
export const UNATTRIBUTED = '(unattributed)';
/** The group shown for rows whose group field is missing or null. */
export const NO_GROUP = '(none)';
/** The group shown for rows whose time-group field holds something that is not a date. */
export const INVALID_DATE = '(invalid date)';

/**
 * Throws `InputError` unless `row` is a scored statement: an object whose `speakerField` (default `speaker`)
 * is a string or null (missing counts as null for any other field; `null` checks no speaker), and a `tone`
 * holding a finite `score` and a tone `label`.
 * @example
 * ```ts
 * checkRow({ speaker: 'Lavrov', tone: { score: 0.4, label: 'conciliatory' } }, 0); // returns the row
 * ```
 */
export function checkRow(
  row: unknown,
  index: number,
  speakerField: string | null = 'speaker',
  caller = 'profileSpeakers',
): ProfileRow {
  if (row === null || typeof row !== 'object')
    throw new InputError(`${caller}(): rows[${index}] must be an object, got ${describeValue(row)}`);
  const { tone } = row as { tone?: unknown };
  if (speakerField !== null && speakerOf(row as ProfileRow, speakerField) === undefined) {
    const value = (row as Record<string, unknown>)[speakerField];
    throw new InputError(
      `${caller}(): rows[${index}].${speakerField} must be a string or null, got ${describeValue(value)}`,
    );
  }
  if (tone === null || typeof tone !== 'object')
    throw new InputError(`${caller}(): rows[${index}].tone must be a tone score, got ${describeValue(tone)}`);
  const { score, label } = tone as { score?: unknown; label?: unknown };
  if (typeof score !== 'number' || !Number.isFinite(score)) {
    throw new InputError(`${caller}(): rows[${index}].tone.score must be a finite number, got ${describeValue(score)}`);
  }
  if (!isToneLabel(label))
    throw new InputError(`${caller}(): rows[${index}].tone.label must be a tone label, got ${describeValue(label)}`);
  return row as ProfileRow;
}

/**
 * The speaker of a row under `speakerField`: a trimmed-as-given string, null (also for a missing field other
 * than `speaker`, and an empty string), or undefined when the value is of the wrong type.
 * @example
 * ```ts
 * speakerOf({ speaker: 'Lavrov', tone: { score: 0, label: 'neutral' }, side: 'Russia' }, 'side'); // 'Russia'
 * ```
 */
export function speakerOf(row: ProfileRow, speakerField: string): string | null | undefined {
  const present = Object.hasOwn(row, speakerField);
  const value: unknown = present ? row[speakerField] : undefined;
  if (value === null || (value === undefined && speakerField !== 'speaker') || value === '') return null;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The group of a row as a string: strings as they are, numbers and booleans via `String`, Dates as ISO
 * strings, missing or null as `"(none)"`; a time group gives the key of the date's bin (`"(invalid date)"`
 * when the value is not a date). Objects are a grouping mistake and throw `OptionsError`.
 * @example
 * ```ts
 * groupOf({ speaker: 'X', tone: { score: 0, label: 'neutral' }, date: '2022-01-21' }, 'date', 0); // '2022-01-21'
 * groupOf({ speaker: 'X', tone: { score: 0, label: 'neutral' }, date: '2022-01-21' }, { field: 'date', bin: 'month' }, 0); // '2022-01'
 * ```
 */
export function groupOf(row: ProfileRow, by: GroupBy, index: number): string {
  if (typeof by === 'object') {
    const value = Object.hasOwn(row, by.field) ? row[by.field] : undefined;
    if (value === undefined || value === null || value === '') return NO_GROUP;
    return periodOf(value, by.bin)?.key ?? INVALID_DATE;
  }
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
