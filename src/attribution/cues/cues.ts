/**
 * attribution/cues/ — finding the cues: speech verbs, "according to", reporting nouns, and how their clauses coordinate.
 *
 * Cues: the words that say someone said something. Speech verbs ("said", "told reporters", "made clear"),
 * "according to X", participles that borrow the main subject ("…, insisting that"), and reporting nouns
 * with a possessor ("Mr. Biden’s declaration that", "his warning that"). Each cue gets its subject and the
 * token where its reported content would begin.
 */

import { type Context, QUOTE_MARKS } from '../document/context.js';
import type { Sentence } from '../document/document.js';
import type { CueWord } from '../document/lexicons.js';
import { timeAfter } from '../document/time.js';
import { wordClass } from '../document/word-classes.js';
import type { NameIndex } from '../speakers/names.js';
import { inPhrase, phraseEnd, phraseStart } from '../speakers/phrases.js';
import { findSubject, type Subject, simpleSubject, subjectEndingAt } from '../speakers/subject.js';
import { closes, lacksClause, pastTime } from './adverbial.js';
import { markNested } from './clauses.js';
import type { Cue } from './cue.js';

export type { Cue } from './cue.js';

/** Verbs whose first object is the audience, not the content ("told reporters that"). */
const AUDIENCE = new Set([
  'tell',
  'assure',
  'reassure',
  'warn',
  'inform',
  'remind',
  'brief',
  'promise',
  'thank',
  'accuse',
]);
const POSSESSIVE = new Set(['’s', "'s"]);
const RELATIVES = new Set(['who', 'which', 'that']);
const OBJECT_START = new Set(['NOUN', 'ADJ', 'NUM', 'DET', 'PROPN']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** The entry matching at token i, longest first, if any. */
function matchCue(ctx: Context, i: number): CueWord | undefined {
  return matchCueAt(ctx, i)?.word;
}

/**
 * The entry matching at token i and the end of its words. A time phrase may sit inside a phrasal entry
 * ("called on Sunday for" is "call for", not "call on").
 */
function matchCueAt(ctx: Context, i: number): { word: CueWord; end: number } | undefined {
  const list = ctx.lex.verbs.get(ctx.doc.lower[i] ?? '');
  if (!list) return undefined;
  const rest = (cw: CueWord, at: number): boolean => cw.rest.every((w, k) => ctx.doc.lower[at + k] === w);
  const time = timeAfter(ctx, i + 1, ctx.doc.size);
  if (time > i + 1) {
    const gapped = list.find((cw) => cw.rest.length > 0 && rest(cw, time));
    if (gapped) return { word: gapped, end: time + gapped.rest.length };
  }
  const word = list.find(
    (cw) => rest(cw, i + 1) && !(cw.rest.length > 0 && time > i + 1 && time <= i + 1 + cw.rest.length),
  );
  return word ? { word, end: i + 1 + word.rest.length } : undefined;
}

/** Is token k a verb used as a modifier or a noun ("a hastily scheduled meeting", "Friday’s meeting")? */
function modifierVerb(ctx: Context, k: number): boolean {
  const prev = ctx.doc.pos[k - 1];
  const after = prev === 'DET' || prev === 'ADJ' || POSSESSIVE.has(ctx.doc.lower[k - 1] ?? '');
  return ctx.doc.pos[k] === 'VERB' && (after || (prev === 'ADV' && ctx.doc.pos[k + 1] === 'NOUN'));
}

/** "that" opening a clause ("said that he…"), not a pronoun ("said that was wrong"). */
function complementizer(ctx: Context, n: number): boolean {
  if (ctx.doc.lower[n] !== 'that') return false;
  const next = ctx.doc.pos[n + 1];
  if (next === 'VERB') return (ctx.doc.lower[n + 1] ?? '').endsWith('ing');
  return next !== 'AUX' && next !== 'PUNCT' && next !== 'ADP';
}

/** Sets where the content starts and extends the cue over an audience or a reporting noun. */
function placeContent(ctx: Context, cue: Cue, ceiling: number): void {
  const { lower, pos, value } = ctx.doc;
  let k = cue.end;
  // "repeated Russia’s denials that …": the reporting noun joins the cue and lends it its tone.
  for (let n = k; n < Math.min(ceiling, k + 6) && inPhrase(ctx, n); n += 1) {
    const noun = pos[n] === 'NOUN' ? matchCue(ctx, n) : undefined;
    if (noun && lower[n + 1] === 'that') {
      cue.end = n + 1;
      if (cue.word.entry.tone === 'neutral') cue.word = noun;
      cue.contentFirst = n + 2;
      return;
    }
  }
  for (let n = k; n < Math.min(ceiling, k + 30); n += 1) {
    if (ctx.quoteOf[n] !== -1 || pos[n] === 'AUX' || (pos[n] === 'VERB' && !modifierVerb(ctx, n))) break;
    if (complementizer(ctx, n)) {
      cue.contentFirst = n + 1;
      return;
    }
  }
  k = pastTime(ctx, k, ceiling);
  if (AUDIENCE.has(cue.word.entry.term) && ctx.quoteOf[k] === -1) {
    const audience = OBJECT_PRONOUNS.has(lower[k] ?? '') ? k + 1 : phraseEnd(ctx, k, ceiling);
    // A phrase with a verb after it is the subject of what was said ("warned the truce could collapse").
    const subject = pos[audience] === 'AUX' || pos[audience] === 'VERB';
    if (!subject) {
      if (audience > k && audience - k <= 3) cue.end = audience;
      k = pastTime(ctx, audience, ceiling);
    }
  }
  if (value[k] === ':' || value[k] === ',') k += 1;
  cue.contentFirst = k;
}

/** "Mr. Biden’s early-December declaration that …" / "his warning that …": the possessor speaks. */
function nounCue(ctx: Context, names: NameIndex, i: number, word: CueWord): Cue | undefined {
  const { lower, value } = ctx.doc;
  const next = value[i + 1] ?? '';
  if (lower[i + 1] !== 'that' && !QUOTE_MARKS.has(next)) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - 5); k -= 1) {
    if (value[k] === '-') continue;
    const pronoun = POSSESSIVE_PRONOUN[lower[k] ?? ''];
    if (pronoun !== undefined) {
      return {
        first: i,
        end: i + 1,
        word,
        kind: 'noun',
        subject: simpleSubject(k, k + 1, 'pronoun'),
        inverted: false,
        contentFirst: lower[i + 1] === 'that' ? i + 2 : i + 1,
      };
    }
    if (POSSESSIVE.has(lower[k] ?? '')) {
      const m = names.mentionAt[k - 1] ?? -1;
      const mention = names.mentions[m];
      if (!mention) return undefined;
      const subject = simpleSubject(
        mention.first,
        mention.end,
        mention.entity.person === false ? 'description' : 'name',
        m,
      );
      return {
        first: i,
        end: i + 1,
        word,
        kind: 'noun',
        subject,
        inverted: false,
        contentFirst: lower[i + 1] === 'that' ? i + 2 : i + 1,
      };
    }
    if (!inPhrase(ctx, k) || (ctx.doc.pos[k] === 'NOUN' && !(ctx.doc.value[k] ?? '').includes('-'))) return undefined;
  }
  return undefined;
}

