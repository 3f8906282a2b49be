/** Options of `profileSpeakers()` and `compareGroups()`, checked once and resolved with their defaults. */
import { describeValue, OptionsError } from '../errors.js';
import type { GroupBy, ProfileOptions } from './types.js';

/** Profile options with defaults filled in. */
export interface ResolvedProfileOptions {
  readonly by: GroupBy | undefined;
  readonly unattributed: 'group' | 'skip';
  readonly textField: string;
}

/**
 * Validates profile options and fills in defaults; throws `OptionsError` quoting the bad value.
 * @example
 * ```ts
 * resolveProfileOptions({ by: 'date' }); // { by: 'date', unattributed: 'group', textField: 'text' }
 * ```
 */
export function resolveProfileOptions(options: unknown, caller = 'profileSpeakers'): ResolvedProfileOptions {
  if (options === null || typeof options !== 'object')
    throw new OptionsError('options', `${caller}(): options must be an object, got ${describeValue(options)}`);
  const { by, unattributed = 'group', textField = 'text' } = options as ProfileOptions;
  if (by !== undefined && typeof by !== 'function' && (typeof by !== 'string' || by === '')) {
    throw new OptionsError(
      'by',
      `${caller}(): options.by must be a field name or a function, got ${describeValue(by)}`,
    );
  }
  if (unattributed !== 'group' && unattributed !== 'skip') {
    throw new OptionsError(
      'unattributed',
      `${caller}(): options.unattributed must be 'group' or 'skip', got ${describeValue(unattributed)}`,
    );
  }
  if (typeof textField !== 'string' || textField === '') {
    throw new OptionsError(
      'textField',
      `${caller}(): options.textField must be a field name, got ${describeValue(textField)}`,
    );
  }
  return { by, unattributed, textField };
}

/** Comparison options with defaults filled in. */
export interface ResolvedCompareOptions {
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number;
}

/**
 * Validates the bootstrap options of `compareGroups()`: `resamples` an integer in [1, 1e6] (default 1000),
 * `confidence` in (0, 1) (default 0.95), `seed` an integer (default 1).
 * @example
 * ```ts
 * resolveCompareOptions({ resamples: 200 }); // { resamples: 200, confidence: 0.95, seed: 1 }
 * ```
 */
export function resolveCompareOptions(options: {
  resamples?: unknown;
  confidence?: unknown;
  seed?: unknown;
}): ResolvedCompareOptions {
  const { resamples = 1000, confidence = 0.95, seed = 1 } = options;
  if (typeof resamples !== 'number' || !Number.isInteger(resamples) || resamples < 1 || resamples > 1_000_000) {
    throw new OptionsError(
      'resamples',
      `compareGroups(): options.resamples must be an integer in [1, 1000000], got ${describeValue(resamples)}`,
    );
  }
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new OptionsError(
      'confidence',
      `compareGroups(): options.confidence must be in (0, 1), got ${describeValue(confidence)}`,
    );
  }
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new OptionsError('seed', `compareGroups(): options.seed must be an integer, got ${describeValue(seed)}`);
  }
  return { resamples, confidence, seed };
}
