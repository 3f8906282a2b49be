/**
 * Clauses inside a sentence: where a second statement begins ("…, while Mr. Blinken called", "…; Mr. Lavrov
 * said", "…, and he told reporters", "…and said…", "…, saying …", "…, after the RSF said …", "…, which police
 * said killed …", "…, with the group's spokesman vowing …") and which cues sit inside another cue's clause
 * instead ("he told reporters that Mr. Blinken had agreed").
 */
import type { Context } from '../document/context.js';
import type { Cue } from './cue.js';

const BREAKERS = new Set(['while', 'whereas', 'but', ';']);
/** A subordinate clause is a statement of its own, not the content of the verb before it. */
const SUBORDINATORS = new Set([
  'after',
  'before',
  'when',
  'as',
  'since',
  'because',
  'although',
  'though',
  'until',
  'once',
  'even',
  'unless',
]);
/** Conjunctions that open the reported content itself ("said that …", "asked whether …"). */
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if']);
const RELATIVES = new Set(['which', 'who', 'that', 'whom']);

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

/**
 * The first token of a cue's clause: its subject when that comes first, else the cue.
 * @example
 * ```ts
 * clauseStart(cue); // index of "Mr." in "Mr. Lavrov said"
 * ```
 */
export function clauseStart(cue: Cue): number {
  if (cue.kind === 'participle') return cue.first;
  return cue.subject && !cue.inverted ? Math.min(cue.subject.first, cue.first) : cue.first;
}

/**
 * Where the clause before must end for this cue's clause to be a statement of its own (the coordinator,
 * the comma before a participle, a subordinator or a relative pronoun), or -1 when the cue's clause does not
 * stand apart from the one before it.
 * @example
 * ```ts
 * clauseBoundary(ctx, addingCue); // index of the comma in "…, adding that …"
 * ```
 */
export function clauseBoundary(ctx: Context, cue: Cue): number {
  const { lower, value, pos } = ctx.doc;
  const start = clauseStart(cue);
  const coordinated = coordinatorBefore(ctx, start);
  if (coordinated >= 0) return coordinated;
  const p = start - 1;
  const comma = (k: number): number => (value[k - 1] === ',' ? k - 1 : k);
  if (cue.kind === 'participle') return value[p] === ',' ? p : -1;
  if (SUBORDINATORS.has(lower[p] ?? '') || (pos[p] === 'SCONJ' && !COMPLEMENTIZERS.has(lower[p] ?? '')))
    return comma(p);
  // "…, which police said killed …", "a plan that aid groups said would …" (not "said that X said").
  if (RELATIVES.has(lower[p] ?? '') && (value[p - 1] === ',' || pos[p - 1] === 'NOUN' || pos[p - 1] === 'PROPN'))
    return comma(p);
  // "…, senior official X telling AFP …", "…, with the group's spokesman vowing …": a clause of its own.
  if (cue.subject && !cue.inverted && (lower[cue.first] ?? '').endsWith('ing')) {
    if (lower[p] === 'with') return comma(p);
    if (value[p] === ',') return p;
  }
  return -1;
}

/**
 * Marks the cues of one sentence that sit inside an earlier cue's reported clause without a clause boundary.
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
    const outers = cues
      .slice(0, n)
      .filter(
        (p) => !p.inverted && p.kind !== 'according' && p.subject !== null && p.contentFirst <= start && p.end <= start,
      );
    if (outers.length === 0) continue;
    // The clause right where an earlier cue's content starts is that content ("told reporters that X had agreed").
    const content = cue.kind !== 'participle' && outers.some((p) => p.contentFirst === start);
    if (content || (clauseBoundary(ctx, cue) < 0 && !(cue.subject === null && verbCoordination(ctx, cue) >= 0)))
      cue.nested = true;
  }
}
