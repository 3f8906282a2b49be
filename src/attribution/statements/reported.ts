/**
 * Reported speech in one sentence: each cue not used by a direct quotation claims the clause after it
 * ("said Mr. Biden would travel…"), up to the next coordinated cue ("…, while Mr. Blinken called them…",
 * "…and said…") or the sentence end. A cue inside another cue's clause ("he told reporters that Mr. Blinken
 * had agreed…") is part of that clause, not a statement of its own. "according to X" claims the clause
 * before it; a cue with nothing after it ("The talks were useful, Mr. Lavrov said.") claims the one before.
 * Quotations inside a claimed clause make it `partial`.
 */

import { closes } from '../cues/adverbial.js';
import { clauseBoundary, clauseStart, verbCoordination } from '../cues/clauses.js';
import type { Cue } from '../cues/cues.js';
import type { Context } from '../document/context.js';
import type { Sentence } from '../document/document.js';
import { wordClass } from '../document/word-classes.js';
import { phraseStart } from '../speakers/phrases.js';
import type { Speaker } from '../speakers/source.js';
import { type Draft, tokenSpan, wordCount } from './draft.js';

interface Region {
  readonly cue: Cue;
  first: number;
  end: number;
  readonly speaker: Speaker;
}

/**
 * Drafts the reported statements of one sentence. `consumed[q]` marks quotations already used (direct ones
 * are 1; quotations taken into a partial statement are set to 2 here).
 * @example
 * ```ts
 * reportedDrafts(ctx, sentence, unusedCues, consumed, (cue) => resolveSpeaker(…));
 * ```
 */
export function reportedDrafts(
  ctx: Context,
  sentence: Sentence,
  cues: readonly Cue[],
  consumed: Uint8Array,
  resolve: (cue: Cue) => Speaker,
): Draft[] {
  const regions: Region[] = [];
  let from = 0;
  // "according to X" at the start claims the rest of the sentence; elsewhere the clause before it, cues
  // inside that clause included.
  const according = cues.find((c) => c.kind === 'according');
  if (according) {
    const atStart = according.first - sentence.first <= 1;
    let first = according.contentFirst;
    while (atStart && first < sentence.end && ctx.doc.value[first] !== ',') first += 1;
    const region = atStart
      ? { cue: according, first: first + 1, end: sentence.end, speaker: resolve(according) }
      : { cue: according, first: sentence.first, end: clauseStart(according), speaker: resolve(according) };
    regions.push(region);
    from = atStart ? cues.length : cues.indexOf(according) + 1;
  }
  // Where the clause a closing cue can claim begins: after the last closing cue, or the sentence start.
  let floor = from > 0 && according ? according.end : sentence.first;
  for (const cue of cues.slice(from)) {
    if (cue.kind === 'according') continue;
    const closing = closes(ctx, cue, sentence);
    if (cue.nested && !closing) continue;
    const start = clauseStart(cue);
    if (closing) {
      // "…, a spokeswoman for the airline said (on Tuesday)." claims the clause before it, cues inside that
      // clause included.
      const until = descriptionBefore(ctx, cue.inverted || !cue.subject ? cue.first : cue.subject.first);
      const before = afterOpeners(ctx, floor, until);
      if (wordCount(ctx, before, until) < 2) continue;
      while ((regions.at(-1)?.first ?? -1) >= floor) regions.pop();
      const last = regions.at(-1);
      if (last && last.end > before) last.end = before;
      regions.push({ cue, first: before, end: until, speaker: resolve(cue) });
      floor = cue.end;
      continue;
    }
    const last = regions.at(-1);
    let speaker: Speaker;
    if (cue.subject === null) {
      const boundary = last ? verbCoordination(ctx, cue) : -1;
      if (!last || boundary < last.first) continue;
      last.end = Math.min(last.end, boundary);
      speaker = { ...last.speaker, confidence: last.speaker.confidence * 0.95 };
    } else {
      if (last && start < last.end && start >= last.first) {
        const boundary = clauseBoundary(ctx, cue);
        if (boundary < 0) continue;
        last.end = boundary;
      }
      speaker = resolve(cue);
    }
    const region: Region = { cue, first: cue.contentFirst, end: sentence.end, speaker };
    if (cue.kind === 'noun') {
      // A reporting noun ("declaration that …") only counts when its clause carries a quotation.
      region.end = endOfFirstQuote(ctx, region.first, sentence.end);
      if (region.end < 0) continue;
    }
    regions.push(region);
  }
  const drafts: Draft[] = [];
  for (const r of regions) {
    let end = r.end;
    let partial = false;
    for (let k = r.first; k < end; k += 1) {
      const q = ctx.quoteOf[k] ?? -1;
      if (q < 0) continue;
      if (consumed[q] === 1) {
        end = k;
        break;
      }
      consumed[q] = 2;
      partial = true;
    }
    const enough = enoughContent(ctx, r.first, end) || (r.first === r.cue.contentFirst && complement(ctx, r.cue, end));
    const span = enough && !anonymity(ctx, r.first) ? tokenSpan(ctx, r.first, end) : null;
    if (!span) continue;
    drafts.push({
      start: span[0],
      end: span[1],
      kind: partial ? 'partial' : 'indirect',
      cue: r.cue,
      speaker: r.speaker,
      confidence: r.speaker.confidence,
    });
  }
  return drafts;
}

