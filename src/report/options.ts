/** Options of `renderReport()`, checked once and resolved with their defaults. */
import { describeValue, OptionsError } from '../errors.js';
import { DEFAULT_MIN_N } from '../profile/options.js';
import { TIME_BINS, type TimeBin } from '../profile/time-bins.js';
import type { ReportOptions } from './types.js';

/** Report options with defaults filled in. */
export interface ResolvedReportOptions {
  readonly title: string;
  readonly subtitle: string | undefined;
  readonly by: string | undefined;
  readonly bin: TimeBin | undefined;
  readonly side: string | undefined;
  readonly compare: readonly [string, string] | undefined;
  readonly minN: number;
  readonly top: number;
  readonly textField: string;
  readonly series: number;
  readonly sample: number;
  readonly maxChars: number;
  readonly resamples: number;
  readonly seed: number;
  readonly unreadable: number;
  readonly generator: string | undefined;
}

const fail = (option: string, expected: string, value: unknown): never => {
  throw new OptionsError(option, `renderReport(): options.${option} must be ${expected}, got ${describeValue(value)}`);
};

function integer(
  options: ReportOptions,
  name: keyof ReportOptions,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = options[name] ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    fail(name, `an integer in [${min}, ${max}]`, value);
  return value as number;
}

function text(
  options: ReportOptions,
  name: 'title' | 'subtitle' | 'by' | 'side' | 'textField' | 'generator',
): string | undefined {
  const value = options[name];
  if (value !== undefined && (typeof value !== 'string' || (name !== 'subtitle' && value === '')))
    fail(name, 'a non-empty string', value);
  return value;
}

/**
 * Validates `renderReport()` options and fills in defaults; throws `OptionsError` quoting the bad value.
 * @example
 * ```ts
 * resolveReportOptions({ by: 'date' }).top; // 5
 * ```
 */
export function resolveReportOptions(options: unknown): ResolvedReportOptions {
  if (options === null || typeof options !== 'object')
    throw new OptionsError('options', `renderReport(): options must be an object, got ${describeValue(options)}`);
  const o = options as ReportOptions;
  const compare = o.compare;
  if (
    compare !== undefined &&
    (!Array.isArray(compare) || compare.length !== 2 || !compare.every((g) => typeof g === 'string'))
  )
    fail('compare', 'two group names, [a, b]', compare);
  const by = text(o, 'by');
  const bin = o.bin;
  if (bin !== undefined && !(TIME_BINS as readonly unknown[]).includes(bin))
    fail('bin', `one of ${TIME_BINS.join(', ')}`, bin);
  if (bin !== undefined && by === undefined)
    throw new OptionsError('bin', 'renderReport(): options.bin needs options.by (the date field to put in periods)');
  if (compare !== undefined && by === undefined)
    throw new OptionsError('compare', 'renderReport(): options.compare needs options.by (the field the groups are in)');
  return {
    title: text(o, 'title') ?? 'Tone report',
    subtitle: text(o, 'subtitle'),
    by,
    bin,
    side: text(o, 'side'),
    compare: compare as readonly [string, string] | undefined,
    minN: integer(o, 'minN', DEFAULT_MIN_N, 1, 1_000_000),
    top: integer(o, 'top', 5, 0, 1000),
    textField: text(o, 'textField') ?? 'text',
    series: integer(o, 'series', 10, 1, 100),
    sample: integer(o, 'sample', 5, 0, 1000),
    maxChars: integer(o, 'maxChars', 600, 20, 1_000_000),
    resamples: integer(o, 'resamples', 1000, 1, 1_000_000),
    seed: integer(o, 'seed', 1, -(2 ** 31), 2 ** 32),
    unreadable: integer(o, 'unreadable', 0, 0, Number.MAX_SAFE_INTEGER),
    generator: text(o, 'generator'),
  };
}
