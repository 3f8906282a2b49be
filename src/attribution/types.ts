/** The public types of `detente/attribution`. */
import type { LexiconModule } from '../lexicon/types.js';
import type { ProfileOptions, ProfileReport } from '../profile/types.js';
import type { ScorerOptions } from '../scoring/options.js';
import type { Scorer, ToneScore } from '../scoring/types.js';

/** direct: a quotation; partial: a reported clause holding quoted fragments; indirect: a reported clause. */
export type StatementKind = 'direct' | 'partial' | 'indirect';

/**
 * One thing one speaker said. Spans are `[start, end)` offsets into the input (UTF-16 code units), and
 * `text === input.slice(spans.content[0], spans.content[1])`.
 */
export interface Statement {
  /** The content only (no cue, no quote marks around a direct quotation). */
  readonly text: string;
  /** The fullest name or description of the speaker in the document, or null when it cannot tell. */
  readonly speaker: string | null;
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

/** Options of `extractStatements`. All optional. */
export interface ExtractOptions {
  /** Speaker aliases: `{ 'Sergei Lavrov': 'Sergey V. Lavrov' }` maps a name (or description) to the one to report. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Extra speech-verb modules (kind "speech-verb"), layered after the built-in one. */
  readonly speechVerbs?: readonly LexiconModule[];
  /** Extra title modules (kind "title"), layered after the built-in one. */
  readonly titles?: readonly LexiconModule[];
}

/** A statement with its tone: the content scored, then the cue's tone applied (see `analyzeArticle`). */
export type ScoredStatement = Statement & { readonly tone: ToneScore };

/** Options of `analyzeArticle`: extraction options plus a scorer (or options to build one) and profile options. */
export interface AnalyzeOptions extends ExtractOptions {
  /** A scorer to reuse; otherwise one is built from `scorer` options (or the defaults) and cached. */
  readonly scorerInstance?: Scorer;
  readonly scorer?: ScorerOptions;
  readonly profile?: ProfileOptions;
}

/** What `analyzeArticle` returns. */
export interface ArticleAnalysis {
  readonly statements: readonly ScoredStatement[];
  readonly profile: ProfileReport;
}
