/**
 * attribution/speakers/ — finding and resolving speakers: names, entities, appositions, subjects, salience for pronouns.
 *
 * From a cue's subject to a speaker: names become the fullest form in the document, pronouns their most
 * salient antecedent, definite descriptions ("the press secretary") the person they were attached to, and
 * other descriptions and organisations ("a senior State Department official", "the Kremlin") stay as written.
 */
import type { Context } from '../document/context.js';
import type { Sentence } from '../document/document.js';
import { type NameIndex, ORGANISATION_HEADS } from './names.js';
import { phraseStart, spanText } from './phrases.js';
import type { Salience } from './salience.js';
import type { Subject } from './subject.js';

/** A resolved speaker. */
export interface Speaker {
  readonly speaker: string | null;
  readonly mention: string | null;
  readonly confidence: number;
  /** Whether the speaker is a person (pronoun "it"/"they" look for the last one that is not). */
  readonly person: boolean;
}

/** Confidence by how the speaker was found. */
export const CONFIDENCE = {
  name: 0.95,
  description: 0.85,
  definiteDescription: 0.85,
  ambiguousDescription: 0.6,
  organisationPronoun: 0.6,
  none: 0,
} as const;

/** Lower-cases a leading determiner so "The Kremlin" and "the Kremlin" group together. */
function normalise(text: string): string {
  return text.replace(/^(The|A|An)\s/, (d) => d.toLowerCase());
}

/**
 * Resolves a subject to a speaker. `recent` collects the descriptions met so far in the document (in
 * order), so that a later definite description with the same head noun can point back to one.
 * @example
 * ```ts
 * resolveSpeaker(ctx, names, salience, subject, null); // { speaker: 'Antony J. Blinken', mention: 'Mr. Blinken', confidence: 0.95, person: true }
 * ```
 */
export function resolveSpeaker(
  ctx: Context,
  names: NameIndex,
  salience: Salience,
  subject: Subject | null,
  lastOrganisation: string | null,
  recent: string[] = [],
): Speaker {
  if (!subject) return { speaker: null, mention: null, confidence: CONFIDENCE.none, person: false };
  const mention = spanText(ctx, subject.first, subject.end);
  if (subject.kind === 'name') {
    const m = names.mentions[subject.mention];
    return { speaker: m ? m.entity.name : mention, mention, confidence: CONFIDENCE.name, person: true };
  }
  if (subject.kind === 'pronoun') {
    const word = ctx.doc.lower[subject.first] ?? '';
    if (word === 'it' || word === 'they' || word === 'its' || word === 'their') {
      return lastOrganisation
        ? { speaker: lastOrganisation, mention, confidence: CONFIDENCE.organisationPronoun, person: false }
        : { speaker: null, mention, confidence: CONFIDENCE.none, person: false };
    }
    const ref = salience.resolve(word, subject.first, ctx.doc.sentenceOf[subject.first] ?? 0);
    return ref
      ? { speaker: ref.entity.name, mention, confidence: ref.confidence, person: true }
      : { speaker: null, mention, confidence: CONFIDENCE.none, person: true };
  }
  const lower = mention.toLowerCase();
  if (lower.startsWith('the ')) {
    const matches = names.entities.matchDescription(lower);
    const first = matches[0];
    if (first) {
      const confidence = matches.length === 1 ? CONFIDENCE.definiteDescription : CONFIDENCE.ambiguousDescription;
      return { speaker: first.name, mention, confidence, person: true };
    }
    // "the official said" after "a senior United Nations official said": the latest description with that head.
    const head = lower.split(' ').at(-1) ?? '';
    const earlier = [...recent]
      .reverse()
      .find((d) => d.toLowerCase().split(' ').at(-1) === head && d.toLowerCase() !== lower);
    if (earlier !== undefined && lower.split(' ').length <= 3) {
      return { speaker: earlier, mention, confidence: CONFIDENCE.definiteDescription, person: false };
    }
  }
  const speaker = normalise(mention);
  recent.push(speaker);
  return { speaker, mention, confidence: CONFIDENCE.description, person: false };
}

/**
 * A singular speaker that "it" can stand for ("the Kremlin", not "analysts" or "both sides").
 * @example
 * ```ts
 * singular('the Norwegian Fisheries Directorate'); // true
 * ```
 */
export function singular(speaker: string): boolean {
  const head = (speaker.split(' ').at(-1) ?? '').toLowerCase();
  return (
    !head.endsWith('s') ||
    head.endsWith('ss') ||
    ORGANISATION_HEADS.has(head) ||
    head === 'nations' ||
    head === 'states'
  );
}

/**
 * The organisation a sentence is about, when its subject is one ("Azerbaijan’s foreign ministry was more
 * guarded."), so that a later "it said" can point back to it.
 * @example
 * ```ts
 * organisationSubject(ctx, sentence); // 'Azerbaijan’s foreign ministry'
 * ```
 */
export function organisationSubject(ctx: Context, sentence: Sentence): string | null {
  const { pos, lower } = ctx.doc;
  for (let k = sentence.first; k < sentence.end; k += 1) {
    if (ctx.quoteOf[k] !== -1 || (pos[k] !== 'VERB' && pos[k] !== 'AUX')) continue;
    let j = k - 1;
    while (j >= sentence.first && pos[j] === 'ADV') j -= 1;
    if (j < sentence.first || !ORGANISATION_HEADS.has(lower[j] ?? '')) return null;
    return normalise(spanText(ctx, phraseStart(ctx, j, sentence.first), j + 1));
  }
  return null;
}
