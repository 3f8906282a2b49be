/** The shapes `profileSpeakers()` and `compareGroups()` read and return. */
import type { Dimension } from '../lexicon/dimensions.js';
import type { Evidence, ToneLabel } from '../scoring/types.js';
import type { TimeBin } from './time-bins.js';

/**
 * A scored statement: who said it (`null` when unknown) and its tone. Any other fields (`text`, `date`,
 * `source`, …) ride along and can be grouped on with `by`.
 * @example
 * ```ts
 * import { createScorer, type ProfileRow } from 'detente';
 * const scorer = createScorer();
 * const text = 'We will never accept this.';
 * const row: ProfileRow = { speaker: 'Lavrov', tone: scorer.score(text), text, round: 'march' };
 * // a ScoredStatement of detente/attribution is a ProfileRow too
 * ```
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

/**
 * A date field grouped into calendar bins: `{ field: 'date', bin: 'week' }` puts each row in the ISO week of
 * its `date` (see `periodOf`). Rows without a date fall in the group `"(none)"`, rows whose value is not a
 * date in `"(invalid date)"`; groups of time bins are listed in time order.
 * @example
 * ```ts
 * import { profileSpeakers, type ProfileRow, type TimeGroup } from 'detente';
 * declare const rows: ProfileRow[]; // with a `date` field: '2025-03-05', …
 * const weekly: TimeGroup = { field: 'date', bin: 'week' };
 * profileSpeakers(rows, { by: weekly }).groups; // ['2025-W10', '2025-W11', …]
 * ```
 */
export interface TimeGroup {
  readonly field: string;
  readonly bin: TimeBin;
}

/**
 * How rows are grouped: a field name, a function of the row, or a date field in time bins.
 * @example
 * ```ts
 * import type { GroupBy } from 'detente';
 * const byRound: GroupBy = 'round';
 * const byYear: GroupBy = (row) => String(row.date).slice(0, 4); // rows with date: '2022-03-01' → '2022'
 * const byMonth: GroupBy = { field: 'date', bin: 'month' };
 * ```
 */
export type GroupBy = string | ((row: ProfileRow) => unknown) | TimeGroup;

/**
 * Options of `profileSpeakers()`.
 * @example
 * ```ts
 * import { profileSpeakers, type ProfileOptions, type ProfileRow } from 'detente';
 * declare const rows: ProfileRow[];
 * const options: ProfileOptions = { by: 'round', unattributed: 'skip', textField: 'quote' };
 * profileSpeakers(rows, { speakerField: 'side', by: { field: 'date', bin: 'week' } }); // side × week
 * const report = profileSpeakers(rows, options);
 * ```
 */
export interface ProfileOptions {
  /**
   * Profile each (speaker, group) pair instead of each speaker. Group values become strings. An array groups
   * by several keys at once (`['side', { field: 'date', bin: 'week' }]`): a group's name is its keys joined
   * by `" · "`, and each profile has the keys in `keys`.
   */
  readonly by?: GroupBy | readonly GroupBy[];
  /**
   * The row field naming whose statement it is (default `'speaker'`): `'speakerId'` profiles identities,
   * `'side'` profiles sides. Its values must be strings or null.
   */
  readonly speakerField?: string;
  /**
   * `'group'` (default): statements with a null speaker form the speaker `"(unattributed)"`; `'skip'`: leave
   * them out.
   */
  readonly unattributed?: 'group' | 'skip';
  /** The row field holding the statement text, quoted in `strongest` and the extremes (default `'text'`). */
  readonly textField?: string;
}

/**
 * A dimension a speaker leans on: the sum of its weights over their statements, and its share of all weight.
 * @example
 * ```ts
 * import type { DimensionLean } from 'detente';
 * // two statements: "We are ready to talk." (dialogue 4) and "We welcome the talks." (respect 3, dialogue 2)
 * const leans: DimensionLean[] = [
 *   { dimension: 'dialogue', total: 6, share: 6 / 9, statements: 2 },
 *   { dimension: 'respect', total: 3, share: 3 / 9, statements: 1 },
 * ];
 * ```
 */
