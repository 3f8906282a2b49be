/**
 * attribution/speakers/ — finding and resolving speakers: names, titles, entities, appositions, subjects,
 * salience for pronouns.
 *
 * From a cue's subject to a speaker: names become the fullest form in the document (without title), pronouns
 * their most salient antecedent, definite descriptions ("the press secretary", "the newspaper") the person
 * or source they were attached to, and other descriptions and organisations ("a senior State Department
 * official", "the Kremlin") stay as written. Each speaker gets its kind, title and affiliation.
 */
import type { Context } from '../document/context.js';
import type { Sentence } from '../document/document.js';
import { isTimeWord } from '../document/time.js';
import { classAt, classEndingAt } from '../document/word-classes.js';
import type { SpeakerKind } from '../types.js';
import { pluralNoun } from './lone-names.js';
import type { NameIndex } from './names.js';
import { phraseStart, spanText } from './phrases.js';
import type { Salience } from './salience.js';
import { CONFIDENCE, noSpeaker, personSpeaker, type Speaker } from './source.js';
import { growLeft } from './source-phrase.js';
import { affiliationOf, kindOf } from './speaker-kind.js';
import type { Subject } from './subject.js';

/** Lower-cases a leading determiner so "The Kremlin" and "the Kremlin" group together. */
function normalise(text: string): string {
  return text.replace(/^(The|A|An)\s/, (d) => d.toLowerCase());
}

/** Is every word of tokens `[first, end)` a time word, a number or punctuation (never a speaker)? */
function onlyTime(ctx: Context, first: number, end: number): boolean {
  const { pos } = ctx.doc;
  for (let k = first; k < end; k += 1) {
    if (pos[k] === 'PUNCT' || pos[k] === 'NUM' || pos[k] === 'DET' || pos[k] === 'ADP' || isTimeWord(ctx, k)) continue;
    return false;
  }
  return true;
}

const COORDINATORS = new Set(['and', '&', ',']);
/** Heads of sources that are often named by a brand word alone ("the company" for "Uniper"). */
const BRAND_HEADS = new Set([
  'company',
  'firm',
  'group',
  'corporation',
  'carrier',
  'airline',
  'bank',
  'maker',
  'producer',
  'operator',
  'lender',
  'insurer',
  'retailer',
  'manufacturer',
  'utility',
]);
const sourceKind = (kind: SpeakerKind | null): boolean =>
  kind === 'organisation' || kind === 'media' || kind === 'document' || kind === 'country';

/** The latest plural description that spoke in this sentence or the one before ("residents", "officials"). */
function latestGroup(ctx: Context, token: number, recent: readonly RecentSource[]): Speaker | null {
  const sentence = ctx.doc.sentenceOf[token] ?? 0;
  const last = recent.at(-1);
  if (last?.speaker.kind !== 'description' || !pluralNoun(last.head)) return null;
  return sentence - (ctx.doc.sentenceOf[last.token] ?? 0) <= 1 ? last.speaker : null;
}

/** A source met earlier in the document, with the token where it was met. */
export interface RecentSource {
  readonly speaker: Speaker;
  readonly token: number;
  /** The head word of its phrase, lower case ("residents" in "Residents of Goma"). */
  readonly head: string;
}

/** How many sentences back a definite description looks for a named source, and how many sources back for any. */
const LOOKBACK = 4;
const MAX_RECENT = 48;

/**
 * The definite description "the <head>" as an earlier source: a speaker with that head ("the official" after
 * "a senior administration official"), or, for a bare source noun ("the company", "the newspaper", "the
 * group"), the latest source of its kind, named ("Uniper", "the Financial Times") or not.
 */
