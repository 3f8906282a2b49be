/** The result types of scoring. */
import type { Dimension } from '../lexicon/dimensions.js';
import type { EntryConstraint } from '../lexicon/types.js';

/**
 * `conciliatory | confrontational | neutral | mixed` (mixed: strong evidence on both sides).
 * @example
 * ```ts
 * import { createScorer, type ToneLabel } from 'detente';
 * const label: ToneLabel = createScorer().score('They refused to negotiate, but we are ready to talk.').label;
 * // 'mixed' (5 conciliatory and 3 confrontational Goldstein units)
 * ```
 */
export type ToneLabel = 'conciliatory' | 'confrontational' | 'neutral' | 'mixed';

/**
 * Kinds of modifier that can change a hit's weight. `dampener` is an intensifier entry with a factor below 1.
 * `negation`: a negator ("not", "never") removes an act or weakly reverses an attitude. `reversal`: an operator
 * (a tone entry with `reverses`, such as "reject", "deny", "regret", "fail"; or attribution's deny/reject cues)
 * turns the act it governs around at half weight ("regrets the escalation" is de-escalation). `topic`: a
 * confrontational act governed by a disapproval ("deeply concerned by the ultimatum", "accused them of making
 * threats") is its topic, the other party's act, not the speaker's: factor 0.
 * @example
 * ```ts
 * import { createScorer, type ModifierType } from 'detente';
 * const [hit] = createScorer().score('We are not hostile.').evidence;
 * const types: ModifierType[] = hit ? hit.modifiers.map((m) => m.type) : []; // ['negation']
 * // 'We were slightly disappointed.' → ['dampener'] (factor 0.6); 'Perhaps we will impose sanctions.' →
 * // ['intensifier', 'hedge'] ("will" ×1.15, "Perhaps" ×0.6); 'They rejected calls for a ceasefire.' → the hit
 * // "ceasefire" gets ['reversal'] ("rejected" ×-0.5, moved to rejection)
 * ```
 */
export type ModifierType =
  | 'negation'
  | 'reversal'
  | 'topic'
  | 'intensifier'
  | 'dampener'
  | 'hedge'
  | 'contrast'
  | 'conditional';

/**
 * One modifier applied to a hit: what it was, the words that triggered it, and the factor it applied.
 * @example
 * ```ts
 * import type { AppliedModifier } from 'detente';
 * // "We will never accept this.": the modal "will" intensifies the hit "never accept"
 * const will: AppliedModifier = { type: 'intensifier', term: 'will', factor: 1.15 };
 * // "Should they cross that line, …": a confrontational act in a condition counts as a threat
 * const cond: AppliedModifier = { type: 'conditional', term: 'Should they', factor: 1, dimension: 'threat' };
 * ```
 */
export interface AppliedModifier {
  readonly type: ModifierType;
  /** The trigger as written in the input ("not", "very", "but"). */
  readonly term: string;
  /** The multiplier applied to the weight. */
  readonly factor: number;
  /** For conditionals and reversals: the dimension the hit was moved to. */
  readonly dimension?: Dimension;
}

/**
 * One lexicon hit, with everything needed to see why a statement scored as it did.
 * @example
 * ```ts
 * import { createScorer, type Evidence } from 'detente';
 * const text = 'We will never accept this.';
 * const [hit] = createScorer().score(text).evidence;
 * // hit: { term: 'never accept', lemma: 'never accept', span: [8, 20], dimension: 'rejection', baseWeight: -4,
 * //   weight: -4.6, modifiers: [{ type: 'intensifier', term: 'will', factor: 1.15 }],
 * //   source: 'en/confrontational@1.0.0', sentence: 0 }
 * const quoted = (e: Evidence): string => text.slice(e.span[0], e.span[1]); // quoted(hit) === hit.term
 * ```
 */