export interface DimensionLean {
  readonly dimension: Dimension;
  readonly total: number;
  /** |total| over the sum of |total| across the speaker's dimensions. */
  readonly share: number;
  /** Statements with a non-zero weight on this dimension. */
  readonly statements: number;
}

/**
 * A pointer back to one input statement: its position in the rows, its score, and its text when present.
 * @example
 * ```ts
 * import type { StatementRef } from 'detente';
 * const ref: StatementRef = { index: 2, score: 0.625, text: 'We welcome the talks.' };
 * ```
 */
export interface StatementRef {
  readonly index: number;
  readonly score: number;
  readonly text?: string;
}

/**
 * The speaker's single heaviest hit (largest |weight|) and the statement it came from.
 * @example
 * ```ts
 * import { profileSpeakers, type ProfileRow, type StrongestEvidence } from 'detente';
 * declare const rows: ProfileRow[];
 * const s: StrongestEvidence | null | undefined = profileSpeakers(rows).profiles[0]?.strongest;
 * if (s) console.log(`${s.evidence.term} (${s.evidence.dimension} ${s.evidence.weight}) in row ${s.index}`);
 * // e.g. 'refused to negotiate (rejection -6) in row 1'
 * ```
 */
export interface StrongestEvidence {
  readonly evidence: Evidence;
  readonly index: number;
  readonly text?: string;
}

/**
 * One speaker's profile (or one speaker within one group).
 * @example
 * ```ts
 * import { createScorer, profileSpeakers, type SpeakerProfile } from 'detente';
 * const scorer = createScorer();
 * const rows = ['We will never accept this.', 'They refused to negotiate.'].map((text) => (
 *   { speaker: 'Lavrov', tone: scorer.score(text), text }));
 * const [lavrov]: readonly SpeakerProfile[] = profileSpeakers(rows).profiles;
 * // { speaker: 'Lavrov', count: 2, mean: -0.6619, sd: 0.0068, (mean and sd unrounded in the result)
 * //   labels: { conciliatory: 0, confrontational: 2, neutral: 0, mixed: 0 },
 * //   dimensions: [{ dimension: 'rejection', total: -11.75, share: 1, statements: 2 }],
 * //   strongest: { evidence: { term: 'refused to negotiate', … }, index: 1, text: 'They refused to negotiate.' },
 * //   mostConciliatory: null, mostConfrontational: { index: 1, score: -0.6667, text: 'They refused to negotiate.' },
 * //   scores: [-0.6571, -0.6667] }
 * ```
 */
export interface SpeakerProfile {
  readonly speaker: string;
  /** The group value, when profiled with `by`. */
  readonly group?: string;
  /** The group's value under each `by` key, when `by` is an array. */
  readonly keys?: readonly string[];
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

/**
 * The result of `profileSpeakers()`.
 * @example
 * ```ts
 * import { profileSpeakers, type ProfileReport, type ProfileRow } from 'detente';
 * declare const rows: ProfileRow[]; // with a `round` field: 'march' or 'june'
 * const report: ProfileReport = profileSpeakers(rows, { by: 'round' });
 * // { by: 'round', groups: ['march', 'june'], skipped: 0,
 * //   profiles: [{ speaker: 'Lavrov', group: 'march', … }, { speaker: 'Lavrov', group: 'june', … }, …] }
 * for (const p of report.profiles) console.log(p.group, p.speaker, p.mean.toFixed(2));
 * ```
 */
export interface ProfileReport {
  /**
   * The field grouped on, `'(function)'` for a function, `'date/week'` for a time group, the keys joined by
   * `' × '` for an array, or null.
   */
  readonly by: string | null;
  /** Group values in order of first appearance, time bins in time order (empty without `by`). */
  readonly groups: readonly string[];
  /** Grouped by group (first appearance), then by count (descending), then by speaker. */
  readonly profiles: readonly SpeakerProfile[];
  /** Rows left out because their speaker was null and `unattributed` was `'skip'`. */
  readonly skipped: number;
}