/**
 * The cues of one sentence, in order, each with its subject (null when none was found).
 * @example
 * ```ts
 * findCues(ctx, names, sentence).map((c) => c.word.entry.term); // ['describe', 'call']
 * ```
 */
export function findCues(ctx: Context, names: NameIndex, sentence: Sentence): Cue[] {
  const cues: Cue[] = [];
  const { pos, lower, value } = ctx.doc;
  for (let i = sentence.first; i < sentence.end; i += 1) {
    if (ctx.quoteOf[i] !== -1) continue;
    const match = matchCueAt(ctx, i);
    const word = match?.word;
    // After a determiner a speech verb is an adjective ("an estimated €1.2 billion", "the alleged plot").
    if (!word || pos[i - 1] === 'DET' || POSSESSIVE.has(lower[i - 1] ?? '') || insideName(names, i)) continue;
    const end = match?.end ?? i + 1;
    if (word.entry.term === 'according to') {
      // At the start of a sentence the source runs to the comma ("According to the text released by the
      // ministry, …"); elsewhere it is a noun phrase.
      const comma = i - sentence.first <= 1 ? commaWithin(ctx, end, sentence.end, 15) : -1;
      const subjectEnd = comma > end ? comma : phraseEnd(ctx, end, sentence.end);
      const m = names.mentionAt[end] ?? -1;
      const mention = names.mentions[m];
      const subject: Subject | null =
        mention && mention.first === end && mention.entity.person !== false
          ? simpleSubject(end, mention.end, 'name', m)
          : subjectEnd > end
            ? simpleSubject(end, subjectEnd, 'description')
            : null;
      cues.push({ first: i, end, word, kind: 'according', subject, inverted: true, contentFirst: subject?.end ?? end });
      i = end - 1;
      continue;
    }
    if (pos[i] === 'NOUN') {
      const cue = nounCue(ctx, names, i, word);
      if (cue) cues.push(cue);
      if (cue || !verbAfterSubject(ctx, names, i)) continue;
    } else if (pos[i] === 'ADJ') {
      // "alleged that", "…, the council alleged.": wink tags participles after a name as adjectives.
      if (!participleBeforeThat(ctx, i) && !verbAfterSubject(ctx, names, i)) continue;
    } else if (pos[i] !== 'VERB') continue;
    let kind: Cue['kind'] = 'verb';
    let subject: Subject | null | undefined;
    const quoted = lower[i - 1] === 'as' && (lower[i] ?? '').endsWith('ing') ? quotedAs(ctx, names, sentence, i) : null;
    if (quoted) {
      // "X was quoted by IRNA as saying …", "SANA quoted a military source as saying …": the one quoted speaks;
      // the quoting verb is no statement of its own.
      subject = quoted.subject;
      const q = cues.at(-1);
      if (q && q.first === quoted.verb) cues.pop();
    } else if ((lower[i] ?? '').endsWith('ing') && value[i - 1] === ',') {
      kind = 'participle';
      // "…, adding that": the subject of the cue before it in the sentence, else of the main verb.
      const previous = cues.at(-1);
      subject = previous?.subject ?? mainSubject(ctx, names, sentence, i);
    } else {
      subject = findSubject(ctx, names, i, end);
    }
    if (subject === undefined) continue;
    const inverted = subject !== null && subject.first >= end;
    const cue: Cue = { first: i, end, word, kind, subject, inverted, contentFirst: end };
    if (inverted && subject) cue.contentFirst = subject.end;
    else placeContent(ctx, cue, sentence.end);
    // A participle reports speech with a that-clause, a quotation, or an object or clause of its own
    // ("…, insisting that", "…, calling for unimpeded access"), not with a preposition ("…, adding to the toll").
    if (kind === 'participle' && !participleContent(ctx, cue, sentence.end)) continue;
    // "recalled its ambassador", "charged 12 officers with murder": no speech without a clause (unless the cue
    // closes the sentence: "…, he added.").
    if (lacksClause(ctx, cue, sentence.end) && !closes(ctx, cue, sentence)) continue;
    cues.push(cue);
    i = cue.end - 1;
  }
  markNested(ctx, cues);
  // "said at her weekly briefing that …": a reporting noun between a verb and its content is part of its cue.
  return cues.filter(
    (c) => c.kind !== 'noun' || !cues.some((v) => v.kind !== 'noun' && v.end <= c.first && c.first < v.contentFirst),
  );
}

