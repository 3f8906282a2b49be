/**
 * attribution/tone/ — scoring statements: content plus the cue's tone, then per-speaker profiles.
 *
 * `analyzeArticle`: extraction, then each statement scored as its content plus its cue's tone
 * (see cue-tone.ts), then `profileSpeakers` over the scored statements.
 */
import { describeValue, InputError } from '../../errors.js';
import { profileSpeakers } from '../../profile/profile-speakers.js';
import type { ProfileRow } from '../../profile/types.js';
import { createScorer } from '../../scoring/create-scorer.js';
import type { Scorer } from '../../scoring/types.js';
import { resolveExtractOptions } from '../options.js';
import { tokenAt, toStatement } from '../statements/draft.js';
import { extract } from '../statements/extract.js';
import type { AnalyzeOptions, ArticleAnalysis, ScoredStatement } from '../types.js';
import { applyCueTone } from './cue-tone.js';

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
 * profile.profiles.map((p) => [p.speaker, p.mean]);
 * ```
 */
export function analyzeArticle(text: string, options?: AnalyzeOptions): ArticleAnalysis {
  if (typeof text !== 'string') throw new InputError(`analyzeArticle() expects a string, got ${describeValue(text)}`);
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
      const tone = applyCueTone(scorer.score(statement.text), d.start, cue, last - first + 1, scorer.thresholds);
      statements.push({ ...statement, tone });
    }
  }
  // A ScoredStatement is a ProfileRow (speaker + tone, other fields ride along); interfaces lack the index
  // signature that ProfileRow declares, hence the cast.
  return { statements, profile: profileSpeakers(statements as unknown as readonly ProfileRow[], options?.profile) };
}
