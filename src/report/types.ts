/** The shapes `renderReport()` reads and the options it takes. */
import type { TimeBin } from '../profile/time-bins.js';
import type { ProfileRow } from '../profile/types.js';

/**
 * A statement the report reads: a scored statement as `profileSpeakers()` takes it (`speaker`, `tone` with
 * its `evidence`), with its text (`text` by default) and any fields to group on (`date`, `round`, …).
 * Statements from `analyzeArticle()` of `detente/attribution` qualify as they are: their evidence spans are
 * offsets into the article, and `spans.content` says where the statement's text starts. A statement's speech
 * cue (`cue`: "warned", "told reporters") is shown with it, and what the cue did to its tone is read from its
 * evidence (a hit on the cue, or hits reversed by it) or, for rows from a file, from the `cue_tone` column that
 * `detente extract` writes (`threat:-4`, `reverses`).
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
  /**
   * The field to group on for the over-time chart and the comparison: a date (ISO `YYYY-MM-DD…`, a `Date` or
   * epoch milliseconds) or any group column.
   */
  readonly by?: string;
  /**
   * With a date `by`: the period each statement falls in, `'day'`, `'week'` (ISO weeks) or `'month'`. Default
   * `'day'` when every `by` value is a date, else none (the values are the groups). With periods the chart is
   * drawn on a time axis with each line's trend (`trends()`).
   */
  readonly bin?: TimeBin;
  /**
   * A row field naming each statement's side (a country, a party): adds a line per side and its trend, and the
   * side's shift (there a speaker's side is the first one given for them).
   */
  readonly side?: string;
  /**
   * The two groups to compare. Default: the first half of the groups against the second half (the middle group
   * left out when their number is odd), when there are four or more; else the first and the last group, when
   * there are two or three. Dates are put in their `bin`.
   */
  readonly compare?: readonly [string, string];
  /** The fewest statements a trend or a shift needs before it is given a direction (default `DEFAULT_MIN_N`, 5). */
  readonly minN?: number;
  /** Strongest statements listed each way (default 5). */
  readonly top?: number;
  /**
   * The fewest statements a speaker needs to be drawn in the per-speaker charts (mean tone, dimension mix;
   * default 3): one statement's mean is that statement, and would top the chart. The others are listed under
   * the chart with their counts and means, and count everywhere else.
   */
  readonly minStatements?: number;
  /**
   * Row fields that say where a statement comes from, shown under it so an editor can check it (an outlet, an
   * article id, a URL). Default: those of `DEFAULT_SOURCE_FIELDS` the rows have; `[]` for none.
   */
  readonly source?: readonly string[];
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
 * One point of the over-time chart: a line's (speaker's or side's) mean tone in one group, with the statements
 * behind it.
 * @example
 * ```ts
 * const p: SeriesPoint = {
 *   speaker: 'Petrova', group: '2026-W10', label: 'week of 2 Mar 2026', x: 2932, mean: -0.41, count: 3, anchor: 'pt-0-0',
 * };
 * ```
 */
export interface SeriesPoint {
  /** The line: a speaker, or a side. */
  readonly speaker: string;
  readonly group: string;
  /** The group as the page names it ("week of 2 Mar 2026" for `2026-W10`; other groups as they are). */
  readonly label: string;
  /** Position on the x axis: the period's ordinal on a time axis, else the group's index. */
  readonly x: number;
  readonly mean: number;
  readonly count: number;
  /** The id of the listing of this point's statements in the report (without `#`). */
  readonly anchor: string;
}

/**
 * A line's trend as drawn: the least-squares line of its statements over its own periods (from `trends()`),
 * and the sentence that says its slope, interval and direction (or why there is none).
 * @example
 * ```ts
 * const t: TrendLine = { speaker: 'Ardenia', x1: 2930, y1: -0.4, x2: 2934, y2: 0.1, direction: 'conciliatory',
 *   summary: 'Ardenia softened: toward conciliatory by +0.13 a week (95% CI +0.08 to +0.18; 5 weeks, 37 statements)' };
 * ```
 */
export interface TrendLine {
  readonly speaker: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly direction: 'conciliatory' | 'confrontational' | null;
  readonly summary: string;
}

/**
 * The input of the over-time chart: the groups in order with their x positions, one point per (line, group)
 * with statements, and the trends (on a time axis).
 * @example
 * ```ts
 * const series: OverTimeSeries = {
 *   by: 'date (weeks, by their Monday)', what: 'speaker', time: true, bin: 'week', omittedSpeakers: 0, notDrawn: 0,
 *   trends: [], summaries: [], speakers: ['Petrova'], styles: [{ colour: '#0072b2', dash: 'none' }],
 *   groups: [{ key: '2026-W10', x: 2932, label: 'week of 2 Mar 2026' }, { key: '2026-W12', x: 2934, label: 'week of 16 Mar 2026' }],
 *   points: [{ speaker: 'Petrova', group: '2026-W10', label: 'week of 2 Mar 2026', x: 2932, mean: -0.41, count: 3, anchor: 'pt-0-0' }],
 * };
 * ```
 */
export interface OverTimeSeries {
  /** The axis title: the field grouped on, with its bin (`'date (week)'`). */
  readonly by: string;
  /** What a line is: `'speaker'`, or the side field. */
  readonly what: string;
  /** True on a time axis (periods), where x is the period ordinal and gaps between periods show. */
  readonly time: boolean;
  /** The width of the periods on a time axis, else null. */
  readonly bin: TimeBin | null;
  /** The groups in order: key, x position, and the name the page gives it. */
  readonly groups: readonly { readonly key: string; readonly x: number; readonly label: string }[];
  /** The lines drawn, in legend order. */
  readonly speakers: readonly string[];
  /** How each line is drawn, in the order of `speakers`: a side's colour is the same in every chart. */
  readonly styles: readonly LineStyle[];
  readonly points: readonly SeriesPoint[];
  /** The trend lines to draw: lines with statements in two periods or more (on a time axis). */
  readonly trends: readonly TrendLine[];
  /** Every drawn line's trend sentence (slope, interval, direction, or why there is none), on a time axis. */
  readonly summaries: readonly { readonly speaker: string; readonly summary: string }[];
  /** Lines with statements that were left out of the chart (beyond `series`). */
  readonly omittedSpeakers: number;
  /** Statements of the drawn lines without a usable date (not on a time axis; counted elsewhere). */
  readonly notDrawn: number;
}

/**
 * How one line of the over-time chart is drawn: its colour and dash pattern. Every side keeps one colour
 * across the page; a speaker is drawn in their side's colour, told apart from the side's other speakers by
 * the dash pattern.
 * @example
 * ```ts
 * const style: LineStyle = { colour: '#0072b2', dash: '6,3' };
 * ```
 */
export interface LineStyle {
  readonly colour: string;
  /** An SVG `stroke-dasharray` (`'none'` for a solid line). */
  readonly dash: string;
}