/**
 * A speech verb that wink tags as a noun or an adjective, read as a verb when it follows a source and nothing
 * follows it but the end of the clause or "that" ("…, Reuters reports.", "…, the council alleged.").
 */
function verbAfterSubject(ctx: Context, names: NameIndex, i: number): boolean {
  const { pos, lower, value } = ctx.doc;
  const before = pos[i - 1];
  const source = wordClass(ctx, i - 1);
  // A source before it ("Reuters reports", "a weekly reports"), not a noun modifying it ("media reports").
  const subject =
    before === 'PROPN' ||
    before === 'PRON' ||
    source === 'media' ||
    source === 'organisation' ||
    (names.mentionAt[i - 1] ?? -1) >= 0;
  // …and not the object of a preposition ("amid Reuters reports").
  const first = names.mentions[names.mentionAt[i - 1] ?? -1]?.first ?? phraseStart(ctx, i - 1, 0);
  if (!subject || ctx.doc.pos[first - 1] === 'ADP') return false;
  const next = value[i + 1] ?? '.';
  return lower[i + 1] === 'that' || next === '.' || next === ',' || next === ':';
}

/** A speech verb's participle that wink tags as an adjective, with a that-clause after it ("alleged that"). */
function participleBeforeThat(ctx: Context, i: number): boolean {
  return (ctx.doc.lower[i] ?? '').endsWith('ed') && ctx.doc.lower[i + 1] === 'that';
}

