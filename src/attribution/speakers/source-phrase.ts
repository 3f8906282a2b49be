/**
 * A speaker is a whole noun phrase: "The presidents of Iraq and Egypt", "Lawyers for Ana Ruiz",
 * "Members of parliament from Kenya’s Liberal Democratic Party", "Defense and military officials", "The
 * United Nations, the European Union and the World Bank". From the noun phrase next to the verb, the phrase
 * grows over attachments (of, for, from, in, at, with, on, to, by + a noun phrase) and coordination (and, a
 * comma list ending in "and"), and the longest growth that starts (or ends, after an inverted verb) at a
 * clause boundary is kept: "Israel welcomed the plan and Egypt said" stays "Egypt", because "the plan and
 * Egypt" follows a verb. Linear walks, bounded in length.
 */
import { CLAUSE_PUNCT, type Context, QUOTE_MARKS } from '../document/context.js';
import { isTimeWord, timeAfter, timeBefore } from '../document/time.js';
import type { NameIndex } from './names.js';
import { inPhrase, phraseEnd, phraseStart } from './phrases.js';

const ATTACH = new Set([
  'of',
  'for',
  'from',
  'in',
  'at',
  'with',
  'on',
  'to',
  'by',
  'within',
  'among',
  'inside',
  'outside',
  'near',
  'across',
  'behind',
]);
const COORD = new Set(['and', '&']);
/** Words after which a subject starts its clause. */
const OPENERS = new Set([
  'that',
  'while',
  'whereas',
  'but',
  'and',
  'as',
  'because',
  'although',
  'though',
  'when',
  'after',
  'before',
  'since',
  'if',
  'so',
  'where',
  'whether',
  'which',
  'who',
  'whom',
  'whose',
]);
/** Steps of growth (bounds the walk). */
const MAX_STEPS = 6;

/** Can a noun phrase end at token q (a noun, a name, or a coordinated adjective: "Defense and military")? */
function nounAt(ctx: Context, names: NameIndex, q: number, coordinated: boolean): boolean {
  const p = ctx.doc.pos[q];
  if (ctx.quoteOf[q] !== -1 || isTimeWord(ctx, q)) return false;
  if (p === 'NOUN' || p === 'PROPN' || (names.mentionAt[q] ?? -1) >= 0) return true;
  return coordinated && p === 'ADJ';
}

/**
 * The noun before a modifier that ends before the preposition at token p: an adjective ("people familiar |
 * with the matter"), or a participle naming the author ("an analysis published this week | by", "a report
 * released Tuesday | by"); -1 when there is none. Other participles are left out ("an official involved in").
 */
function modifiedNoun(ctx: Context, names: NameIndex, p: number, floor: number): number {
  const { pos, lower } = ctx.doc;
  let m = p - 1;
  const t = timeBefore(ctx, m, floor);
  if (t >= 0) m = t - 1;
  const participle = /(ed|en|wn|nt)$/.test(lower[m] ?? '');
  if (participle ? lower[p] !== 'by' || (pos[m] !== 'VERB' && pos[m] !== 'ADJ') : pos[m] !== 'ADJ') return -1;
  return nounAt(ctx, names, m - 1, false) ? m - 1 : -1;
}

/** Does a subject starting at token s start its clause? */
function startsClause(ctx: Context, s: number, floor: number): boolean {
  if (s <= floor) return true;
  const { value, lower, pos } = ctx.doc;
  const prev = value[s - 1] ?? '';
  if (CLAUSE_PUNCT.has(prev) || QUOTE_MARKS.has(prev) || OPENERS.has(lower[s - 1] ?? '') || pos[s - 1] === 'SCONJ')
    return true;
  // "On Tuesday the presidents of … said": a time phrase that opens the sentence.
  const t = timeBefore(ctx, s - 1, floor);
  return t >= 0 && (t === floor || CLAUSE_PUNCT.has(value[t - 1] ?? ''));
}

