/** The public types of `detente/attribution`. */
import type { LexiconModule } from '../lexicon/types.js';
import type { ProfileOptions, ProfileReport } from '../profile/types.js';
import type { ScorerOptions } from '../scoring/options.js';
import type { Scorer, ToneScore } from '../scoring/types.js';

/**
 * direct: a quotation; partial: a reported clause holding quoted fragments; indirect: a reported clause.
 * @example
 * ```ts
 * import { extractStatements, type StatementKind } from 'detente/attribution';
 * const text = 'Mr. Lavrov said the talks were "useful but difficult." According to Mr. Blinken, progress is near.';
 * const kinds: StatementKind[] = extractStatements(text).map((s) => s.kind); // ['partial', 'indirect']
 * ```
 */
export type StatementKind = 'direct' | 'partial' | 'indirect';

/**
 * What kind of source a statement's speaker is: a `person` (a name, or a pronoun or description resolved to
 * one), an `organisation` ("the interior ministry", "Hamas", "police"), a `country` ("Iran", "Washington" for
 * the US government), a `description` of unnamed people ("officials", "a senior diplomat", "residents"), a
 * `document` ("a statement", "the report") or `media` ("Reuters", "state television", "the newspaper").
 * @example
 * ```ts
 * import { extractStatements, type SpeakerKind } from 'detente/attribution';
 * const kinds: (SpeakerKind | null)[] = extractStatements(
 *   'Iran denied the report. A statement from the ministry said talks would resume.',
 * ).map((s) => s.speakerKind); // ['country', 'document']
 * ```
 */
export type SpeakerKind = 'person' | 'organisation' | 'country' | 'description' | 'document' | 'media';

/**
 * One thing one speaker said. Spans are `[start, end)` offsets into the input (UTF-16 code units), and
 * `text === input.slice(spans.content[0], spans.content[1])`.
 * @example
 * ```ts
 * import { extractStatements, type Statement } from 'detente/attribution';
 * const input = 'According to Mr. Blinken, progress is possible.';
 * const [s]: Statement[] = extractStatements(input);
 * // { text: 'progress is possible', speaker: 'Blinken', mention: 'Mr. Blinken', kind: 'indirect',
 * //   cue: 'According to', spans: { content: [26, 46], cue: [0, 12] }, sentence: 0, paragraph: 0, confidence: 0.95 }
 * ```
 */
export interface Statement {
  /** The content only (no cue, no quote marks around a direct quotation). */
  readonly text: string;
  /**
   * Who said it, or null when it cannot tell: a person's name without title, in its fullest form in the
   * document ("Russian Foreign Minister Sergei Lavrov" → "Sergei Lavrov"); otherwise the source's whole noun
   * phrase as written ("the Syrian Observatory for Human Rights", "Lawyers for Ana Ruiz", "a statement
   * from the palace"), with a leading "The"/"A" in lower case.
   */
  readonly speaker: string | null;
  /** What kind of source the speaker is (null when speaker is null). */
  readonly speakerKind: SpeakerKind | null;
  /** A person's title as the document gives it ("Foreign Minister", "Mr."), or null. */
  readonly title: string | null;
  /** The speaker's affiliation as written ("Russian", "Kenya’s", "of Norway", "in Belmark"), or null. */
  readonly affiliation: string | null;
  /** How the speaker was referred to at this statement ("Mr. Blinken", "he"), or null (continued quotation). */
  readonly mention: string | null;
  readonly kind: StatementKind;
  /** The cue as written ("told reporters", "said", "according to"), or null for a quotation continued without one. */
  readonly cue: string | null;
  readonly spans: { readonly content: readonly [number, number]; readonly cue: readonly [number, number] | null };
  /** 0-based index of the sentence where the content starts. */
  readonly sentence: number;
  /** 0-based index of the paragraph (a line break ends a paragraph). */
  readonly paragraph: number;
  /** In [0, 1]: how sure the attribution is (0 when speaker is null). */
  readonly confidence: number;
}

