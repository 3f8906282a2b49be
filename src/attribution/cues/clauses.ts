/**
 * Clause coordination inside a sentence: where a second statement begins ("…, while Mr. Blinken called",
 * "…; Mr. Lavrov said", "…, and he told reporters", "…and said…") and which cues sit inside another cue's
 * clause instead ("he told reporters that Mr. Blinken had agreed").
 */
import type { Context } from '../document/context.js';
import type { Cue } from './cue.js';

const BREAKERS = new Set(['while', 'whereas', 'but', ';']);

/**
 * Where a coordinated clause starting at token t begins (its coordinator), or -1 if t is not coordinated.
 * @example
 * ```ts
 * coordinatorBefore(ctx, mrTokenAfterWhile); // index of "while"
 * ```
 */
export function coordinatorBefore(ctx: Context, t: number): number {
  const { lower, value } = ctx.doc;
  const p = t - 1;
  if (BREAKERS.has(lower[p] ?? '')) return value[p - 1] === ',' ? p - 1 : p;
  if ((lower[p] === 'and' || lower[p] === 'or') && value[p - 1] === ',') return p - 1;
  return -1;
}

/**
 * For a verb coordinated with the one before ("…and said…", same speaker), the coordinator's index, else -1.
 * @example
 * ```ts
 * verbCoordination(ctx, saidCue); // index of "and"
 * ```
 */
export function verbCoordination(ctx: Context, cue: Cue): number {
  let p = cue.first - 1;
  while (ctx.doc.pos[p] === 'ADV') p -= 1;
  if (ctx.doc.lower[p] === 'and' || ctx.doc.lower[p] === 'but') return ctx.doc.value[p - 1] === ',' ? p - 1 : p;
  return -1;
}

/** The first token of a cue's clause: its subject when that comes first, else the cue. */
export function clauseStart(cue: Cue): number {
  return cue.subject && !cue.inverted ? Math.min(cue.subject.first, cue.first) : cue.first;
}

/**
 * Marks the cues of one sentence that sit inside an earlier cue's reported clause without coordination.
 * @example
 * ```ts
 * markNested(ctx, cues); // "he told reporters that Mr. Blinken had agreed" → the "agreed" cue is nested
 * ```
 */
export function markNested(ctx: Context, cues: readonly Cue[]): void {
  for (let n = 1; n < cues.length; n += 1) {
    const cue = cues[n];
    if (!cue) continue;
    const start = clauseStart(cue);
    const outer = cues
      .slice(0, n)
      .some((p) => !p.inverted && p.kind !== 'according' && p.contentFirst <= start && p.end <= start);
    if (outer && coordinatorBefore(ctx, start) < 0 && !(cue.subject === null && verbCoordination(ctx, cue) >= 0))
      cue.nested = true;
  }
}