/** Does a subject ending at token e (exclusive), after an inverted verb, end there? */
function endsPhrase(ctx: Context, e: number, ceiling: number): boolean {
  if (e >= ceiling) return true;
  const { value, lower, pos } = ctx.doc;
  const next = value[e] ?? '';
  return (
    CLAUSE_PUNCT.has(next) ||
    QUOTE_MARKS.has(next) ||
    next === '.' ||
    lower[e] === 'who' ||
    lower[e] === 'which' ||
    pos[e] === 'ADV' ||
    isTimeWord(ctx, e) ||
    (ATTACH.has(lower[e] ?? '') && isTimeWord(ctx, e + 1))
  );
}

/** The first token of the noun phrase ending at q: a name mention's first token, else the phrase's. */
function startOf(ctx: Context, names: NameIndex, q: number, floor: number): number {
  const m = names.mentions[names.mentionAt[q] ?? -1];
  const start = m && m.first >= floor ? m.first : q;
  return phraseStart(ctx, start, floor);
}

/**
 * The first token of the whole source phrase whose nearest part starts at `first` (grown leftwards), and
 * where its first part ends (the head phrase: "The presidents" in "The presidents of Iraq and Egypt").
 * `relaxed`: attachments need no clause boundary (the subject of a participle right after its noun phrase:
 * "dismissed a report by a local rights group alleging that …").
 * @example
 * ```ts
 * growLeft(ctx, names, egyptToken, sentence.first); // { first: index of "The", coreEnd: index of "of" }
 * ```
 */
export function growLeft(
  ctx: Context,
  names: NameIndex,
  first: number,
  floor: number,
  relaxed = false,
): { first: number; coreEnd: number; coordinated: boolean } {
  let best = { first, coreEnd: -1, coordinated: false };
  // A time phrase is never the object of an attachment ("Zimbabwe's information ministry on Friday").
  if (timeAfter(ctx, first, ctx.doc.size) > first) return best;
  let s = first;
  let joiner = -1;
  let sawAnd = false;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const p = s - 1;
    const w = ctx.doc.lower[p] ?? '';
    const comma = ctx.doc.value[p] === ',' && sawAnd;
    if (p - 1 < floor || !(ATTACH.has(w) || COORD.has(w) || comma)) break;
    const coordinated = COORD.has(w) || comma;
    const q = nounAt(ctx, names, p - 1, coordinated) ? p - 1 : coordinated ? -1 : modifiedNoun(ctx, names, p, floor);
    if (q < 0) break;
    sawAnd ||= COORD.has(w);
    s = startOf(ctx, names, q, floor);
    // The head phrase ends with its noun (before a participle: "a report | published … by").
    joiner = q + 1;
    if (startsClause(ctx, s, floor) || (relaxed && !coordinated && !sawAnd))
      best = { first: s, coreEnd: joiner, coordinated: best.coordinated || coordinated };
    if (s >= p) break;
  }
  return best;
}

/**
 * The end of the whole source phrase whose nearest part is `[first, end)` after an inverted verb (grown
 * rightwards: "said the Syrian Observatory for Human Rights, a …").
 * @example
 * ```ts
 * growRight(ctx, names, theToken, observatoryEnd, sentence.end); // one past "Rights"
 * ```
 */
export function growRight(
  ctx: Context,
  names: NameIndex,
  end: number,
  ceiling: number,
): { end: number; coordinated: boolean } {
  let best = { end, coordinated: false };
  let e = end;
  let coordinated = false;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const w = ctx.doc.lower[e] ?? '';
    if (e + 1 >= ceiling || !(ATTACH.has(w) || COORD.has(w)) || ctx.quoteOf[e] !== -1) break;
    const q = e + 1;
    if (!inPhrase(ctx, q) || isTimeWord(ctx, q) || ctx.doc.pos[q] === 'PRON') break;
    const m = names.mentions[names.mentionAt[q] ?? -1];
    const next = Math.max(phraseEnd(ctx, q, ceiling), m && m.first === q ? m.end : q);
    if (next <= q) break;
    coordinated ||= COORD.has(w);
    e = next;
    if (endsPhrase(ctx, e, ceiling)) best = { end: e, coordinated };
  }
  return best;
}
