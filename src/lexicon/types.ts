/**
 * The shapes of lexicon modules as written in `lexicons/**.json` (and by users). One envelope for every
 * kind; each kind has its own entry fields. `lexicons/lexicon.schema.json` is the same contract for editors;
 * `validate-module.ts` enforces it at load time.
 */
import type { Dimension } from './dimensions.js';

/**
 * The kinds of lexicon module. tone, negator, operator, intensifier, hedge, contrast, conditional, boundary,
 * inflection and filler modules go to a scorer (`lexicons` option); speech-verb, title and word-class modules go to
 * `detente/attribution`.
 * @example
 * ```ts
 * import { coreModules, type LexiconKind } from 'detente';
 * const kinds: LexiconKind[] = coreModules().map((m) => m.kind); // ['inflection', 'filler', 'negator', …, 'tone']
 * ```
 */
export type LexiconKind =
  | 'tone'
  | 'negator'
  | 'operator'
  | 'intensifier'
  | 'hedge'
  | 'contrast'
  | 'conditional'
  | 'boundary'
  | 'inflection'
  | 'speech-verb'
  | 'title'
  | 'word-class'
  | 'filler';

/**
 * Part of speech of a term's head word, used for inflection and for how negation acts on it (an `adj` is an
 * attitude: negating it reverses it weakly).
 * @example
 * ```ts
 * import type { PartOfSpeech, ToneEntry } from 'detente';
 * const pos: PartOfSpeech = 'adj';
 * const hostile: ToneEntry = { term: 'hostile', dimension: 'hostility', weight: -4, pos };
 * ```
 */
export type PartOfSpeech = 'verb' | 'noun' | 'adj' | 'adv' | 'phrase' | 'other';

/**
 * A tone term. `weight` is signed on the Goldstein scale (-10..+10, non-zero) and its sign must agree with
 * the dimension's pole. `negated` is the multiplier applied when a negator governs the term: by default
 * -0.6 for attitudes (adjectives and the respect/hostility/optimism/pessimism dimensions: "not polemical" is
 * mildly conciliatory) and 0 for acts ("not covered by the commitment" removes the act).
 * @example
 * ```ts
 * import { createScorer, type ToneEntry } from 'detente';
 * const extra: ToneEntry[] = [
 *   { term: 'lockout', dimension: 'escalation', weight: -6, pos: 'noun' },
 *   // a negated agreement is a rejection, not just the absence of one
 *   { term: 'agree', dimension: 'cooperation', weight: 3.4, pos: 'verb', negated: -0.8 },
 *   // an operator: "stonewalled the talks" is a rejection of the talks
 *   { term: 'stonewall', dimension: 'rejection', weight: -3, pos: 'verb', reverses: 'after' },
 * ];
 * const scorer = createScorer({ extra });
 * ```
 */
export interface ToneEntry {
  readonly term: string;
  readonly dimension: Dimension;
  readonly weight: number;
  readonly pos?: PartOfSpeech;
  readonly negated?: number;
  /** Where the term must stand to count (see `EntryConstraint`); without it, anywhere. */
  readonly when?: EntryConstraint;
  /**
   * Makes the entry an operator: besides its own weight, it reverses at half weight the act it governs, its
   * object — the first tone term that starts within five tokens after it (`'after'`: "rejected calls for a
   * ceasefire"), the nearest that ends within five tokens before it (`'before'`: "the talks had failed"), or
   * both, in its clause. Accusation and hostility are not reversed (a denial's own words accuse). A negated
   * operator governs nothing.
   */
  readonly reverses?: 'after' | 'before' | 'both';
  /**
   * With `reverses`: the operator opposes rather than negates — it reverses only a conciliatory act ("rejected
   * calls for a ceasefire" is rejection) and leaves a confrontational one as it is ("rejected the ultimatum" is
   * defiance, not de-escalation).
   */
  readonly opposes?: boolean;
  /**
   * With `reverses`: the act it governs is the topic of this entry, not the speaker's own act — a disapproval
   * ("deeply concerned by the ultimatum", "accused them of making threats", "condemned the peace deal"). A
   * confrontational act it governs is named, not done (weight 0; accusation, hostility and pessimism stay: they
   * are the speaker's own words); a conciliatory one is opposed (reversed at half weight). It reaches the first
   * tone term within eight tokens after it (five for other operators).
   */
  readonly topic?: boolean;
  readonly note?: string;
}

