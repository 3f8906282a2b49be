/** The shapes of `compareGroups()`. */
import type { ProfileOptions } from './types.js';

/**
 * Options of `compareGroups()`: profile options (for rows) plus the bootstrap's.
 * @example
 * ```ts
 * import { compareGroups, type CompareOptions, type ProfileRow } from 'detente';
 * declare const rows: ProfileRow[]; // with a `round` field
 * const options: CompareOptions = { by: 'round', resamples: 2000, confidence: 0.9, seed: 42, minN: 5, side: 'side' };
 * const cmp = compareGroups(rows, 'march', 'june', options);
 * ```
 */
export interface CompareOptions extends ProfileOptions {
  /** The fewest statements each group of a speaker needs before a shift is called (default 5, `DEFAULT_MIN_N`). */
  readonly minN?: number;
  /**
   * Pools statements per side for `sides`: a row field (`'side'`, with rows), or a function from a speaker to
   * their side (with rows or a report). Speakers without a side are left out of `sides`.
   */
  readonly side?: string | ((speaker: string) => string | null | undefined);
  /** Bootstrap resamples (default 1000). */
  readonly resamples?: number;
  /** Interval coverage (default 0.95). */
  readonly confidence?: number;
  /** PRNG seed (default 1): the same data, options and seed always give the same intervals. */
  readonly seed?: number;
}

/**
 * One pole of the axis (fields typed `Pole | null` use null for no movement).
 * @example
 * ```ts
 * import { compareGroups, type Pole, type ProfileRow } from 'detente';
 * declare const rows: ProfileRow[];
 * const toward: Pole | null = compareGroups(rows, 'march', 'june', { by: 'round' }).allToward; // 'conciliatory'
 * ```
 */
export type Pole = 'conciliatory' | 'confrontational';

/**
 * How one speaker's tone moved from group `a` to group `b`.
 * @example
 * ```ts
 * import type { SpeakerShift } from 'detente';
 * // Lavrov: two confrontational statements in 'march', two conciliatory ones in 'june' (200 resamples, minN 2)
 * const lavrov: SpeakerShift = {
 *   speaker: 'Lavrov', countA: 2, countB: 2, meanA: -0.6619, meanB: 0.5982, shift: 1.2601,
 *   low: 1.2285, high: 1.2917, toward: 'conciliatory', enough: true, significant: true,
 *   confrontationalShareA: 1, confrontationalShareB: 0,
 *   summary:
 *     'Lavrov moved toward conciliatory by 1.26 (mean −0.66 → +0.60; 95% CI +1.23 to +1.29; 2 → 2 statements)',
 * };
 * ```
 */
export interface SpeakerShift {
  readonly speaker: string;
  readonly countA: number;
  readonly countB: number;
  readonly meanA: number;
  readonly meanB: number;
  /** meanB − meanA: positive is a move toward the conciliatory pole. */
  readonly shift: number;
  /** Bootstrap percentile interval of `shift`. */
  readonly low: number;
  readonly high: number;
  /** The pole `shift` points to (null when it is exactly 0). */
  readonly toward: Pole | null;
  /** True when both groups hold at least `minN` statements. */
  readonly enough: boolean;
  /** True when there are `enough` statements and the interval excludes 0: only then is `toward` a finding. */
  readonly significant: boolean;
  /** Share of statements labelled confrontational in each group. */
  readonly confrontationalShareA: number;
  readonly confrontationalShareB: number;
  /** One sentence saying the above. */
  readonly summary: string;
}

/**
 * The result of `compareGroups()`.
 * @example
 * ```ts
 * import { compareGroups, type GroupComparison, type ProfileRow } from 'detente';
 * declare const rows: ProfileRow[]; // with a `round` field: 'march' or 'june'
 * const cmp: GroupComparison = compareGroups(rows, 'march', 'june', { by: 'round' });
 * for (const s of cmp.speakers) console.log(s.summary);
 * // { a: 'march', b: 'june', resamples: 1000, confidence: 0.95, seed: 1, minN: 5,
 * //   speakers: [{ speaker: 'Lavrov', … }], overall: { speaker: '(all)', … }, sides: [],
 * //   onlyInA: [], onlyInB: [], allToward: 'conciliatory' }
 * ```
 */
export interface GroupComparison {
  readonly a: string;
  readonly b: string;
  readonly resamples: number;
  readonly confidence: number;
  readonly seed: number;
  /** Speakers with statements in both groups, most statements first. */
  readonly speakers: readonly SpeakerShift[];
  /** The fewest statements per group behind a shift. */
  readonly minN: number;
  /** All statements of both groups pooled, as the speaker `"(all)"`: everyone quoted, all sides mixed. */
  readonly overall: SpeakerShift | null;
  /** All statements of each side pooled (with `options.side`), as the speaker named by the side. */
  readonly sides: readonly SpeakerShift[];
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  /**
   * The pole every speaker with enough statements moved toward significantly, or null if they did not all (or
   * no speaker had enough statements).
   */
  readonly allToward: Pole | null;
}
