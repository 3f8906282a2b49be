/**
 * What the report shows, computed from the rows before any HTML: per-speaker profiles with intervals, the
 * series over time per speaker and per side, the comparison, the strongest statements each way, and which
 * statements are listed. Every statement is counted; only the listings are sampled.
 */

import { OptionsError } from '../errors.js';
import type { GroupComparison } from '../index.js';
import { calendarDay, compareGroups, periodOf, profileSpeakers } from '../index.js';
import { checkRow } from '../profile/read-row.js';
import type { GroupBy, SpeakerProfile } from '../profile/types.js';
import { halvesComparison } from './halves.js';
import { type MeanInterval, meanInterval } from './interval.js';
import { DEFAULT_SOURCE_FIELDS, type ResolvedReportOptions } from './options.js';
import { sideColours, speakerStyles } from './palette.js';
import { sampleBySpread } from './sample.js';
import { type SeriesModel, seriesModel } from './series.js';
import type { ReportRow } from './types.js';

/** A speaker's profile with its interval and its place in the report (`anchor` of its listing). */
export interface SpeakerSummary {
  readonly profile: SpeakerProfile;
  readonly interval: MeanInterval;
  readonly anchor: string;
  /** Row indexes listed under the speaker (a sample spread over their scores). */
  readonly listed: readonly number[];
}

/** Everything the report shows. */
export interface ReportModel {
  readonly rows: readonly ReportRow[];
  readonly speakers: readonly SpeakerSummary[];
  /** The speakers drawn in the per-speaker charts (`minStatements` or more), and the others. */
  readonly drawn: readonly SpeakerSummary[];
  readonly few: readonly SpeakerSummary[];
  /** The row fields shown as each statement's source. */
  readonly source: readonly string[];
  /** The first and last day the `by` field names, when it is a date. */
  readonly dates: { readonly first: number; readonly last: number } | null;
  readonly unattributed: number;
  /** The over-time series per speaker and per side (with `by`; sides with `side`). */
  readonly bySpeaker: SeriesModel | null;
  readonly bySide: SeriesModel | null;
  readonly comparison: GroupComparison | null;
  /** Row indexes of the most conciliatory and the most confrontational statements. */
  readonly mostConciliatory: readonly number[];
  readonly mostConfrontational: readonly number[];
}

/** The grouping of the rows: a date field in periods (`bin`, or days when every value is a date), else the field. */
function groupingOf(rows: readonly ReportRow[], o: ResolvedReportOptions): GroupBy | undefined {
  const by = o.by;
  if (by === undefined) return undefined;
  if (o.bin !== undefined) return { field: by, bin: o.bin };
  const values = rows
    .map((r) => (Object.hasOwn(r, by) ? r[by] : undefined))
    .filter((v) => v !== undefined && v !== null && v !== '');
  return values.length > 0 && values.every((v) => calendarDay(v) !== null) ? { field: by, bin: 'day' } : by;
}

/**
 * Builds the model of the report. Throws `InputError` on a malformed row and `OptionsError` when a compared
 * group has no statements.
 * @example
 * ```ts
 * const model = buildModel(rows, resolveReportOptions({ by: 'date', bin: 'week' }));
 * model.speakers.length; // one per speaker
 * ```
 */