/**
 * Where a tone entry's term must stand to count. `start`: its first word begins a sentence (`'sentence'`) or a
 * clause (`'clause'`: after a comma, semicolon, colon, dash or quote mark, or a sentence start). `question`:
 * its sentence ends with a question mark (`true`) or does not (`false`). Several entries may share a term
 * with different constraints; the most constrained is tried first, and a term whose constraints all fail
 * does not match, so a shorter term may. `evidence` repeats the constraint a hit met, and `explain()`
 * prints it.
 * @example
 * ```ts
 * import { createScorer, type ToneEntry } from 'detente';
 * const extra: ToneEntry[] = [
 *   // a bare "please" opening a request is blunter than "could you please"
 *   { term: 'please', dimension: 'respect', weight: 0.5, when: { start: 'sentence' } },
 *   { term: 'please', dimension: 'respect', weight: 1.5 },
 *   // "why did you …?" challenges; "why did you" in a statement is left alone
 *   { term: 'why did you', dimension: 'hostility', weight: -2, when: { start: 'sentence', question: true } },
 * ];
 * const scorer = createScorer({ extra });
 * scorer.score('Why did you ignore our proposal?').evidence[0]?.when; // { start: 'sentence', question: true }
 * ```
 */
export interface EntryConstraint {
  readonly start?: 'sentence' | 'clause';
  readonly question?: boolean;
  /**
   * The term counts only in the consequence of a condition: its sentence states one ("if", "unless", "should
   * they") and the term is not inside it — "we will respond" is a threat in "If they attack, we will respond" and
   * in "We will respond if they attack", and nothing in "We will respond to your letter". Checked once the
   * sentence has been read; a term that needs a consequence and has none gives no hit.
   */
  readonly consequence?: true;
}

/**
 * A word or phrase that negates the tone terms after it in its clause ("not", "never", "no longer").
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * const negators: LexiconModule<'negator'> = {
 *   id: 'acme/negators', version: '1.0.0', language: 'en', kind: 'negator',
 *   entries: [{ term: 'not' }, { term: 'no longer' }, { term: 'without', note: 'unless a tone entry says more' }],
 * };
 * ```
 */
export interface NegatorEntry {
  readonly term: string;
  readonly note?: string;
}

/**
 * A word or phrase that reverses the acts it governs without tone of its own ("halt", "avoid", "suspend"):
 * "halted the offensive" is de-escalation, "suspended the talks" rejection. It governs like an operator tone
 * entry (`ToneEntry.reverses`): the first tone term within five tokens after it, the nearest before it, or
 * both, in its clause.
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * const operators: LexiconModule<'operator'> = {
 *   id: 'acme/operators', version: '1.0.0', language: 'en', kind: 'operator',
 *   entries: [{ term: 'halt', reverses: 'after' }, { term: 'fall through', reverses: 'before' }],
 * };
 * ```
 */
export interface OperatorEntry {
  readonly term: string;
  readonly reverses: 'after' | 'before' | 'both';
  /** It reverses only conciliatory acts (see `ToneEntry.opposes`). */
  readonly opposes?: boolean;
  /** The act it governs is its topic (see `ToneEntry.topic`). */
  readonly topic?: boolean;
  readonly note?: string;
}

/**
 * Scales the next tone term within a few tokens in the same clause. `factor` > 1 intensifies ("very",
 * "strongly", "will"), < 1 dampens ("a bit", "slightly").
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * const intensifiers: LexiconModule<'intensifier'> = {
 *   id: 'acme/intensifiers', version: '1.0.0', language: 'en', kind: 'intensifier',
 *   entries: [{ term: 'strongly', factor: 1.5 }, { term: 'slightly', factor: 0.6 }],
 * };
 * ```
 */
export interface IntensifierEntry {
  readonly term: string;
  readonly factor: number;
  readonly note?: string;
}

/**
 * Softens every confrontational term in its clause ("may", "perhaps", "have to consider"); factor in (0, 1).
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * const hedges: LexiconModule<'hedge'> = {
 *   id: 'acme/hedges', version: '1.0.0', language: 'en', kind: 'hedge',
 *   entries: [{ term: 'may', factor: 0.7 }, { term: 'perhaps', factor: 0.6 }],
 * };
 * ```
 */
export interface HedgeEntry {
  readonly term: string;
  readonly factor: number;
  readonly note?: string;
}

/**
 * A contrast marker. `weakens: 'before'` ("but", "however", "still"): what comes before it in the sentence
 * weighs less and what follows weighs more. `weakens: 'after'` ("although", "despite"): the clause it
 * introduces weighs less.
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * const contrast: LexiconModule<'contrast'> = {
 *   id: 'acme/contrast', version: '1.0.0', language: 'en', kind: 'contrast',
 *   entries: [{ term: 'but', weakens: 'before' }, { term: 'despite', weakens: 'after' }],
 * };
 * ```
 */
