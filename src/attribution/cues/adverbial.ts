/**
 * What follows a speech verb: nothing but adverbials ("…, the ministry said here on Tuesday in a statement.",
 * "…, officials said, as parents gathered outside."), or a clause ("added that …", "added the talks would
 * resume"). A verb with only adverbials after it reports the clause before its subject (wire copy's
 * "…, SOURCE said." order); a verb that needs a clause ("recalled", "added", "charged") reports nothing with
 * a plain object ("recalled its ambassador", "charged 12 officers with murder").
 */
import { type Context, QUOTE_MARKS } from '../document/context.js';
import type { Sentence } from '../document/document.js';
import { timeAfter } from '../document/time.js';
import { phraseEnd } from '../speakers/phrases.js';
import type { Cue } from './cue.js';

/** Conjunctions that open a circumstantial clause after "SOURCE said," ("as", "while", "after"). */
const SUBORDINATE = new Set([
  'as',
  'while',
  'whereas',
  'after',
  'before',
  'when',
  'because',
  'although',
  'though',
  'since',
  'until',
  'amid',
  'despite',
  'but',
  'and',
  'citing',
  'according',
]);

/**
 * Are tokens `[from, to)` only adverbials (time phrases, adverbs, prepositional phrases, a participle modifier
 * such as "posted on its website")? It also succeeds at a comma that opens another clause (a participle,
 * a subordinate clause, a quotation), which is not this verb's content.
 * @example
 * ```ts
 * adverbialOnly(ctx, saidToken + 1, sentence.end); // true for "…, the union said late on Thursday."
 * ```
 */
export function adverbialOnly(ctx: Context, from: number, to: number): boolean {
  const { pos, lower, value } = ctx.doc;
  let k = from;
  while (k < to) {
    const v = value[k] ?? '';
    if (v === ',' || v === ';' || v === '—' || v === '–') {
      const next = k + 1;
      if (next >= to || QUOTE_MARKS.has(value[next] ?? '') || ctx.quoteOf[next] !== -1) return true;
      if (SUBORDINATE.has(lower[next] ?? '') || pos[next] === 'SCONJ') return true;
      if (pos[next] === 'VERB' && (lower[next] ?? '').endsWith('ing')) return true;
      k += 1;
      continue;
    }
    if (pos[k] === 'PUNCT' || pos[k] === 'ADV' || pos[k] === 'PART') {
      if (lower[k] === 'that') return false;
      k += 1;
      continue;
    }
    const time = timeAfter(ctx, k, to);
    if (time > k) {
      k = time;
      continue;
    }
    if (pos[k] === 'ADP' && lower[k] !== 'that') {
      const end = phraseEnd(ctx, k + 1, to);
      if (end <= k + 1) return false;
      k = end;
      continue;
    }
    // A participle modifying the noun before it ("a statement posted on its website").
    if (pos[k] === 'VERB' && /ed$/.test(lower[k] ?? '') && (pos[k - 1] === 'NOUN' || pos[k - 1] === 'PROPN')) {
      k += 1;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * Do tokens `[first, end)` hold a clause of their own: a verb with a subject before it, or an auxiliary,
 * before the first comma ("the talks would resume", "Russia has been warned")?
 * @example
 * ```ts
 * hasClause(ctx, contentFirst, sentence.end); // false for "its ambassador to Paris on Tuesday"
 * ```
 */
export function hasClause(ctx: Context, first: number, end: number): boolean {
  const { pos, lower, value } = ctx.doc;
  for (let k = first; k < Math.min(end, first + 16); k += 1) {
    if (value[k] === ',' || value[k] === ';' || value[k] === ':') return false;
    if (ctx.quoteOf[k] !== -1) return true;
    if (pos[k] === 'AUX') return true;
    const before = pos[k - 1];
    if (
      pos[k] === 'VERB' &&
      k > first &&
      !(lower[k] ?? '').endsWith('ing') &&
      (before === 'NOUN' || before === 'PROPN' || before === 'PRON')
    )
      return true;
  }
  return false;
}

/**
 * Does this cue close its clause ("…, the ministry said on Tuesday.", "…, said Mr. Lavrov.")? * @example
 * ```ts
 * closes(ctx, saidCue, sentence); // true for "…, the ministry said on Tuesday."
 * ```
 */
export function closes(ctx: Context, cue: Cue, sentence: Sentence): boolean {
  if (cue.kind !== 'verb' || cue.subject === null) return false;
  const first = cue.inverted ? cue.first : cue.subject.first;
  if (ctx.doc.value[first - 1] !== ',') return false;
  return cue.inverted || adverbialOnly(ctx, cue.end, sentence.end);
}

/**
 * A verb that needs a clause ("recalled", "added") with a plain object after it reports nothing.
 * @example
 * ```ts
 * lacksClause(ctx, recalledCue, sentence.end); // true for "recalled its ambassador to Paris"
 * ```
 */
export function lacksClause(ctx: Context, cue: Cue, end: number): boolean {
  if (cue.word.entry.needs !== 'clause' || cue.kind === 'noun') return false;
  const { lower, value } = ctx.doc;
  if (lower[cue.contentFirst - 1] === 'that' || value[cue.end] === ':') return false;
  // "wrote on social media: “…”": a colon or a quotation after adverbials.
  for (let k = cue.end; k < Math.min(end, cue.end + 12); k += 1) {
    if (value[k] === ':' || ctx.quoteOf[k] !== -1) return !adverbialOnly(ctx, cue.end, k);
  }
  return !hasClause(ctx, cue.contentFirst, end);
}

/**
 * Past a time phrase at token k ("threatened on Tuesday to …", "warned late on Friday the truce …"): when
 * and what are apart. Not when the time word opens the content ("said Monday's meeting …", "warned of days of
 * unrest"), nor across a comma.
 * @example
 * ```ts
 * pastTime(ctx, cue.end, sentence.end); // the token of "to" in "threatened on Tuesday to impose …"
 * ```
 */
export function pastTime(ctx: Context, k: number, ceiling: number): number {
  const end = timeAfter(ctx, k, ceiling);
  if (end <= k || end >= ceiling) return k;
  const next = ctx.doc.lower[end] ?? '';
  // A comma after the time phrase closes a modifier ("a video posted on Sunday, …"), not a cue.
  if (next === '’s' || next === "'s" || next === 'of' || next === ',' || ctx.doc.pos[end] === 'NOUN') return k;
  return end;
}