const OPENERS = new Set([',', ';', 'while', 'whereas', 'but', 'and', 'as']);

/**
 * "…, a military spokesman, Col. Olav Brekke, said.": a description set off before the name belongs to the
 * source, not to what was said. Returns where the source begins (the description's first token, or `at`).
 */
function descriptionBefore(ctx: Context, at: number): number {
  const { value, pos } = ctx.doc;
  if (value[at - 1] !== ',' || (pos[at - 2] !== 'NOUN' && pos[at - 2] !== 'PROPN')) return at;
  const first = phraseStart(ctx, at - 2, 0);
  const opens = pos[first] === 'DET' || pos[first] === 'ADJ';
  return opens && value[first - 1] === ',' && first < at - 2 ? first : at;
}

/** Skips the punctuation and conjunctions that open a claimed clause. */
function afterOpeners(ctx: Context, from: number, until: number): number {
  let k = from;
  while (k < until && OPENERS.has(ctx.doc.lower[k] ?? '')) k += 1;
  return k;
}

/**
 * "who asked not to be named", "requested anonymity", "briefed reporters on condition of anonymity": how a
 * source asked to be named describes the source;
 * it is not something the source said.
 */
function anonymity(ctx: Context, first: number): boolean {
  const w = ctx.doc.lower;
  // "briefed reporters on (the) condition of anonymity": how the source spoke, not what.
  for (let k = first; k < first + 4; k += 1) if (w[k] === 'anonymity') return true;
  const at = w[first] === 'not' ? first + 1 : first;
  if (w[first] === 'anonymity' || (w[at] === 'to' && w[at + 1] === 'remain' && w[at + 2] === 'anonymous')) return true;
  if (w[at] !== 'to') return false;
  const be = w[at + 1] === 'not' ? at + 2 : at + 1;
  return w[be] === 'be' && ['named', 'identified', 'quoted', 'cited'].includes(w[be + 1] ?? '');
}

/**
 * Reported content needs three words, or two that start with an object ("welcomed the agreement"): a bare
 * adverbial ("responded on Tuesday") is not something said.
 */
function enoughContent(ctx: Context, first: number, end: number): boolean {
  const words = wordCount(ctx, first, end);
  if (words >= 3) return true;
  const p = ctx.doc.pos[first];
  return words === 2 && (p === 'DET' || p === 'NOUN' || p === 'PROPN' || p === 'PRON');
}

/** Prepositions that open a speech verb's second complement ("accused X of …", "thanked X for …", "warned against …"). */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'for', 'against', 'over']);

/**
 * Short content that is still the speech verb's complement, so something said: a lone common noun as its
 * object ("condemned violence", "called for restraint") or a complement preposition with a noun or a gerund
 * ("accused Valmora of stalling", "warned of escalation"). Typical of a verb coordinated with another, whose
 * content ends at the coordinator ("…of stalling and demanded that …"). A time word is no object ("said
 * yesterday"), nor a name after a preposition ("spoke for Valmora").
 */
function complement(ctx: Context, cue: Cue, end: number): boolean {
  if (cue.kind !== 'verb' || cue.inverted) return false;
  const { pos, lower } = ctx.doc;
  const first = cue.contentFirst;
  const words = wordCount(ctx, first, end);
  const object = (k: number): boolean =>
    wordClass(ctx, k) !== 'time' && (pos[k] === 'NOUN' || (pos[k] === 'VERB' && (lower[k] ?? '').endsWith('ing')));
  // After the cue's own preposition a lone adjective is a noun wink mistagged ("called for calm").
  if (words === 1) return object(first) || (pos[first] === 'ADJ' && pos[first - 1] === 'ADP');
  return words === 2 && COMPLEMENT_PREPOSITIONS.has(lower[first] ?? '') && object(first + 1);
}

/** A reporting noun's clause ends with the first quotation in it ("declaration that … “off the table,”"). */
function endOfFirstQuote(ctx: Context, first: number, end: number): number {
  for (let k = first; k < end; k += 1) {
    const q = ctx.quoteOf[k] ?? -1;
    if (q < 0) continue;
    while (k < end && ctx.quoteOf[k] === q) k += 1;
    return k;
  }
  return -1;
}