export interface ContrastEntry {
  readonly term: string;
  readonly weakens: 'before' | 'after';
  readonly note?: string;
}

/**
 * Opens a conditional clause ("if", "unless", "should they"): a confrontational act in it becomes a threat, and
 * its sentence has a consequence (see `EntryConstraint.consequence`). "otherwise" and "or else" open the
 * consequence instead (`opens: 'consequence'`).
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * const conditionals: LexiconModule<'conditional'> = {
 *   id: 'acme/conditionals', version: '1.0.0', language: 'en', kind: 'conditional',
 *   entries: [{ term: 'if' }, { term: 'should they' }, { term: 'or else', opens: 'consequence' }],
 * };
 * ```
 */
export interface ConditionalEntry {
  readonly term: string;
  /** What the clause after it is: the condition ("if", "unless": the default) or the consequence ("otherwise", "or else"). */
  readonly opens?: 'condition' | 'consequence';
  readonly note?: string;
}

/**
 * A coordinator that ends an operator's reach ("and", "or"), one word per entry: an operator governs one act, so in
 * "condemned the attack and called for restraint" the call for restraint is not condemned. Negators are not bounded
 * by it, and a determiner after it ("rejected the plan and the talks") keeps the reach going.
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * const boundaries: LexiconModule<'boundary'> = {
 *   id: 'acme/boundaries', version: '1.0.0', language: 'en', kind: 'boundary',
 *   entries: [{ term: 'and' }, { term: 'plus' }],
 * };
 * ```
 */
export interface BoundaryEntry {
  readonly term: string;
  readonly note?: string;
}

/**
 * A word skipped inside a multi-word term when the term itself does not contain it (determiners and
 * possessives: "leave door open" matches "left the door open").
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * const fillers: LexiconModule<'filler'> = {
 *   id: 'acme/fillers', version: '1.0.0', language: 'en', kind: 'filler',
 *   entries: [{ term: 'the' }, { term: 'our' }, { term: 'their' }],
 * };
 * ```
 */
export interface FillerEntry {
  readonly term: string;
  readonly note?: string;
}

/**
 * Irregular inflections of a lemma ("withdraw" → "withdrew", "withdrawn"); regular ones are generated.
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * const inflections: LexiconModule<'inflection'> = {
 *   id: 'acme/inflections', version: '1.0.0', language: 'en', kind: 'inflection',
 *   entries: [{ term: 'withdraw', forms: ['withdrew', 'withdrawn'] }, { term: 'seek', forms: ['sought'] }],
 * };
 * ```
 */
export interface InflectionEntry {
  readonly term: string;
  readonly forms: readonly string[];
  readonly note?: string;
}

/**
 * A speech verb for attribution, with the tone it lends to what it introduces. `tone: 'operator'` verbs
 * (deny, reject) act on the content (and add their own `dimension` and `weight` when they have them). A verb
 * the scorer's tone lexicons also hold is scored by the scorer's entry instead (cue and content as one text),
 * so these fields decide only for verbs the scorer does not know.
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * import { extractStatements } from 'detente/attribution';
 * const verbs: LexiconModule<'speech-verb'> = {
 *   id: 'acme/speech-verbs', version: '1.0.0', language: 'en', kind: 'speech-verb',
 *   entries: [
 *     { term: 'thunder', tone: 'confrontational', dimension: 'hostility', weight: -2 },
 *     { term: 'praise', tone: 'conciliatory', dimension: 'respect', weight: 3.4 },
 *     { term: 'deny', tone: 'operator' },
 *   ],
 * };
 * extractStatements('The minister thundered that the talks were over.', { speechVerbs: [verbs] });
 * // [{ text: 'the talks were over', speaker: 'the minister', kind: 'indirect', cue: 'thundered', … }]
 * // (without the module: [], "thunder" is not a built-in speech verb)
 * ```
 */
export interface SpeechVerbEntry {
  readonly term: string;
  readonly tone: 'conciliatory' | 'confrontational' | 'neutral' | 'operator';
  readonly dimension?: Dimension;
  readonly weight?: number;
  /**
   * An operator cue that opposes ("rejected", "disputed"): it reverses only the conciliatory acts of what it
   * introduces; one that negates ("denied", "ruled out") reverses every act (see `ToneEntry.opposes`).
   */
  readonly opposes?: boolean;
  /**
   * `clause`: the verb reports speech only with a clause, a quotation or a colon after it, or at the end of
   * the sentence ("recalled that …", "…, he added."), not with a plain object ("recalled its ambassador",
   * "added 200 jobs", "charged 12 officers with murder").
   */
  readonly needs?: 'clause';
  readonly note?: string;
}

