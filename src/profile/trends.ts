/** `trends()`: does each speaker's (or side's) tone move over time, and which way, with a bootstrap interval. */
import { describeValue, InputError, OptionsError } from '../errors.js';
import type { Pole } from './compare-types.js';
import { counted, interval, signed } from './format.js';
import { checkField, resolveCompareOptions } from './options.js';
import { fnv1a32, mulberry32 } from './prng.js';
import { checkRow, speakerOf, UNATTRIBUTED } from './read-row.js';
import { bootstrapSlope, olsSlope } from './slope.js';
import { mean } from './stats.js';
import { type Period, periodAt, periodOf, TIME_BINS, type TimeBin } from './time-bins.js';
import type { Trend, TrendOptions, TrendPoint, TrendReason, TrendReport } from './trend-types.js';
import type { ProfileRow } from './types.js';

/** Periods a line needs, by default, before it is given a direction. */
const DEFAULT_MIN_PERIODS = 3;

/**
 * The trend of each line (each speaker by default, or each side, …) across any number of periods: the
 * least-squares slope of statement scores on time in periods (weeks by default), with a percentile bootstrap
 * interval from a seeded PRNG (statements resampled; each line seeded by its name, so its interval does not
 * depend on the other lines). A line gets a direction only with at least `minN` statements in at least
 * `minPeriods` periods and an interval that excludes 0; otherwise it says "not enough statements" and why.
 * Pure and deterministic; throws `OptionsError` on a bad option and `InputError` on a malformed row.
 * @example
 * ```ts
 * const report = trends(rows, { time: 'date', bin: 'week', series: 'side' });
 * report.series.map((t) => t.summary);
 * // ['Ardenia softened: toward conciliatory by +0.13 a week (95% CI +0.08 to +0.18; 5 weeks, 37 statements)',
 * //  'Belmark hardened: toward confrontational by −0.14 a week (…)', …]
 * ```
 */
export function trends(rows: Iterable<ProfileRow>, options: TrendOptions): TrendReport {
  const settings = resolveTrendOptions(options);
  const { time, bin, series, unattributed } = settings;
  if (rows === null || typeof rows !== 'object' || typeof (rows as Iterable<unknown>)[Symbol.iterator] !== 'function')
    throw new InputError(`trends(): rows must be an iterable of scored statements, got ${describeValue(rows)}`);
  // line → period ordinal → scores
  const lines = new Map<string, Map<number, number[]>>();
  const seen = new Map<number, Period>();
  let undated = 0;
  let skipped = 0;
  let index = 0;
  for (const raw of rows) {
    const row = checkRow(raw, index, typeof series === 'string' ? series : null, 'trends');
    const who = seriesOf(row, series, index);
    index++;
    if (who === null && unattributed === 'skip') {
      skipped++;
      continue;
    }
    const period = periodOf(Object.hasOwn(row, time) ? row[time] : undefined, bin);
    if (period === null) {
      undated++;
      continue;
    }
    seen.set(period.ordinal, period);
    const name = who ?? UNATTRIBUTED;
    let byPeriod = lines.get(name);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      lines.set(name, byPeriod);
    }
    const scores = byPeriod.get(period.ordinal);
    if (scores === undefined) byPeriod.set(period.ordinal, [row.tone.score]);
    else scores.push(row.tone.score);
  }
  const periods = [...seen.values()].sort((a, b) => a.ordinal - b.ordinal);
  const first = periods[0]?.ordinal ?? 0;
  const trendList = [...lines]
    .map(([name, byPeriod]) => trendOf(name, byPeriod, first, settings))
    .sort((a, b) => b.count - a.count || (a.series < b.series ? -1 : a.series > b.series ? 1 : 0));
  const { resamples, confidence, seed, minN, minPeriods } = settings;
  return { time, bin, minN, minPeriods, resamples, confidence, seed, periods, series: trendList, undated, skipped };
}

type Settings = ReturnType<typeof resolveTrendOptions>;

