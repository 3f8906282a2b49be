/** The `cue_tone` column of articles mode: what a statement's speech cue did to its tone. */
import type { ScoredStatement } from '../../attribution/types.js';
import { round } from './tone-columns.js';

/**
 * What the speech cue did to a statement's tone, as a cell: `dimension:weight` when the cue lent a hit of its
 * own ("warned" → `threat:-4.4`), `reverses` when it reversed the content's hits, both when it did both
 * ("rejected the offer of talks" → `rejection:-4 reverses`), and empty when it did nothing (a neutral cue such
 * as "said", or none).
 * @example
 * ```ts
 * cueTone(analyzeArticle('Moscow warned that it would respond.').statements[0]); // 'threat:-4.4'
 * ```
 */
export function cueTone(s: ScoredStatement): string {
  const { cue } = s;
  const span = s.spans.cue;
  if (cue === null || span === null) return '';
  const own = s.tone.evidence.find((e) => e.term === cue && e.span[0] === span[0] && e.span[1] === span[1]);
  const reversed = s.tone.evidence.some((e) => e.modifiers.some((m) => m.type === 'reversal' && m.term === cue));
  const adds = own === undefined ? '' : `${own.dimension}:${round(own.weight)}`;
  return reversed ? (adds === '' ? 'reverses' : `${adds} reverses`) : adds;
}
