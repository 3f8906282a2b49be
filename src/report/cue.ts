/**
 * What a statement's speech cue did to its tone, so the page can say it next to the statement: a cue with a
 * tone of its own ("warned", "praised") adds a hit, an operator cue ("denied", "rejected") reverses the hits
 * it governs, a neutral cue ("said") does nothing. Read from the evidence when the row has it (statements of
 * `analyzeArticle`), else from the `cue_tone` column `detente extract` writes.
 */
import type { Evidence } from '../scoring/types.js';
import type { ReportRow } from './types.js';

/** The cue of a statement and its effect on the tone. */
export interface CueEffect {
  /** The cue as written ("told reporters", "warned"). */
  readonly cue: string;
  /** The hit the cue added of its own, or null. */
  readonly adds: { readonly dimension: string; readonly weight: number } | null;
  /** That hit in the row's evidence (not in the statement's text), when the evidence holds it. */
  readonly hit: Evidence | null;
  /**
   * Whether the cue reversed hits: `'marked'` when the evidence shows them reversed, `'unmarked'` when only the
   * `cue_tone` column says so (the evidence then is the text's own), `'no'` otherwise.
   */
  readonly reverses: 'no' | 'marked' | 'unmarked';
}

/** `[start, end]` of a span field, or null. */
function spanOf(value: unknown): readonly [number, number] | null {
  return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number'
    ? [value[0], value[1]]
    : null;
}

/** `threat:-4` (or `rejection:-4 reverses`) → { dimension, weight }; `reverses` and anything else → null. */
function parseColumn(cell: unknown): { dimension: string; weight: number } | null {
  if (typeof cell !== 'string') return null;
  const own = cell.split(' ')[0] ?? '';
  const at = own.lastIndexOf(':');
  const weight = Number(own.slice(at + 1));
  return at > 0 && Number.isFinite(weight) && weight !== 0 ? { dimension: own.slice(0, at), weight } : null;
}

/**
 * The cue of `row` and what it did, or null when the row names no cue.
 * @example
 * ```ts
 * cueEffect({ speaker: 'Kovac', cue: 'warned', cue_tone: 'threat:-4', tone }, tone.evidence);
 * // { cue: 'warned', adds: { dimension: 'threat', weight: -4 }, hit: null, reverses: 'no' }
 * ```
 */
export function cueEffect(row: ReportRow, evidence: readonly Evidence[]): CueEffect | null {
  const cue = row.cue;
  if (typeof cue !== 'string' || cue.trim() === '') return null;
  const spans = row.spans as { content?: unknown; cue?: unknown } | null | undefined;
  const cueSpan = spanOf(spans?.cue);
  const content = spanOf(spans?.content);
  // The cue's own hit is on the cue: at the cue's span when the row gives it, else outside the statement's text.
  const hit =
    evidence.find((e) => {
      if (e.term !== cue) return false;
      if (cueSpan !== null) return e.span[0] === cueSpan[0] && e.span[1] === cueSpan[1];
      return content !== null && (e.span[1] <= content[0] || e.span[0] >= content[1]);
    }) ?? null;
  const marked = evidence.some((e) => (e.modifiers ?? []).some((m) => m.type === 'reversal' && m.term === cue));
  const column = row.cue_tone;
  return {
    cue,
    adds: hit !== null ? { dimension: hit.dimension, weight: hit.weight } : parseColumn(column),
    hit,
    reverses: marked ? 'marked' : typeof column === 'string' && column.endsWith('reverses') ? 'unmarked' : 'no',
  };
}
