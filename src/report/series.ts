/**
 * The over-time series of one kind of line — speakers, or sides — from the profile layer: the mean per (line,
 * group) from `profileSpeakers`, each line's trend from `trends()` on a time axis, and which statements are
 * listed behind each point.
 */
import { periodOf, profileSpeakers, trends } from '../index.js';
import { groupOf, speakerOf, UNATTRIBUTED } from '../profile/read-row.js';
import type { Trend } from '../profile/trend-types.js';
import type { GroupBy, ProfileReport } from '../profile/types.js';
import type { ResolvedReportOptions } from './options.js';
import { sampleBySpread } from './sample.js';
import type { OverTimeSeries, ReportRow, SeriesPoint, TrendLine } from './types.js';

/** A point of the over-time chart with the rows listed behind it. */
export interface PointListing {
  readonly point: SeriesPoint;
  readonly listed: readonly number[];
}

/** One chart's series and its point listings. */
export interface SeriesModel {
  /** The profile per (line, group) the series was drawn from. */
  readonly grouped: ProfileReport;
  readonly series: OverTimeSeries;
  readonly listings: readonly PointListing[];
}

/** Where a line's trend is drawn: its least-squares line between its first and last period. */
function trendLine(t: Trend, first: number): TrendLine | null {
  if (t.slope === null || t.points.length < 2) return null;
  // The least-squares line passes through the mean of the statements: x in periods since `first`, as trends() fits.
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (const p of t.points) {
    n += p.count;
    sx += p.count * (p.period.ordinal - first);
    sy += p.count * p.mean;
  }
  const at = (ordinal: number): number => sy / n + (t.slope as number) * (ordinal - first - sx / n);
  let x1 = (t.points[0] as Trend['points'][number]).period.ordinal;
  let x2 = (t.points.at(-1) as Trend['points'][number]).period.ordinal;
  // Kept within the tone axis [−1, 1]: an end past it moves along the line to where it crosses ±1.
  const within = (x: number): number => {
    const y = at(x);
    if (Math.abs(y) <= 1 || t.slope === 0) return x;
    return x + (Math.sign(y) - y) / (t.slope as number);
  };
  [x1, x2] = [within(x1), within(x2)];
  return { speaker: t.series, x1, y1: at(x1), x2, y2: at(x2), direction: t.direction, summary: t.summary };
}

/**
 * The series of lines under `field` (`'speaker'`, or a side field) grouped by `by`: at most `limit` lines,
 * most statements first. With a time group (`{ field, bin }`) the x axis is time and each line has a trend.
 * @example
 * ```ts
 * seriesModel(rows, options, { field: 'date', bin: 'week' }, 'speaker', 'pt');
 * ```
 */
export function seriesModel(
  rows: readonly ReportRow[],
  o: ResolvedReportOptions,
  by: GroupBy,
  field: string,
  prefix: string,
): SeriesModel {
  const unattributed = field === 'speaker' ? 'group' : 'skip';
  const grouped = profileSpeakers(rows, { by, speakerField: field, textField: o.textField, unattributed });
  const time = typeof by === 'object' ? by : null;
  const totals = new Map<string, number>();
  for (const p of grouped.profiles) totals.set(p.speaker, (totals.get(p.speaker) ?? 0) + p.count);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
  const drawn = ranked.slice(0, o.series);
  const lineIndex = new Map(drawn.map((s, i) => [s, i]));
  const lineOf = (row: ReportRow): string | null => {
    const line = speakerOf(row, field) ?? (unattributed === 'group' ? UNATTRIBUTED : null);
    return line !== null && lineIndex.has(line) ? line : null;
  };
  // One pass: each row's group (on a time axis, its period, whose ordinal places it), and the drawn lines' rows
  // per (line, group).
  const xOf = new Map<string, number>(time === null ? grouped.groups.map((g, i) => [g, i]) : []);
  const members = new Map<string, number[]>();
  rows.forEach((row, i) => {
    let group: string;
    const period =
      time === null ? null : periodOf(Object.hasOwn(row, time.field) ? row[time.field] : undefined, time.bin);
    if (period !== null) {
      group = period.key;
      xOf.set(group, period.ordinal);
    } else group = groupOf(row, by, i);
    const line = lineOf(row);
    if (line === null) return;
    const key = `${line}\u0000${group}`;
    const list = members.get(key);
    if (list === undefined) members.set(key, [i]);
    else list.push(i);
  });
  const groups = [...xOf].map(([key, x]) => ({ key, x })).sort((a, b) => a.x - b.x);
  const groupIndex = new Map(groups.map((g, i) => [g.key, i]));
  // Trends of the drawn lines only: the others are not shown, and each trend costs a bootstrap over its statements.
  const report =
    time === null
      ? null
      : trends(rows, {
          time: time.field,
          bin: time.bin,
          series: lineOf,
          unattributed: 'skip',
          minN: o.minN,
          resamples: o.resamples,
          seed: o.seed,
        });
  const listings: PointListing[] = [];
  let notDrawn = 0;
  for (const p of grouped.profiles) {
    const line = lineIndex.get(p.speaker);
    const group = p.group as string;
    const x = xOf.get(group);
    if (line === undefined) continue;
    if (x === undefined) {
      notDrawn += p.count;
      continue;
    }
    const point = {
      speaker: p.speaker,
      group,
      x,
      mean: p.mean,
      count: p.count,
      anchor: `${prefix}-${line}-${groupIndex.get(group)}`,
    };
    listings.push({ point, listed: sampleBySpread(members.get(`${p.speaker}\u0000${group}`) ?? [], rows, o.sample) });
  }
  listings.sort(
    (a, b) =>
      (lineIndex.get(a.point.speaker) as number) - (lineIndex.get(b.point.speaker) as number) || a.point.x - b.point.x,
  );
  const first = report?.periods[0]?.ordinal ?? 0;
  const drawnTrends = report === null ? [] : report.series.filter((t) => lineIndex.has(t.series));
  drawnTrends.sort((a, b) => (lineIndex.get(a.series) as number) - (lineIndex.get(b.series) as number));
  const trendLines = drawnTrends.map((t) => trendLine(t, first)).filter((t): t is TrendLine => t !== null);
  return {
    grouped,
    series: {
      by: time === null ? (by as string) : `${time.field} (${time.bin})`,
      what: field,
      time: time !== null,
      groups,
      speakers: drawn,
      points: listings.map((l) => l.point),
      trends: trendLines,
      summaries: drawnTrends.map((t) => ({ speaker: t.series, summary: t.summary })),
      omittedSpeakers: ranked.length - drawn.length,
      notDrawn,
    },
    listings,
  };
}
