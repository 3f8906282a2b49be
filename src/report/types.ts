/** The shapes `renderReport()` reads and the options it takes. */
import type { ProfileRow } from '../profile/types.js';

/**
 * A statement the report reads: a scored statement as `profileSpeakers()` takes it (`speaker`, `tone` with
 * its `evidence`), with its text (`text` by default) and any fields to group on (`date`, `round`, …).
 * Statements from `analyzeArticle()` of `detente/attribution` qualify as they are: their evidence spans are
 * offsets into the article, and `spans.content` says where the statement's text starts.
 * @example
 * ```ts
 * import { createScorer } from 'detente';
 * import type { ReportRow } from 'detente/report';
 * const scorer = createScorer();
 * const text = 'We will never accept this.';
 * const row: ReportRow = { speaker: 'Petrova', text, tone: scorer.score(text), date: '2026-03-02' };
 * ```
 */
export type ReportRow = ProfileRow;

/**
 * Options of `renderReport()`. Every one has a default; a bad value throws `OptionsError` naming it.
 * @example
 * ```ts
 * import { renderReport, type ReportOptions } from 'detente/report';
 * const options: ReportOptions = { title: 'March talks', by: 'date', compare: ['2026-03-02', '2026-03-16'], top: 5 };
 * ```
 */
export interface ReportOptions {
  /** The page title and heading (default `'Tone report'`). */
  readonly title?: string;
  /** A line under the title, e.g. the input file (default none). */
  readonly subtitle?: string;
  /** The field to group on for the over-time chart and the comparison (a date or any group column). */
  readonly by?: string;
  /** The two groups to compare (default: the first and the last group, when there are two or more). */
  readonly compare?: readonly [string, string];
  /** Strongest statements listed each way (default 5). */
  readonly top?: number;
  /** The row field holding the statement text (default `'text'`). */
  readonly textField?: string;
  /** Speakers drawn in the over-time chart, most statements first (default 10; the rest are counted). */
  readonly series?: number;
  /** Statements listed behind each speaker and each point of the over-time chart (default 5; all are counted). */
  readonly sample?: number;
  /** Characters of a statement shown before it is cut for display (default 600; its length is stated). */
  readonly maxChars?: number;
  /** Bootstrap resamples for the intervals (default 1000). */
  readonly resamples?: number;
  /** PRNG seed of the intervals (default 1): the same rows and seed always give the same report. */
  readonly seed?: number;
  /** Rows the caller could not read (malformed lines of a file): shown in the footer with the counts. */
  readonly unreadable?: number;
  /** A line for the footer naming what made the report (e.g. `'detente 0.1.0'`). */
  readonly generator?: string;
}

/**
 * One point of the over-time chart: a speaker's mean tone in one group (period), with the statements behind it.
 * @example
 * ```ts
 * import type { SeriesPoint } from 'detente/report';
 * const p: SeriesPoint = { speaker: 'Petrova', group: '2026-03-02', mean: -0.41, count: 3, anchor: 'pt-0-0' };
 * ```
 */
export interface SeriesPoint {
  readonly speaker: string;
  readonly group: string;
  readonly mean: number;
  readonly count: number;
  /** The id of the listing of this point's statements in the report (without `#`). */
  readonly anchor: string;
}

/**
 * The input of the over-time chart: the groups in order and one point per (speaker, group) with statements.
 * @example
 * ```ts
 * import type { OverTimeSeries } from 'detente/report';
 * const series: OverTimeSeries = {
 *   by: 'date', groups: ['2026-03-02', '2026-03-16'], speakers: ['Petrova'], omittedSpeakers: 0,
 *   points: [{ speaker: 'Petrova', group: '2026-03-02', mean: -0.41, count: 3, anchor: 'pt-0-0' }],
 * };
 * ```
 */
export interface OverTimeSeries {
  readonly by: string;
  readonly groups: readonly string[];
  /** The speakers drawn, in legend order. */
  readonly speakers: readonly string[];
  readonly points: readonly SeriesPoint[];
  /** Speakers with statements in some group that were left out of the chart (beyond `series`). */
  readonly omittedSpeakers: number;
}
