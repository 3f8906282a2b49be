/** The shapes of `compareGroups()`. */
import type { ProfileOptions } from './types.js';

/**
 * Options of `compareGroups()`: profile options (for rows) plus the bootstrap's.
 * @example
 * ```ts
 * import { compareGroups, type CompareOptions, type ProfileRow } from 'detente';
 * declare const rows: ProfileRow[]; // with a `round` field
 * const options: CompareOptions = { by: 'round', resamples: 2000, confidence: 0.9, seed: 42 };
 * const cmp = compareGroups(rows, 'march', 'june', options);
 * ```
 */
export interface CompareOptions extends ProfileOptions {
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
 * // Lavrov: two confrontational statements in 'march', two conciliatory ones in 'june' (200 resamples)
 * const lavrov: SpeakerShift = {
 *   speaker: 'Lavrov', countA: 2, countB: 2, meanA: -0.6619, meanB: 0.5982, shift: 1.2601,
 *   low: 1.2285, high: 1.2917, toward: 'conciliatory', significant: true,
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
  /** True when the interval excludes 0. */
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
 * // { a: 'march', b: 'june', resamples: 1000, confidence: 0.95, seed: 1, speakers: [{ speaker: 'Lavrov', … }],
 * //   overall: { speaker: '(all)', … }, onlyInA: [], onlyInB: [], allToward: 'conciliatory' }
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
  /** All statements of both groups pooled, as the speaker `"(all)"`. */
  readonly overall: SpeakerShift | null;
  readonly onlyInA: readonly string[];
  readonly onlyInB: readonly string[];
  /** The pole every compared speaker moved toward significantly, or null if they did not all. */
  readonly allToward: Pole | null;
}
