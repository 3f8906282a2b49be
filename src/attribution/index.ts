/**
 * detente/attribution — who said what. Finds the statements in news articles, transcripts and speeches
 * (direct quotations, partial quotes, reported speech) with their speakers, and scores them. Loads wink-nlp
 * and its English lite model (never loaded by the core entry); the pipeline is built on first use.
 */
import { InputError, describeValue } from '../errors.js';
import { toStatement } from './statements/draft.js';
import { extract } from './statements/extract.js';
import { resolveExtractOptions } from './options.js';
import type { ExtractOptions, Statement } from './types.js';

export { analyzeArticle } from './tone/analyze.js';
export { warmUp } from './document/nlp.js';
export type {
  AnalyzeOptions,
  ArticleAnalysis,
  ExtractOptions,
  ScoredStatement,
  SpeakerKind,
  Statement,
  StatementKind,
} from './types.js';

/**
 * The statements of a text, in text order, each with its speaker (or null), kind, cue, spans and confidence.
 * Synchronous; never throws on a string (odd text gives fewer statements). Throws `InputError` on a
 * non-string and `OptionsError` / `LexiconError` on bad options.
 * @example
 * ```ts
 * import { extractStatements } from 'detente/attribution';
 * extractStatements('“I hope the emotions subside a bit,” Mr. Lavrov said.');
 * // [{ text: 'I hope the emotions subside a bit,', speaker: 'Lavrov', mention: 'Mr. Lavrov', kind: 'direct',
 * //    cue: 'said', spans: { content: [1, 35], cue: [48, 52] }, sentence: 0, paragraph: 0, confidence: 0.95 }]
 * ```
 */
export function extractStatements(text: string, options?: ExtractOptions): Statement[] {
  if (typeof text !== 'string')
    throw new InputError(`extractStatements() expects a string, got ${describeValue(text)}`);
  const resolved = resolveExtractOptions(options);
  if (text.trim() === '') return [];
  const { ctx, drafts } = extract(text, resolved.lex);
  return drafts.map((d) => toStatement(ctx, d, resolved.aliases));
}