/**
 * Options of `extractStatements`. All optional.
 * @example
 * ```ts
 * import { extractStatements, type ExtractOptions } from 'detente/attribution';
 * const options: ExtractOptions = { aliases: { Clinton: 'Hillary Clinton' } };
 * extractStatements('“We are ready,” Mrs. Clinton said. She added that talks could resume.', options)
 *   .map((s) => s.speaker); // ['Hillary Clinton', 'Hillary Clinton']
 * ```
 */
export interface ExtractOptions {
  /** Speaker aliases: `{ 'Sergei Lavrov': 'Sergey V. Lavrov' }` maps a name (or description) to the one to report. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Extra speech-verb modules (kind "speech-verb"), layered after the built-in one. */
  readonly speechVerbs?: readonly LexiconModule[];
  /** Extra title modules (kind "title"), layered after the built-in one. */
  readonly titles?: readonly LexiconModule[];
  /** Extra word-class modules (kind "word-class": time words, source nouns, places), layered after the built-in ones. */
  readonly wordClasses?: readonly LexiconModule[];
}

/**
 * A statement with its tone: the cue and the content scored as one text when the scorer knows the cue, else the
 * content scored and the speech-verb lexicon's tone of the cue applied (see `analyzeArticle`).
 * @example
 * ```ts
 * import { analyzeArticle, type ScoredStatement } from 'detente/attribution';
 * const text = 'Mr. Lavrov warned that Moscow would respond with force.';
 * const [s]: readonly ScoredStatement[] = analyzeArticle(text).statements;
 * // s.text 'Moscow would respond with force', s.cue 'warned', s.tone.label 'confrontational';
 * // s.tone.evidence: 'warned' (threat -4.4, the scorer's entry, from en/confrontational@1.0.0)
 * ```
 */
export type ScoredStatement = Statement & { readonly tone: ToneScore };

/**
 * Options of `analyzeArticle`: extraction options plus a scorer (or options to build one) and profile options.
 * @example
 * ```ts
 * import { createScorer } from 'detente';
 * import { analyzeArticle, type AnalyzeOptions } from 'detente/attribution';
 * declare const article: string;
 * const scorer = createScorer({ packs: ['diplomacy', 'labor'] }); // reused across articles
 * const options: AnalyzeOptions = { scorerInstance: scorer, profile: { unattributed: 'skip' } };
 * analyzeArticle(article, { ...options, metadata: { id: 'a01', date: '2025-03-03' } }).statements[0]?.date; // '2025-03-03'
 * const { statements, profile } = analyzeArticle(article, options);
 * analyzeArticle(article, { scorer: { packs: ['corporate'] } }); // or let it build (and cache) one
 * ```
 */
export interface AnalyzeOptions extends ExtractOptions {
  /**
   * The article's own fields (id, date, outlet, …): returned as `metadata` and copied onto every statement,
   * so statements from many articles can be grouped by date or source. A statement's own fields win a clash.
   */
  readonly metadata?: Readonly<Record<string, unknown>>;
  /** A scorer to reuse; otherwise one is built from `scorer` options (or the defaults) and cached. */
  readonly scorerInstance?: Scorer;
  readonly scorer?: ScorerOptions;
  readonly profile?: ProfileOptions;
}

/**
 * What `analyzeArticle` returns: the scored statements and a profile of their speakers.
 * @example
 * ```ts
 * import { analyzeArticle, type ArticleAnalysis } from 'detente/attribution';
 * const result: ArticleAnalysis = analyzeArticle(
 *   '“We are ready to talk,” Mr. Blinken said. Mr. Lavrov warned that Moscow would respond with force.',
 * );
 * result.statements.map((s) => [s.speaker, s.tone.label]);
 * // [['Blinken', 'conciliatory'], ['Lavrov', 'confrontational']]
 * result.profile.profiles.map((p) => [p.speaker, p.mean]); // [['Blinken', 0.5714], ['Lavrov', -0.7521]]
 * ```
 */
export interface ArticleAnalysis<M extends Readonly<Record<string, unknown>> = Record<never, never>> {
  /** The statements, each with the article's `metadata` fields too. */
  readonly statements: readonly (ScoredStatement & Omit<M, keyof ScoredStatement>)[];
  readonly profile: ProfileReport;
  /** The `metadata` option as given (an empty object without it). */
  readonly metadata: M;
}