export interface Evidence {
  /** The words as they appear in the input: `text.slice(span[0], span[1])`. */
  readonly term: string;
  /** The lexicon term (lemmas) that matched. */
  readonly lemma: string;
  /** `[start, end)` offsets in UTF-16 code units. */
  readonly span: readonly [number, number];
  readonly dimension: Dimension;
  /** The entry's weight on the Goldstein scale. */
  readonly baseWeight: number;
  /** The weight after modifiers. */
  readonly weight: number;
  readonly modifiers: readonly AppliedModifier[];
  /** The module the entry came from, as `id@version`. */
  readonly source: string;
  /** Sentence index (0-based) within the scored text. */
  readonly sentence: number;
  /**
   * The constraint the entry set and this hit met (`ToneEntry.when`: sentence or clause start, question or
   * not); undefined for entries without one (the property is always there, so every evidence object has one
   * shape; JSON output leaves it out).
   */
  readonly when?: EntryConstraint | undefined;
}

/**
 * The tone of one text.
 * @example
 * ```ts
 * import { createScorer, type ToneScore } from 'detente';
 * const tone: ToneScore = createScorer().score('We welcome the talks and remain open to dialogue.');
 * // { score: 0.75, label: 'conciliatory', conciliatory: 9, confrontational: 0, hits: 3,
 * //   dimensions: { dialogue: 6, respect: 3 }, evidence: [{ term: 'welcome', … }, …], tokens: 9 }
 * // A text with no lexicon hit:
 * const none: ToneScore = {
 *   score: 0, label: 'neutral', conciliatory: 0, confrontational: 0, hits: 0, dimensions: {}, evidence: [], tokens: 6,
 * }; // what createScorer().score('It rained in Geneva on Tuesday.') returns
 * ```
 */
export interface ToneScore {
  /** In [-1, 1]: -1 fully confrontational, +1 fully conciliatory, 0 neutral or no evidence. */
  readonly score: number;
  readonly label: ToneLabel;
  /** Sum of the positive final weights. */
  readonly conciliatory: number;
  /** Sum of the magnitudes of the negative final weights. */
  readonly confrontational: number;
  /** Number of hits whose final weight is not zero (0 means "no evidence", not "balanced"). */
  readonly hits: number;
  /** Final weights summed per dimension (only dimensions with hits appear). */
  readonly dimensions: Readonly<Partial<Record<Dimension, number>>>;
  readonly evidence: readonly Evidence[];
  /** Word tokens in the text. */
  readonly tokens: number;
}

/**
 * Thresholds that turn a score into a label.
 * @example
 * ```ts
 * import { createScorer, type Thresholds } from 'detente';
 * const strict: Thresholds = { label: 0.3, evidence: 2, mixed: 4 };
 * const scorer = createScorer({ thresholds: strict });
 * scorer.thresholds; // { label: 0.3, evidence: 2, mixed: 4 }; pass a Partial to change only some
 * ```
 */
export interface Thresholds {
  /** |score| at or above which a text is conciliatory or confrontational (default 0.15). */
  readonly label: number;
  /**
   * Net weight (Goldstein units, summed over the text) a text needs before it can be labelled conciliatory or
   * confrontational (default 1.2). Keeps a lone weak hit ("we didn't expect any breakthroughs") neutral.
   */
  readonly evidence: number;
  /** Magnitude on each side (Goldstein units) at or above which a text near zero is `mixed` (default 3). */
  readonly mixed: number;
}

/**
 * A compiled scorer. Build one with `createScorer()` and reuse it: compilation happens once, scoring is a
 * single pass over the text.
 * @example
 * ```ts
 * import { createScorer, type Scorer } from 'detente';
 * const scorer: Scorer = createScorer({ packs: ['diplomacy'] });
 * scorer.score('We will never accept this.').label; // 'confrontational'
 * scorer.modules; // ['en/inflections@1.0.0', …, 'en/confrontational@1.0.0', 'packs/diplomacy@1.0.0']
 * ```
 */
export interface Scorer {
  /** Scores one text. Never throws on a string; throws `InputError` on anything else. */
  score(text: string): ToneScore;
  /** The modules compiled into this scorer, as `id@version`, in layering order. */
  readonly modules: readonly string[];
  /** The label thresholds in force. */
  readonly thresholds: Thresholds;
}
