/** The shapes of `trends()`. */
import type { Pole } from './compare-types.js';
import type { Period, TimeBin } from './time-bins.js';
import type { ProfileRow } from './types.js';

/**
 * Options of `trends()`. Only `time` is required.
 * @example
 * ```ts
 * import { trends, type TrendOptions, type ProfileRow } from 'detente';
 * declare const rows: ProfileRow[]; // with `date` and `side` fields
 * const options: TrendOptions = { time: 'date', bin: 'week', series: 'side', minN: 5, seed: 7 };
 * trends(rows, options).series.map((t) => t.summary);
 * ```
 */
export interface TrendOptions {
  /** The row field holding each statement's date: an ISO date string, a `Date`, or epoch milliseconds. */
  readonly time: string;
  /** The width of a period (default `'week'`). */
  readonly bin?: TimeBin;
  /**
   * What each line follows: a row field (default `'speaker'`; `'speakerId'`, `'side'`) or a function of the row.
   * Rows whose value is null or missing form the line `"(unattributed)"`, or are left out with `unattributed: 'skip'`.
   */
  readonly series?: string | ((row: ProfileRow) => unknown);
  readonly unattributed?: 'group' | 'skip';
  /** The fewest statements a line needs for a direction (default `DEFAULT_MIN_N`, 5). */
  readonly minN?: number;
  /** The fewest periods with statements a line needs for a direction (default 3; at least 2). */
  readonly minPeriods?: number;
  /** Bootstrap resamples (default 1000). */
  readonly resamples?: number;
  /** Interval coverage (default 0.95). */
  readonly confidence?: number;
  /** PRNG seed (default 1): the same rows, options and seed always give the same intervals. */
  readonly seed?: number;
}

/**
 * Why a trend has no direction: too few statements or periods to fit one, or an interval that includes 0.
 * @example
 * ```ts
 * import type { TrendReason } from 'detente';
 * const reason: TrendReason = 'interval-includes-zero';
 * ```
 */
export type TrendReason = 'too-few-statements' | 'too-few-periods' | 'interval-includes-zero';

/**
 * One period of a line: its bin, how many statements fell in it and their mean score.
 * @example
 * ```ts
 * import type { TrendPoint } from 'detente';
 * const point: TrendPoint = {
 *   period: { bin: 'week', key: '2025-W10', start: '2025-03-03', ordinal: 2879 }, count: 3, mean: -0.42,
 * };
 * ```
 */
export interface TrendPoint {
  readonly period: Period;
  readonly count: number;
  readonly mean: number;
}

/**
 * One line's trend: the least-squares slope of its statements' scores on time, in score per period (per week
 * with weekly bins), with a percentile bootstrap interval. `direction` is set only when the line has at least
 * `minN` statements in at least `minPeriods` periods and the interval excludes 0; otherwise `reason` says why not.
 * @example
 * ```ts
 * import type { Trend } from 'detente';
 * const ardenia: Trend = {
 *   series: 'Ardenia', count: 37, periods: 5,
 *   points: [], // one TrendPoint per week with statements, in time order
 *   slope: 0.131, low: 0.078, high: 0.183, direction: 'conciliatory', reason: null,
 *   summary: 'Ardenia softened: toward conciliatory by +0.13 a week (95% CI +0.08 to +0.18; 5 weeks, 37 statements)',
 * };
 * ```
 */
export interface Trend {
  readonly series: string;
  /** Statements on the line. */
  readonly count: number;
  /** Periods with at least one statement. */
  readonly periods: number;
  readonly points: readonly TrendPoint[];
  /** Score change per period (null with fewer than two periods). */
  readonly slope: number | null;
  /** Bootstrap interval of `slope` (null unless the line has enough statements and periods). */
  readonly low: number | null;
  readonly high: number | null;
  /** `conciliatory` (softened) or `confrontational` (hardened) when the interval excludes 0, else null. */
  readonly direction: Pole | null;
  readonly reason: TrendReason | null;
  /** One sentence saying the above. */
  readonly summary: string;
}

/**
 * The result of `trends()`.
 * @example
 * ```ts
 * import { trends, type ProfileRow, type TrendReport } from 'detente';
 * declare const rows: ProfileRow[];
 * const report: TrendReport = trends(rows, { time: 'date', series: 'side' });
 * // { time: 'date', bin: 'week', minN: 5, minPeriods: 3, resamples: 1000, confidence: 0.95, seed: 1,
 * //   periods: [{ key: '2025-W10', … }, …], series: [{ series: 'Belmark', … }, …], undated: 0, skipped: 0 }
 * ```
 */
export interface TrendReport {
  readonly time: string;
  readonly bin: TimeBin;
  readonly minN: number;
  readonly minPeriods: number;
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number;
  /** Every period with a statement, in time order. */
  readonly periods: readonly Period[];
  /** One trend per line, most statements first. */
  readonly series: readonly Trend[];
  /** Rows left out because their time field was missing or not a date. */
  readonly undated: number;
  /** Rows left out because their series value was null and `unattributed` was `'skip'`. */
  readonly skipped: number;
}