function earlierSource(
  ctx: Context,
  names: NameIndex,
  subject: Subject,
  lower: string,
  recent: readonly RecentSource[],
): Speaker | null {
  const words = lower.split(' ');
  const written = ctx.doc.text.slice(ctx.doc.start[subject.first] ?? 0, ctx.doc.end[subject.end - 1] ?? 0);
  // Only a common noun phrase points back; a name ("The NHS Confederation") is its own source.
  if (words.length > 3 || /\s\p{Lu}/u.test(written)) return null;
  const head = words.at(-1) ?? '';
  const c = classEndingAt(ctx, subject.coreEnd - 1, subject.first)?.cls;
  const cls = words.length === 2 && (c === 'media' || c === 'organisation' || c === 'document') ? c : null;
  const sentence = ctx.doc.sentenceOf[subject.first] ?? 0;
  let best: RecentSource | null = null;
  // The latest sources only: a description points back a few paragraphs at most (and the work stays bounded).
  for (let k = recent.length - 1; k >= Math.max(0, recent.length - MAX_RECENT) && !best; k -= 1) {
    const r = recent[k];
    if (!r || r.speaker.speaker === null || r.speaker.speaker.toLowerCase() === lower) continue;
    const sameHead = r.speaker.speaker.toLowerCase().split(/\s+/).includes(head);
    if (sameHead || (cls !== null && r.speaker.kind === cls)) best = r;
  }
  if (cls !== null) {
    // A named source of the kind, mentioned since (not necessarily as a speaker: "a report by Human Rights Watch").
    for (let m = names.mentions.length - 1; m >= 0; m -= 1) {
      const mention = names.mentions[m];
      if (!mention || mention.first >= subject.first) continue;
      if (sentence - (ctx.doc.sentenceOf[mention.first] ?? 0) > LOOKBACK || (best && mention.first <= best.token))
        break;
      // A lone word read as a surname for want of evidence ("Uniper") is that evidence for "the company".
      const guessed = mention.entity.person === null && mention.entity.words === 1 && BRAND_HEADS.has(head);
      if (!guessed && (mention.entity.person !== false || kindOf(ctx, names, mention.first, mention.end) !== cls))
        continue;
      // "the ministry" is a name holding "ministry" ("the Estavian Foreign Ministry"), or one the lexicon types;
      // an unknown one-word name stands only for a head that brands name alone ("the company": "Uniper").
      const holdsHead = ctx.doc.lower.slice(mention.nameFirst, mention.end).includes(head);
      let typed = false;
      for (let k = mention.nameFirst; k < mention.end && !typed; k += 1) typed = classAt(ctx, k) !== undefined;
      if (!holdsHead && !typed && !BRAND_HEADS.has(head)) continue;
      // A name modifying a noun ("Wazalendo militias") is not the source itself.
      const after = ctx.doc.pos[mention.end];
      if (after === 'NOUN' || after === 'PROPN') continue;
      const first = phraseStart(ctx, mention.first, 0);
      return describedAs(ctx, names, first, mention.end, cls);
    }
  }
  return best?.speaker ?? null;
}

/** A source named by tokens `[first, end)` as a speaker of kind `kind`. */
function describedAs(ctx: Context, names: NameIndex, first: number, end: number, kind: SpeakerKind): Speaker {
  const text = spanText(ctx, first, end);
  return {
    speaker: normalise(text),
    mention: text,
    confidence: CONFIDENCE.description,
    person: false,
    kind,
    title: null,
    affiliation: affiliationOf(ctx, names, first, end, end),
  };
}

/**
 * Resolves a subject to a speaker. `organisation()` gives the organisation "it" would stand for at this point;
 * `recent` collects the sources met so far in the document (in order),
 * so that a later definite description ("the official", "the newspaper") can point back to one.
 * @example
 * ```ts
 * resolveSpeaker(ctx, names, salience, subject, () => null); // { speaker: 'Antony J. Blinken', mention: 'Mr. Blinken', kind: 'person', … }
 * ```
 */
