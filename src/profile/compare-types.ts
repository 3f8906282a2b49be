/** The shapes of `compareGroups()`. */
import type { ProfileOptions } from './types.js';

/** Options of `compareGroups()`: profile options (for rows) plus the bootstrap's. */
export interface CompareOptions extends ProfileOptions {
  /** Bootstrap resamples (default 1000). */
  readonly resamples?: number;
  /** Interval coverage (default 0.95). */
  readonly confidence?: number;
  /** PRNG seed (default 1): the same data, options and seed always give the same intervals. */
  readonly seed?: number;
}

/** One pole of the axis, or null for no movement. */
export type Pole = 'conciliatory' | 'confrontational';

/** How one speaker's tone moved from group `a` to group `b`. */
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

/** The result of `compareGroups()`. */
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