/**
 * A title or honorific that precedes a name ("Mr.", "Secretary of State"), with a gender cue when it has one.
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * import { extractStatements } from 'detente/attribution';
 * const titles: LexiconModule<'title'> = {
 *   id: 'acme/titles', version: '1.0.0', language: 'en', kind: 'title',
 *   entries: [{ term: 'rapporteur', role: 'office' }, { term: 'mrs.', role: 'honorific', gender: 'female' }],
 * };
 * extractStatements('“We are ready,” Rapporteur Okafor said.', { titles: [titles] })[0]?.speaker; // 'Okafor'
 * // (without the module the title is taken as part of the name: 'Rapporteur Okafor')
 * ```
 */
export interface TitleEntry {
  readonly term: string;
  readonly gender?: 'male' | 'female';
  /**
   * honorific: a form of address ("Mr."); office: a post ("foreign minister"), also the head of a longer
   * title ("Deputy Secretary of Energy"); modifier: a word that only qualifies an office ("deputy", "acting");
   * descriptor: a noun for a person that is a title only before a name ("opposition leader Ana Costa").
   */
  readonly role?: 'honorific' | 'office' | 'modifier' | 'descriptor';
  readonly note?: string;
}

/**
 * The classes of words attribution reads besides speech verbs and titles: `time` (weekdays, months, "today":
 * never a speaker, skipped between a speaker and its verb), the head nouns of sources (`organisation`,
 * `media`, `document`: they give a statement its `speakerKind`; `media` also lists news agencies by name;
 * `people`: nouns for unnamed people, heads of descriptions, common nouns even when capitalised),
 * `country` (countries and capitals, which speak for their governments) and `demonym` ("Russian", "Kenyan":
 * an affiliation before a title).
 * @example
 * ```ts
 * import type { WordClass } from 'detente';
 * const cls: WordClass = 'media';
 * ```
 */
export type WordClass = 'time' | 'organisation' | 'media' | 'document' | 'people' | 'country' | 'demonym';

/**
 * A word of a class that attribution reads (see `WordClass`). Terms are lower case; a multi-word term
 * ("new york times", "the associated press") matches those words in a row.
 * @example
 * ```ts
 * import type { LexiconModule } from 'detente';
 * import { extractStatements } from 'detente/attribution';
 * const words: LexiconModule<'word-class'> = {
 *   id: 'acme/sources', version: '1.0.0', language: 'en', kind: 'word-class',
 *   entries: [{ term: 'gazette', class: 'media' }, { term: 'dispatch', class: 'document' }],
 * };
 * extractStatements('The gazette reported that the port had reopened.', { wordClasses: [words] })[0]?.speakerKind;
 * // 'media'
 * ```
 */
export interface WordClassEntry {
  readonly term: string;
  readonly class: WordClass;
  readonly note?: string;
}

/**
 * Entry type by module kind.
 * @example
 * ```ts
 * import type { EntryByKind } from 'detente';
 * const entry: EntryByKind['hedge'] = { term: 'perhaps', factor: 0.6 }; // a HedgeEntry
 * ```
 */
export interface EntryByKind {
  tone: ToneEntry;
  negator: NegatorEntry;
  operator: OperatorEntry;
  intensifier: IntensifierEntry;
  hedge: HedgeEntry;
  contrast: ContrastEntry;
  conditional: ConditionalEntry;
  boundary: BoundaryEntry;
  inflection: InflectionEntry;
  'speech-verb': SpeechVerbEntry;
  title: TitleEntry;
  'word-class': WordClassEntry;
  filler: FillerEntry;
}

/**
 * A lexicon module: the envelope shared by every kind. `id@version` names it in `Evidence.source` and
 * `Scorer.modules`. See the entry types (`ToneEntry`, `NegatorEntry`, …) for a module of each kind.
 * @example
 * ```ts
 * import { createScorer, validateModule, type LexiconModule } from 'detente';
 * const mine: LexiconModule<'tone'> = {
 *   id: 'acme/shipping', version: '1.0.0', language: 'en', kind: 'tone',
 *   entries: [{ term: 'blockade the strait', dimension: 'escalation', weight: -7 }],
 * };
 * const scorer = createScorer({ lexicons: [mine] });
 * scorer.score('They threatened to blockade the strait.').evidence[1]?.source; // 'acme/shipping@1.0.0'
 * validateModule(JSON.parse('{"id":"x"}')); // a module from a file: throws LexiconError when it is malformed
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