export function resolveSpeaker(
  ctx: Context,
  names: NameIndex,
  salience: Salience,
  subject: Subject | null,
  organisation: () => Speaker | null,
  recent: RecentSource[] = [],
): Speaker {
  if (!subject) return noSpeaker();
  const mention = spanText(ctx, subject.first, subject.end);
  if (subject.kind === 'name' && !subject.coordinated) {
    const m = names.mentions[subject.mention];
    if (!m) return noSpeaker(mention);
    const attached = subject.coreEnd < subject.end ? spanText(ctx, subject.coreEnd, subject.end) : null;
    const speaker = personSpeaker(m.entity, mention, CONFIDENCE.name);
    return { ...speaker, affiliation: speaker.affiliation ?? attached };
  }
  if (subject.kind === 'pronoun') {
    const word = ctx.doc.lower[subject.first] ?? '';
    // "They said" after "Residents of Goma said": the latest group of people that spoke, if recent.
    const group = word === 'they' || word === 'their' ? latestGroup(ctx, subject.first, recent) : null;
    if (group) return { ...group, mention, confidence: CONFIDENCE.organisationPronoun };
    if (word === 'it' || word === 'they' || word === 'its' || word === 'their') {
      const lastOrganisation = organisation();
      return lastOrganisation
        ? { ...lastOrganisation, mention, confidence: CONFIDENCE.organisationPronoun }
        : noSpeaker(mention);
    }
    const ref = salience.resolve(word, subject.first, ctx.doc.sentenceOf[subject.first] ?? 0);
    if (!ref) return { ...noSpeaker(mention), person: true };
    return ref.source
      ? { ...ref.source, mention, confidence: ref.confidence }
      : personSpeaker(ref.entity, mention, ref.confidence);
  }
  if (onlyTime(ctx, subject.first, subject.end)) return noSpeaker(mention);
  // "Customs and border officials": coordinated modifiers share the last head; "the presidents of Iraq and
  // Egypt": the head phrase decides.
  const shared = COORDINATORS.has(ctx.doc.lower[subject.coreEnd] ?? '');
  const kind = kindOf(ctx, names, subject.first, shared ? subject.end : subject.coreEnd);
  if (kind === null) return noSpeaker(mention);
  const lower = mention.toLowerCase();
  if (lower.startsWith('the ') && !subject.coordinated) {
    const matches = names.entities.matchDescription(lower, subject.first);
    const first = matches[0];
    if (first) {
      const confidence = matches.length === 1 ? CONFIDENCE.definiteDescription : CONFIDENCE.ambiguousDescription;
      return personSpeaker(first, mention, confidence);
    }
    // "the official said" after "a senior United Nations official said"; "the newspaper" after "the Financial Times".
    const earlier = earlierSource(ctx, names, subject, lower, recent);
    if (earlier) return { ...earlier, mention, confidence: CONFIDENCE.definiteDescription };
  }
  const speaker: Speaker = {
    speaker: normalise(mention),
    mention,
    confidence: CONFIDENCE.description,
    person: kind === 'person' && !subject.coordinated,
    kind,
    title: null,
    affiliation: affiliationOf(ctx, names, subject.first, subject.coreEnd, subject.end),
  };
  recent.push({ speaker, token: subject.first, head: ctx.doc.lower[subject.coreEnd - 1] ?? '' });
  return speaker;
}

/**
 * A singular source that "it" can stand for ("the Kremlin", "the ministry"; not "analysts" or "both sides").
 * @example
 * ```ts
 * singular({ speaker: 'the Norwegian Fisheries Directorate', kind: 'organisation', … }); // true
 * ```
 */
export function singular(speaker: Speaker): boolean {
  if (speaker.speaker === null || speaker.person) return false;
  if (speaker.kind === 'country' || speaker.kind === 'media' || speaker.kind === 'document') return true;
  const head = (speaker.speaker.split(' ').at(-1) ?? '').toLowerCase();
  return speaker.kind === 'organisation' || !head.endsWith('s') || head.endsWith('ss');
}

/**
 * The organisation a sentence is about, when its subject is one ("Azerbaijan’s foreign ministry was more
 * guarded."), so that a later "it said" can point back to it.
 * @example
 * ```ts
 * organisationSubject(ctx, names, sentence)?.speaker; // 'Azerbaijan’s foreign ministry'
 * ```
 */
export function organisationSubject(ctx: Context, names: NameIndex, sentence: Sentence): Speaker | null {
  const { pos } = ctx.doc;
  for (let k = sentence.first; k < sentence.end; k += 1) {
    if (ctx.quoteOf[k] !== -1 || (pos[k] !== 'VERB' && pos[k] !== 'AUX')) continue;
    let j = k - 1;
    while (j >= sentence.first && pos[j] === 'ADV') j -= 1;
    if (j < sentence.first) return null;
    const first = phraseStart(ctx, j, sentence.first);
    if (!sourceKind(kindOf(ctx, names, first, j + 1))) return null;
    // The whole subject ("Residents of the eastern city of Goma"): its head phrase decides the kind.
    const grown = growLeft(ctx, names, first, sentence.first);
    const coreEnd = grown.coreEnd > 0 ? grown.coreEnd : j + 1;
    const kind = kindOf(ctx, names, grown.first, coreEnd);
    if (kind === null || !sourceKind(kind)) return null;
    return { ...describedAs(ctx, names, grown.first, j + 1, kind), confidence: CONFIDENCE.organisationPronoun };
  }
  return null;
}