function trendOf(name: string, byPeriod: Map<number, number[]>, first: number, s: Settings): Trend {
  const ordinals = [...byPeriod.keys()].sort((a, b) => a - b);
  const points: TrendPoint[] = ordinals.map((o) => {
    const scores = byPeriod.get(o) as number[];
    return { period: periodAt(o, s.bin), count: scores.length, mean: mean(scores) };
  });
  // x: periods since the first period of the whole report, so every line's slope is per period on one axis.
  const x: number[] = [];
  const y: number[] = [];
  for (const o of ordinals) {
    for (const score of byPeriod.get(o) as number[]) {
      x.push(o - first);
      y.push(score);
    }
  }
  const base = { series: name, count: y.length, periods: ordinals.length, points };
  const slope = olsSlope(x, y);
  const reason: TrendReason | null =
    y.length < s.minN ? 'too-few-statements' : ordinals.length < s.minPeriods ? 'too-few-periods' : null;
  if (reason !== null || slope === null) {
    const trend: Omit<Trend, 'summary'> = {
      ...base,
      slope,
      low: null,
      high: null,
      direction: null,
      reason: reason ?? 'too-few-periods',
    };
    return { ...trend, summary: summarise(trend, s) };
  }
  const random = mulberry32((s.seed ^ fnv1a32(name)) >>> 0);
  const { low, high } = bootstrapSlope(x, y, { resamples: s.resamples, confidence: s.confidence, random });
  const direction: Pole | null = low > 0 ? 'conciliatory' : high < 0 ? 'confrontational' : null;
  const trend: Omit<Trend, 'summary'> = {
    ...base,
    slope,
    low,
    high,
    direction,
    reason: direction === null ? 'interval-includes-zero' : null,
  };
  return { ...trend, summary: summarise(trend, s) };
}

function summarise(t: Omit<Trend, 'summary'>, s: Settings): string {
  const span = `${counted(t.periods, s.bin)}, ${counted(t.count, 'statement')}`;
  const rate = t.slope === null ? '' : `${signed(t.slope)} a ${s.bin}`;
  if (t.reason === 'too-few-statements' || t.reason === 'too-few-periods' || t.low === null || t.high === null) {
    const need = `a direction needs ${counted(s.minN, 'statement')} in ${counted(s.minPeriods, s.bin)}`;
    return `${t.series}: not enough statements (${span}; ${need})`;
  }
  const ci = interval(s.confidence, t.low, t.high);
  if (t.direction === null)
    return `${t.series}: not enough statements to tell a direction (${rate}; ${ci} includes 0; ${span})`;
  const verb = t.direction === 'conciliatory' ? 'softened' : 'hardened';
  return `${t.series} ${verb}: toward ${t.direction} by ${rate} (${ci}; ${span})`;
}

/** The line a row belongs to: a string, or null for a missing or empty value. */
function seriesOf(row: ProfileRow, series: string | ((row: ProfileRow) => unknown), index: number): string | null {
  if (typeof series === 'string') return speakerOf(row, series) ?? null;
  const value = series(row);
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new OptionsError(
    'series',
    `trends(): options.series gave rows[${index}] ${describeValue(value)}; it must give a string or null`,
  );
}

function resolveTrendOptions(options: unknown) {
  if (options === null || typeof options !== 'object')
    throw new OptionsError(
      'options',
      `trends(): options must be an object with a time field, got ${describeValue(options)}`,
    );
  const o = options as TrendOptions;
  const time = checkField(o.time, 'time', 'trends');
  const bin: TimeBin = o.bin ?? 'week';
  if (!TIME_BINS.includes(bin))
    throw new OptionsError('bin', `trends(): options.bin must be ${TIME_BINS.join(', ')}, got ${describeValue(bin)}`);
  const series = o.series ?? 'speaker';
  if (typeof series !== 'function') checkField(series, 'series', 'trends');
  const unattributed = o.unattributed ?? 'group';
  if (unattributed !== 'group' && unattributed !== 'skip')
    throw new OptionsError(
      'unattributed',
      `trends(): options.unattributed must be 'group' or 'skip', got ${describeValue(unattributed)}`,
    );
  const minPeriods = o.minPeriods ?? DEFAULT_MIN_PERIODS;
  if (typeof minPeriods !== 'number' || !Number.isSafeInteger(minPeriods) || minPeriods < 2)
    throw new OptionsError(
      'minPeriods',
      `trends(): options.minPeriods must be a whole number ≥ 2, got ${describeValue(minPeriods)}`,
    );
  return { time, bin, series, unattributed, minPeriods, ...resolveCompareOptions(o, 'trends') };
}