export function buildModel(input: Iterable<ReportRow>, o: ResolvedReportOptions): ReportModel {
  const rows = Array.from(input, (row, index) => checkRow(row, index, 'speaker', 'renderReport'));
  const profile = profileSpeakers(rows, { textField: o.textField });
  const bySpeaker = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = row.speaker ?? '(unattributed)';
    const list = bySpeaker.get(key);
    if (list === undefined) bySpeaker.set(key, [i]);
    else list.push(i);
  });
  const speakers = profile.profiles.map((p, i) => ({
    profile: p,
    interval: meanInterval(p.scores, p.speaker, o.resamples, o.seed),
    anchor: `sp-${i}`,
    listed: sampleBySpread(bySpeaker.get(p.speaker) ?? [], rows, o.sample),
  }));
  const by = groupingOf(rows, o);
  // One colour per side on the whole page (sides ranked by statements); speakers drawn in their side's colour.
  const sideOf = sidesOfSpeakers(rows, o.side);
  const colours = sideColours(rankedSides(rows, o.side));
  const speakerSeries =
    by === undefined
      ? null
      : seriesModel(rows, o, by, 'speaker', 'pt', (drawn) =>
          speakerStyles(drawn, (s) => sideOf.get(s) ?? null, colours),
        );
  const sideSeries =
    by === undefined || o.side === undefined
      ? null
      : seriesModel(rows, o, by, o.side, 'sd', (drawn) =>
          drawn.map((side) => ({ colour: colours.get(side) ?? 'currentColor', dash: 'none' })),
        );
  const byScore = rows.map((_, i) => i).sort((a, b) => score(rows, a) - score(rows, b) || a - b);
  return {
    rows,
    speakers,
    drawn: speakers.filter((s) => s.profile.count >= o.minStatements),
    few: speakers.filter((s) => s.profile.count < o.minStatements),
    source: o.source ?? DEFAULT_SOURCE_FIELDS.filter((f) => rows.some((r) => Object.hasOwn(r, f))),
    dates: o.by === undefined ? null : dateRange(rows, o.by),
    unattributed: rows.filter((r) => r.speaker === null).length,
    bySpeaker: speakerSeries,
    bySide: sideSeries,
    comparison: by === undefined || speakerSeries === null ? null : comparisonOf(rows, by, speakerSeries, o),
    mostConfrontational: byScore.filter((i) => score(rows, i) < 0).slice(0, o.top),
    mostConciliatory: byScore
      .filter((i) => score(rows, i) > 0)
      .reverse()
      .slice(0, o.top),
  };
}

const score = (rows: readonly ReportRow[], i: number): number => (rows[i] as ReportRow).tone.score;

function comparisonOf(
  rows: readonly ReportRow[],
  by: GroupBy,
  s: SeriesModel,
  o: ResolvedReportOptions,
): GroupComparison | null {
  const groups = s.series.groups;
  // A date given for a compared group means its period.
  const inBin = (g: string): string => (typeof by === 'object' ? (periodOf(g, by.bin)?.key ?? g) : g);
  const field = o.side;
  const sides = sidesOfSpeakers(rows, field);
  const settings = {
    minN: o.minN,
    resamples: o.resamples,
    seed: o.seed,
    ...(field !== undefined && { side: (speaker: string) => sides.get(speaker) }),
  };
  // Without `compare`: the first half of the periods against the second (halves.ts), else the first and the last.
  if (o.compare === undefined) {
    const halves = halvesComparison(rows, by, s, settings);
    if (halves !== null) return halves;
  }
  const pair = o.compare?.map(inBin) ?? (groups.length >= 2 ? [groups[0]?.key, groups.at(-1)?.key] : undefined);
  if (pair === undefined) return null;
  // A group without statements is the option's mistake: said with the groups there are, as the page names them.
  for (const [k, key] of pair.entries()) {
    if (key !== undefined && s.grouped.groups.includes(key)) continue;
    const given = o.compare?.[k] ?? String(key);
    const shown = groups.map((g) => (g.label === g.key ? JSON.stringify(g.key) : `${g.label} (${g.key})`)).join(', ');
    throw new OptionsError(
      'compare',
      `renderReport(): options.compare: ${JSON.stringify(given)}${given === key ? '' : ` (${key})`} has no statements; the groups are ${shown}`,
    );
  }
  // The speakers' grouped profile is reused (no second pass over the rows); a speaker's side is the first seen.
  return compareGroups(s.grouped, pair[0] as string, pair[1] as string, settings);
}

/** Each speaker's side: the first one given for them under `field`. */
function sidesOfSpeakers(rows: readonly ReportRow[], field: string | undefined): Map<string, string> {
  const sides = new Map<string, string>();
  if (field === undefined) return sides;
  for (const row of rows) {
    const side = row[field];
    if (row.speaker !== null && typeof side === 'string' && side !== '' && !sides.has(row.speaker))
      sides.set(row.speaker, side);
  }
  return sides;
}

/** The sides under `field`, most statements first (ties by name). */
function rankedSides(rows: readonly ReportRow[], field: string | undefined): string[] {
  if (field === undefined) return [];
  const counts = new Map<string, number>();
  for (const row of rows) {
    const side = row[field];
    if (typeof side === 'string' && side !== '') counts.set(side, (counts.get(side) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([side]) => side);
}

/** The first and the last calendar day of the `by` field, when every value it has names a date. */
function dateRange(rows: readonly ReportRow[], by: string): { first: number; last: number } | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const value = Object.hasOwn(row, by) ? row[by] : undefined;
    if (value === undefined || value === null || value === '') continue;
    const day = calendarDay(value);
    if (day === null) return null;
    first = Math.min(first, day);
    last = Math.max(last, day);
  }
  return first <= last ? { first, last } : null;
}
