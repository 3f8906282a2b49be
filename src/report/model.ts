/**
 * What the report shows, computed from the rows before any HTML: per-speaker profiles with intervals, the
 * grouped profiles and the comparison, the strongest statements each way, and which statements are listed.
 * Every statement is counted; only the listings are sampled.
 */
import type { GroupComparison } from '../index.js';
import { compareGroups, profileSpeakers } from '../index.js';
import { checkRow } from '../profile/read-row.js';
import type { ProfileReport, SpeakerProfile } from '../profile/types.js';
import { type MeanInterval, meanInterval } from './interval.js';
import type { ResolvedReportOptions } from './options.js';
import { sampleBySpread } from './sample.js';
import type { OverTimeSeries, ReportRow, SeriesPoint } from './types.js';

/** A speaker's profile with its interval and its place in the report (`anchor` of its listing). */
export interface SpeakerSummary {
  readonly profile: SpeakerProfile;
  readonly interval: MeanInterval;
  readonly anchor: string;
  /** Row indexes listed under the speaker (a sample spread over their scores). */
  readonly listed: readonly number[];
}

/** A point of the over-time chart with the rows listed behind it. */
export interface PointListing {
  readonly point: SeriesPoint;
  readonly listed: readonly number[];
}

/** Everything the report shows. */
export interface ReportModel {
  readonly rows: readonly ReportRow[];
  readonly speakers: readonly SpeakerSummary[];
  readonly unattributed: number;
  readonly grouped: ProfileReport | null;
  readonly series: OverTimeSeries | null;
  readonly points: readonly PointListing[];
  readonly comparison: GroupComparison | null;
  /** Row indexes of the most conciliatory and the most confrontational statements. */
  readonly mostConciliatory: readonly number[];
  readonly mostConfrontational: readonly number[];
}

/**
 * Builds the model of the report. Throws `InputError` on a malformed row and `OptionsError` when a compared
 * group has no statements.
 * @example
 * ```ts
 * const model = buildModel(rows, resolveReportOptions({ by: 'date' }));
 * model.speakers.length; // one per speaker
 * ```
 */
export function buildModel(input: Iterable<ReportRow>, o: ResolvedReportOptions): ReportModel {
  const rows = Array.from(input, (row, index) => checkRow(row, index));
  const profile = profileSpeakers(rows, { textField: o.textField });
  const bySpeaker = indexesBy(rows, (row) => row.speaker ?? '(unattributed)');
  const speakers = profile.profiles.map((p, i) => ({
    profile: p,
    interval: meanInterval(p.scores, p.speaker, o.resamples, o.seed),
    anchor: `sp-${i}`,
    listed: sampleBySpread(bySpeaker.get(p.speaker) ?? [], rows, o.sample),
  }));
  const grouped = o.by === undefined ? null : profileSpeakers(rows, { by: o.by, textField: o.textField });
  const { series, points } = grouped === null ? { series: null, points: [] } : seriesOf(grouped, rows, o);
  const byScore = rows.map((_, i) => i).sort((a, b) => score(rows, a) - score(rows, b) || a - b);
  return {
    rows,
    speakers,
    unattributed: rows.filter((r) => r.speaker === null).length,
    grouped,
    series,
    points,
    comparison: grouped === null ? null : comparisonOf(grouped, series as OverTimeSeries, o),
    mostConfrontational: byScore.filter((i) => score(rows, i) < 0).slice(0, o.top),
    mostConciliatory: byScore
      .filter((i) => score(rows, i) > 0)
      .reverse()
      .slice(0, o.top),
  };
}

const score = (rows: readonly ReportRow[], i: number): number => (rows[i] as ReportRow).tone.score;

function indexesBy(rows: readonly ReportRow[], key: (row: ReportRow) => string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const k = key(row);
    const list = map.get(k);
    if (list === undefined) map.set(k, [i]);
    else list.push(i);
  });
  return map;
}

/**
 * Groups in order: dates (ISO 8601, as `YYYY-MM…`) sort as time; other groups keep their first appearance.
 */
export function orderGroups(groups: readonly string[]): string[] {
  return groups.every((g) => /^\d{4}-\d{2}/.test(g)) ? [...groups].sort() : [...groups];
}

function seriesOf(
  grouped: ProfileReport,
  rows: readonly ReportRow[],
  o: ResolvedReportOptions,
): { series: OverTimeSeries; points: PointListing[] } {
  const groups = orderGroups(grouped.groups);
  const totals = new Map<string, number>();
  for (const p of grouped.profiles) totals.set(p.speaker, (totals.get(p.speaker) ?? 0) + p.count);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
  const drawn = ranked.slice(0, o.series);
  const by = o.by as string;
  const byPoint = indexesBy(rows, (row) => `${row.speaker ?? '(unattributed)'}\u0000${groupKey(row, by)}`);
  const points: PointListing[] = [];
  for (const p of grouped.profiles) {
    const s = drawn.indexOf(p.speaker);
    if (s < 0) continue;
    const group = p.group as string;
    const point = {
      speaker: p.speaker,
      group,
      mean: p.mean,
      count: p.count,
      anchor: `pt-${s}-${groups.indexOf(group)}`,
    };
    points.push({ point, listed: sampleBySpread(byPoint.get(`${p.speaker}\u0000${group}`) ?? [], rows, o.sample) });
  }
  points.sort(
    (a, b) =>
      drawn.indexOf(a.point.speaker) - drawn.indexOf(b.point.speaker) ||
      groups.indexOf(a.point.group) - groups.indexOf(b.point.group),
  );
  return {
    series: {
      by,
      groups,
      speakers: drawn,
      points: points.map((p) => p.point),
      omittedSpeakers: ranked.length - drawn.length,
    },
    points,
  };
}

/** The group of a row as `profileSpeakers` names it (missing or empty: "(none)"). */
function groupKey(row: ReportRow, by: string): string {
  const value = Object.hasOwn(row, by) ? row[by] : undefined;
  if (value === undefined || value === null || value === '') return '(none)';
  return value instanceof Date ? value.toISOString() : String(value);
}

function comparisonOf(
  grouped: ProfileReport,
  series: OverTimeSeries,
  o: ResolvedReportOptions,
): GroupComparison | null {
  const pair = o.compare ?? (series.groups.length >= 2 ? [series.groups[0], series.groups.at(-1)] : undefined);
  if (pair === undefined) return null;
  return compareGroups(grouped, pair[0] as string, pair[1] as string, { resamples: o.resamples, seed: o.seed });
}
