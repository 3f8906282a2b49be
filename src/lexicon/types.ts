/**
 * The shapes of lexicon modules as written in `lexicons/**.json` (and by users). One envelope for every
 * kind; each kind has its own entry fields. `lexicons/lexicon.schema.json` is the same contract for editors;
 * `validate-module.ts` enforces it at load time.
 */
import type { Dimension } from '../scoring/dimensions.js';

/** The kinds of lexicon module. */
export type LexiconKind =
  | 'tone'
  | 'negator'
  | 'intensifier'
  | 'hedge'
  | 'contrast'
  | 'conditional'
  | 'inflection'
  | 'speech-verb'
  | 'title'
  | 'filler';

/** Part of speech of a term's head word, used for inflection and for how negation acts on it. */
export type PartOfSpeech = 'verb' | 'noun' | 'adj' | 'adv' | 'phrase' | 'other';

/**
 * A tone term. `weight` is signed on the Goldstein scale (-10..+10, non-zero) and its sign must agree with
 * the dimension's pole. `negated` is the multiplier applied when a negator governs the term: by default
 * -0.5 for attitudes (adjectives and the respect/hostility/optimism/pessimism dimensions: "not polemical" is
 * mildly conciliatory) and 0 for acts ("not covered by the commitment" removes the act).
 */
export interface ToneEntry {
  readonly term: string;
  readonly dimension: Dimension;
  readonly weight: number;
  readonly pos?: PartOfSpeech;
  readonly negated?: number;
  readonly note?: string;
}

/** A word or phrase that negates the tone terms after it in its clause ("not", "never", "no longer"). */
export interface NegatorEntry {
  readonly term: string;
  readonly note?: string;
}

/**
 * Scales the next tone term within a few tokens in the same clause. `factor` > 1 intensifies ("very",
 * "strongly", "will"), < 1 dampens ("a bit", "slightly").
 */
export interface IntensifierEntry {
  readonly term: string;
  readonly factor: number;
  readonly note?: string;
}

/** Softens every confrontational term in its clause ("may", "perhaps", "have to consider"); factor in (0, 1). */
export interface HedgeEntry {
  readonly term: string;
  readonly factor: number;
  readonly note?: string;
}

/**
 * A contrast marker. `weakens: 'before'` ("but", "however", "still"): what comes before it in the sentence
 * weighs less and what follows weighs more. `weakens: 'after'` ("although", "despite"): the clause it
 * introduces weighs less.
 */
export interface ContrastEntry {
  readonly term: string;
  readonly weakens: 'before' | 'after';
  readonly note?: string;
}

/** Opens a conditional clause ("if", "unless", "should they"): a confrontational act in it becomes a threat. */
export interface ConditionalEntry {
  readonly term: string;
  readonly note?: string;
}

/**
 * A word skipped inside a multi-word term when the term itself does not contain it (determiners and
 * possessives: "leave door open" matches "left the door open").
 */
export interface FillerEntry {
  readonly term: string;
  readonly note?: string;
}

/** Irregular inflections of a lemma ("withdraw" → "withdrew", "withdrawn"); regular ones are generated. */
export interface InflectionEntry {
  readonly term: string;
  readonly forms: readonly string[];
  readonly note?: string;
}

/**
 * A speech verb for attribution, with the tone it lends to what it introduces. `tone: 'operator'` verbs
 * (deny, reject) act on the content instead of adding tone of their own.
 */
export interface SpeechVerbEntry {
  readonly term: string;
  readonly tone: 'conciliatory' | 'confrontational' | 'neutral' | 'operator';
  readonly dimension?: Dimension;
  readonly weight?: number;
  readonly note?: string;
}

/** A title or honorific that precedes a name ("Mr.", "Secretary of State"), with a gender cue when it has one. */
export interface TitleEntry {
  readonly term: string;
  readonly gender?: 'male' | 'female';
  readonly role?: 'honorific' | 'office';
  readonly note?: string;
}

/** Entry type by module kind. */
export interface EntryByKind {
  tone: ToneEntry;
  negator: NegatorEntry;
  intensifier: IntensifierEntry;
  hedge: HedgeEntry;
  contrast: ContrastEntry;
  conditional: ConditionalEntry;
  inflection: InflectionEntry;
  'speech-verb': SpeechVerbEntry;
  title: TitleEntry;
  filler: FillerEntry;
}

/**
 * A lexicon module: the envelope shared by every kind.
 * @example
 * ```ts
 * const mine: LexiconModule<'tone'> = {
 *   id: 'acme/shipping', version: '1.0.0', language: 'en', kind: 'tone',
 *   entries: [{ term: 'blockade the strait', dimension: 'escalation', weight: -7 }],
 * };
 * ```
 */
export interface LexiconModule<K extends LexiconKind = LexiconKind> {
  readonly $schema?: string;
  readonly id: string;
  readonly version: string;
  readonly language: string;
  readonly kind: K;
  readonly description?: string;
  readonly entries: readonly EntryByKind[K][];
}
