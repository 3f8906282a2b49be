/** Options of `profileSpeakers()` and `compareGroups()`, checked once and resolved with their defaults. */
import { describeValue, OptionsError } from '../errors.js';
import { TIME_BINS } from './time-bins.js';
import type { GroupBy, ProfileOptions } from './types.js';

/** Profile options with defaults filled in; `by` is always a list (empty: not grouped). */
export interface ResolvedProfileOptions {
  readonly by: readonly GroupBy[];
  /** Whether `by` was given as an array (profiles then carry `keys`). */
  readonly byList: boolean;
  readonly unattributed: 'group' | 'skip';
  readonly textField: string;
  readonly speakerField: string;
}

/**
 * Throws `OptionsError` unless `by` is a field name, a function or a time group `{ field, bin }`.
 * @example
 * ```ts
 * checkGroupBy({ field: 'date', bin: 'week' }, 'by', 'profileSpeakers'); // ok
 * ```
 */
export function checkGroupBy(by: unknown, option: string, caller: string): GroupBy {
  if (typeof by === 'function' || (typeof by === 'string' && by !== '')) return by as GroupBy;
  if (by !== null && typeof by === 'object' && !Array.isArray(by)) {
    const { field, bin } = by as { field?: unknown; bin?: unknown };
    if (typeof field !== 'string' || field === '')
      throw new OptionsError(
        option,
        `${caller}(): options.${option}.field must be a field name, got ${describeValue(field)}`,
      );
    if (!(TIME_BINS as readonly unknown[]).includes(bin))
      throw new OptionsError(
        option,
        `${caller}(): options.${option}.bin must be ${TIME_BINS.join(', ')}, got ${describeValue(bin)}`,
      );
    return { field, bin } as GroupBy;
  }
  throw new OptionsError(
    option,
    `${caller}(): options.${option} must be a field name, a function or { field, bin }, got ${describeValue(by)}`,
  );
}

/** A field-name option: a non-empty string. */
export function checkField(value: unknown, option: string, caller: string): string {
  if (typeof value !== 'string' || value === '')
    throw new OptionsError(option, `${caller}(): options.${option} must be a field name, got ${describeValue(value)}`);
  return value;
}

/**
 * Validates profile options and fills in defaults; throws `OptionsError` quoting the bad value.
 * @example
 * ```ts
 * resolveProfileOptions({ by: 'date' });
 * // { by: ['date'], byList: false, unattributed: 'group', textField: 'text', speakerField: 'speaker' }
 * ```
 */
export function resolveProfileOptions(options: unknown, caller = 'profileSpeakers'): ResolvedProfileOptions {
  if (options === null || typeof options !== 'object')
    throw new OptionsError('options', `${caller}(): options must be an object, got ${describeValue(options)}`);
  const { by, unattributed = 'group', textField = 'text', speakerField = 'speaker' } = options as ProfileOptions;
  const byList = Array.isArray(by);
  if (byList && (by as readonly unknown[]).length === 0)
    throw new OptionsError('by', `${caller}(): options.by must name at least one key, got an empty array`);
  const keys = by === undefined ? [] : byList ? (by as readonly unknown[]) : [by];
  const checked = keys.map((key, i) => checkGroupBy(key, byList ? `by[${i}]` : 'by', caller));
  if (unattributed !== 'group' && unattributed !== 'skip') {
    throw new OptionsError(
      'unattributed',
      `${caller}(): options.unattributed must be 'group' or 'skip', got ${describeValue(unattributed)}`,
    );
  }
  checkField(textField, 'textField', caller);
  checkField(speakerField, 'speakerField', caller);
  return { by: checked, byList, unattributed, textField, speakerField };
}

/**
 * The fewest statements behind a claim of direction, by default: each group of a comparison, and each trend
 * in total. A bootstrap interval from fewer is too narrow to trust (resampling 3 values has 10 outcomes).
 * @example
 * ```ts
 * import { DEFAULT_MIN_N } from 'detente';
 * DEFAULT_MIN_N; // 5
 * ```
 */
export const DEFAULT_MIN_N = 5;

/** Bootstrap options (comparisons and trends) with defaults filled in. */
export interface ResolvedCompareOptions {
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number;
  readonly minN: number;
}

/**
 * Validates the bootstrap options of `compareGroups()` and `trends()`: `resamples` an integer in [1, 1e6]
 * (default 1000), `confidence` in (0, 1) (default 0.95), `seed` an integer (default 1), `minN` an integer ≥ 1
 * (default `DEFAULT_MIN_N`).
 * @example
 * ```ts
 * resolveCompareOptions({ resamples: 200 }); // { resamples: 200, confidence: 0.95, seed: 1, minN: 5 }
 * ```
 */
export function resolveCompareOptions(
  options: { resamples?: unknown; confidence?: unknown; seed?: unknown; minN?: unknown },
  caller = 'compareGroups',
): ResolvedCompareOptions {
  const { resamples = 1000, confidence = 0.95, seed = 1, minN = DEFAULT_MIN_N } = options;
  if (typeof resamples !== 'number' || !Number.isInteger(resamples) || resamples < 1 || resamples > 1_000_000) {
    throw new OptionsError(
      'resamples',
      `${caller}(): options.resamples must be an integer in [1, 1000000], got ${describeValue(resamples)}`,
    );
  }
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new OptionsError(
      'confidence',
      `${caller}(): options.confidence must be in (0, 1), got ${describeValue(confidence)}`,
    );
  }
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new OptionsError('seed', `${caller}(): options.seed must be an integer, got ${describeValue(seed)}`);
  }
  if (typeof minN !== 'number' || !Number.isSafeInteger(minN) || minN < 1) {
    throw new OptionsError('minN', `${caller}(): options.minN must be a whole number ≥ 1, got ${describeValue(minN)}`);
  }
  return { resamples, confidence, seed, minN };
}
