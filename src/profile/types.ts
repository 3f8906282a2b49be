/** The shapes `profileSpeakers()` and `compareGroups()` read and return. */
import type { Dimension } from '../scoring/dimensions.js';
import type { Evidence, ToneLabel } from '../scoring/types.js';

/**
 * A scored statement: who said it (`null` when unknown) and its tone. Any other fields (`text`, `date`,
 * `source`, …) ride along and can be grouped on with `by`.
 */
export interface ProfileRow {
  readonly speaker: string | null;
  readonly tone: {
    readonly score: number;
    readonly label: ToneLabel;
    readonly dimensions?: Readonly<Partial<Record<Dimension, number>>>;
    readonly evidence?: readonly Evidence[];
  };
  readonly [field: string]: unknown;
}

/** How rows are grouped: a field name, or a function of the row. */
export type GroupBy = string | ((row: ProfileRow) => unknown);

/** Options of `profileSpeakers()`. */
export interface ProfileOptions {
  /** Profile each (speaker, group) pair instead of each speaker. Group values become strings. */
  readonly by?: GroupBy;
  /** `'group'` (default): statements with a null speaker form the speaker `"(unattributed)"`; `'skip'`: leave them out. */
  readonly unattributed?: 'group' | 'skip';
  /** The row field holding the statement text, quoted in `strongest` and the extremes (default `'text'`). */
  readonly textField?: string;
}

/** A dimension a speaker leans on: the sum of its weights over their statements, and its share of all weight. */
export interface DimensionLean {
  readonly dimension: Dimension;
  readonly total: number;
  /** |total| over the sum of |total| across the speaker's dimensions. */
  readonly share: number;
  /** Statements with a non-zero weight on this dimension. */
  readonly statements: number;
}

/** A pointer back to one input statement: its position in the rows, its score, and its text when present. */
export interface StatementRef {
  readonly index: number;
  readonly score: number;
  readonly text?: string;
}

/** The speaker's single heaviest hit (largest |weight|) and the statement it came from. */
export interface StrongestEvidence {
  readonly evidence: Evidence;
  readonly index: number;
  readonly text?: string;
}

/** One speaker's profile (or one speaker within one group). */
export interface SpeakerProfile {
  readonly speaker: string;
  /** The group value, when profiled with `by`. */
  readonly group?: string;
  readonly count: number;
  readonly mean: number;
  /** Sample standard deviation of the score (0 for a single statement). */
  readonly sd: number;
  readonly labels: Readonly<Record<ToneLabel, number>>;
  /** Dimensions by |total|, heaviest first. */
  readonly dimensions: readonly DimensionLean[];
  readonly strongest: StrongestEvidence | null;
  /** The highest-scoring statement with a score above 0, if any. */
  readonly mostConciliatory: StatementRef | null;
  /** The lowest-scoring statement with a score below 0, if any. */
  readonly mostConfrontational: StatementRef | null;
  /** Every score, in input order (the sample `compareGroups` resamples). */
  readonly scores: readonly number[];
}

/** The result of `profileSpeakers()`. */
export interface ProfileReport {
  /** The field grouped on, `'(function)'` for a function, or null. */
  readonly by: string | null;
  /** Group values in order of first appearance (empty without `by`). */
  readonly groups: readonly string[];
  /** Grouped by group (first appearance), then by count (descending), then by speaker. */
  readonly profiles: readonly SpeakerProfile[];
  /** Rows left out because their speaker was null and `unattributed` was `'skip'`. */
  readonly skipped: number;
}
