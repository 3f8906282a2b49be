/**
 * A statement under construction: token-level regions and the resolved speaker, turned into the public
 * `Statement` (character spans, cue text) at the end.
 */

import type { Cue } from '../cues/cues.js';
import type { Context } from '../document/context.js';
import type { Speaker } from '../speakers/source.js';
import type { Statement, StatementKind } from '../types.js';

/** A statement before it is written out. Content is characters `[start, end)`. */
export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly kind: StatementKind;
  readonly cue: Cue | null;
  readonly speaker: Speaker;
  readonly confidence: number;
}

const TRAILING = new Set(['.', ',', ';', ':', '—', '–', '-']);
const LEADING = new Set([',', ';', ':', '—', '–', '-']);

/**
 * The character span of tokens `[first, end)` without leading and trailing clause punctuation (quote marks
 * stay), or null when nothing is left.
 * @example
 * ```ts
 * tokenSpan(ctx, 12, 20); // [140, 188]
 * ```
 */
export function tokenSpan(ctx: Context, first: number, end: number): [number, number] | null {
  const { value, start, end: stop } = ctx.doc;
  let a = first;
  let b = end;
  while (a < b && LEADING.has(value[a] ?? '')) a += 1;
  while (b > a && TRAILING.has(value[b - 1] ?? '')) b -= 1;
  if (b <= a) return null;
  let s = start[a] ?? 0;
  let e = stop[b - 1] ?? 0;
  // A region that ends inside a quotation ends with it (the closing mark included).
  const q = ctx.quotes[ctx.quoteOf[b - 1] ?? -1];
  if (q && q.after > e) e = q.after;
  const q0 = ctx.quotes[ctx.quoteOf[a] ?? -1];
  if (q0 && q0.open < s) s = q0.open;
  return [s, e];
}

/**
 * Counts word tokens (not punctuation) in `[first, end)`.
 * @example
 * ```ts
 * wordCount(ctx, cue.contentFirst, sentence.end); // 0 for "…, Mr. Lavrov said."
 * ```
 */
export function wordCount(ctx: Context, first: number, end: number): number {
  let n = 0;
  for (let k = first; k < end; k += 1) if (ctx.doc.pos[k] !== 'PUNCT' && ctx.doc.pos[k] !== 'SYM') n += 1;
  return n;
}

/**
 * Writes a draft out as a public statement, applying the alias map to the speaker.
 * @example
 * ```ts
 * toStatement(ctx, draft, aliases).text; // 'We didn’t expect any breakthroughs to happen today,'
 * ```
 */
export function toStatement(ctx: Context, d: Draft, aliases: ReadonlyMap<string, string>): Statement {
  const { doc } = ctx;
  const cueSpan: [number, number] | null = d.cue ? [doc.start[d.cue.first] ?? 0, doc.end[d.cue.end - 1] ?? 0] : null;
  const firstToken = tokenAt(ctx, d.start);
  const sentence = doc.sentenceOf[firstToken] ?? 0;
  const raw = d.speaker.speaker;
  const speaker = raw === null ? null : (aliases.get(raw.toLowerCase()) ?? raw);
  return {
    text: doc.text.slice(d.start, d.end),
    speaker,
    speakerKind: speaker === null ? null : d.speaker.kind,
    title: speaker === null ? null : d.speaker.title,
    affiliation: speaker === null ? null : d.speaker.affiliation,
    mention: d.speaker.mention,
    kind: d.kind,
    cue: cueSpan ? doc.text.slice(cueSpan[0], cueSpan[1]) : null,
    spans: { content: [d.start, d.end], cue: cueSpan },
    sentence,
    paragraph: doc.sentences[sentence]?.paragraph ?? 0,
    confidence: speaker === null ? 0 : Math.round(Math.min(1, Math.max(0, d.confidence)) * 100) / 100,
  };
}

/**
 * The first token that ends after character `at` (binary search over the token table).
 * @example
 * ```ts
 * ctx.doc.sentenceOf[tokenAt(ctx, statement.spans.content[0])]; // the statement's sentence
 * ```
 */
export function tokenAt(ctx: Context, at: number): number {
  let lo = 0;
  let hi = ctx.doc.size - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.doc.end[mid] ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}
