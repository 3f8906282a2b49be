/**
 * attribution/tone/ — scoring statements: content plus the cue's tone, then per-speaker profiles.
 *
 * `analyzeArticle`: extraction, then each statement scored as its content plus its cue's tone
 * (see cue-tone.ts), then `profileSpeakers` over the scored statements.
 */
import { describeValue, InputError, OptionsError } from '../../errors.js';
import { profileSpeakers } from '../../profile/profile-speakers.js';
import type { ProfileRow } from '../../profile/types.js';
import { createScorer } from '../../scoring/create-scorer.js';
import type { Scorer } from '../../scoring/types.js';
import { resolveExtractOptions } from '../options.js';
import { tokenAt, toStatement } from '../statements/draft.js';
import { extract } from '../statements/extract.js';
import type { AnalyzeOptions, ArticleAnalysis, ScoredStatement } from '../types.js';
import { toneWithCue } from './cue-tone.js';

let defaultScorer: Scorer | undefined;

/** The default scorer, built once per process. */
function sharedScorer(): Scorer {
  defaultScorer ??= createScorer();
  return defaultScorer;
}

/**
 * Extracts the statements of an article, scores each (content plus cue tone), and profiles the speakers.
 * Spans in the evidence are offsets into the article. Builds the default scorer once per process; pass
 * `scorerInstance` to reuse your own.
 * @example
 * ```ts
 * import { analyzeArticle } from 'detente/attribution';
 * const { statements, profile } = analyzeArticle(articleText);
 * statements[0]?.tone.label;            // 'neutral'
 * analyzeArticle(articleText, { metadata: { id: 'a01', date: '2025-03-03' } }).statements[0]?.date; // '2025-03-03'
 * profile.profiles.map((p) => [p.speaker, p.mean]);
 * ```
 */
export function analyzeArticle<M extends Readonly<Record<string, unknown>> = Record<never, never>>(
  text: string,
  options?: AnalyzeOptions & { readonly metadata?: M },
): ArticleAnalysis<M> {
  if (typeof text !== 'string') throw new InputError(`analyzeArticle() expects a string, got ${describeValue(text)}`);
  const metadata = options?.metadata ?? ({} as M);
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata))
    throw new OptionsError(
      'metadata',
      `metadata must be an object of the article's fields, got ${describeValue(metadata)}`,
    );
  const resolved = resolveExtractOptions(options);
  const scorer = options?.scorerInstance ?? (options?.scorer ? createScorer(options.scorer) : sharedScorer());
  const statements: ScoredStatement[] = [];
  if (text.trim() !== '') {
    const { ctx, drafts } = extract(text, resolved.lex);
    for (const d of drafts) {
      const statement = toStatement(ctx, d, resolved.aliases);
      const first = ctx.doc.sentenceOf[tokenAt(ctx, d.start)] ?? 0;
      const last = ctx.doc.sentenceOf[tokenAt(ctx, Math.max(d.start, d.end - 1))] ?? first;
      const cue =
        d.cue && statement.spans.cue && statement.cue !== null
          ? { word: d.cue.word, text: statement.cue, span: statement.spans.cue }
          : null;
      const tone = toneWithCue(scorer, statement.text, d.start, cue, last - first + 1);
      statements.push({ ...metadata, ...statement, tone });
    }
  }
  // A ScoredStatement is a ProfileRow (speaker + tone, other fields ride along); interfaces lack the index
  // signature that ProfileRow declares, hence the cast.
  return {
    statements: statements as unknown as ArticleAnalysis<M>['statements'],
    profile: profileSpeakers(statements as unknown as readonly ProfileRow[], options?.profile),
    metadata,
  };
}