/**
 * For "as saying" at token i: the "quoted" verb before it and the one quoted — the subject of a passive
 * ("X was quoted by IRNA as saying") or the object of an active verb ("SANA quoted a military source as saying").
 */
function quotedAs(
  ctx: Context,
  names: NameIndex,
  sentence: Sentence,
  i: number,
): { verb: number; subject: Subject | null } | null {
  const { lower, pos } = ctx.doc;
  for (let q = i - 2; q >= Math.max(sentence.first, i - 16); q -= 1) {
    if (ctx.quoteOf[q] !== -1 || lower[q] !== 'quoted') continue;
    let b = q - 1;
    while (b > sentence.first && pos[b] === 'ADV') b -= 1;
    if (PASSIVE.has(lower[b] ?? '')) return { verb: q, subject: subjectEndingAt(ctx, names, b - 1, sentence.first) };
    const m = names.mentions[names.mentionAt[q + 1] ?? -1];
    const end = m && m.first === q + 1 ? m.end : phraseEnd(ctx, q + 1, i - 1);
    if (end <= q + 1) return null;
    const kind = m && m.first === q + 1 && m.entity.person !== false ? 'name' : 'description';
    return { verb: q, subject: simpleSubject(q + 1, end, kind, kind === 'name' ? (names.mentionAt[q + 1] ?? -1) : -1) };
  }
  return null;
}

const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/** Is token i inside a person's name ("Said" in "Foreign Minister Said bin Hamad al-Harthy")? */
function insideName(names: NameIndex, i: number): boolean {
  const m = names.mentions[names.mentionAt[i] ?? -1];
  return m !== undefined && m.entity.person !== false && i >= m.nameFirst;
}

/** Does a participle cue have content of its own (a that-clause, a quotation, or three words not opening with a preposition)? */
function participleContent(ctx: Context, cue: Cue, end: number): boolean {
  const k = cue.contentFirst;
  if (ctx.doc.lower[k - 1] === 'that' || ctx.quoteOf[k] !== -1) return true;
  const p = ctx.doc.pos[k];
  if (p === 'ADP' || p === 'PART' || p === 'PUNCT') return false;
  // "confirming earlier reports", not "adding later that …" (that is handled above) or "adding only".
  if (p === 'ADV' && !OBJECT_START.has(ctx.doc.pos[k + 1] ?? '')) return false;
  let words = 0;
  for (let n = k; n < end && ctx.doc.value[n] !== ',' && words < 3; n += 1) if (ctx.doc.pos[n] !== 'PUNCT') words += 1;
  return words >= 3;
}

/** The first comma outside quotations within `limit` tokens of `from`, or -1. */
function commaWithin(ctx: Context, from: number, ceiling: number, limit: number): number {
  for (let k = from; k < Math.min(ceiling, from + limit); k += 1) {
    if (ctx.quoteOf[k] !== -1) return -1;
    if (ctx.doc.value[k] === ',') return k;
  }
  return -1;
}

/** The subject of the sentence's first verb, for participles ("Mr. Biden clarified …, insisting that"). */
function mainSubject(ctx: Context, names: NameIndex, sentence: Sentence, limit: number): Subject | null | undefined {
  const { pos, lower, value } = ctx.doc;
  // Verbs inside an apposition or a relative clause (", a Republican who often breaks …,") are not the main verb.
  let aside = false;
  for (let k = sentence.first; k < limit; k += 1) {
    if (value[k] === ',') {
      const next = pos[k + 1];
      aside = !aside && (next === 'DET' || lower[k + 1] === 'who' || lower[k + 1] === 'which');
      continue;
    }
    if (!aside && ctx.quoteOf[k] === -1 && pos[k] === 'VERB' && !RELATIVES.has(lower[k - 1] ?? '')) {
      return findSubject(ctx, names, k, k + 1);
    }
  }
  return null;
}
