/** The result types of scoring. */
import type { Dimension } from './dimensions.js';

/** `conciliatory | confrontational | neutral | mixed` (mixed: strong evidence on both sides). */
export type ToneLabel = 'conciliatory' | 'confrontational' | 'neutral' | 'mixed';

/** Kinds of modifier that can change a hit's weight. */
export type ModifierType = 'negation' | 'intensifier' | 'dampener' | 'hedge' | 'contrast' | 'conditional';

/** One modifier applied to a hit: what it was, the words that triggered it, and the factor it applied. */
export interface AppliedModifier {
  readonly type: ModifierType;
  /** The trigger as written in the input ("not", "very", "but"). */
  readonly term: string;
  /** The multiplier applied to the weight. */
  readonly factor: number;
  /** For conditionals: the dimension the hit was moved to. */
  readonly dimension?: Dimension;
}

/** One lexicon hit, with everything needed to see why a statement scored as it did. */
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
}

/** The tone of one text. */
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

/** Thresholds that turn a score into a label. */
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
 */
export interface Scorer {
  /** Scores one text. Never throws on a string; throws `InputError` on anything else. */
  score(text: string): ToneScore;
  /** The modules compiled into this scorer, as `id@version`, in layering order. */
  readonly modules: readonly string[];
  /** The label thresholds in force. */
  readonly thresholds: Thresholds;
}
