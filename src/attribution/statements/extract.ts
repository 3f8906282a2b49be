/**
 * attribution/statements/ — assembling statements: direct quotations, reported clauses, drafts written out as `Statement`s.
 *
 * The extraction pipeline: read the document once with wink, scan quotations and names, then walk the
 * sentences in order, drafting direct statements (quotations with their cue, or continuing the previous
 * speaker) and reported ones (clauses claimed by the remaining cues).
 */

import { type Cue, findCues } from '../cues/cues.js';
import { buildContext, type Context } from '../document/context.js';
import { readDocument } from '../document/document.js';
import type { AttributionLexicons } from '../document/lexicons.js';
import { scanQuotes } from '../document/quotes.js';
import { scanAppositions } from '../speakers/appositions.js';
import { type NameIndex, scanNames } from '../speakers/names.js';
import { Salience } from '../speakers/salience.js';
import { noSpeaker, type Speaker } from '../speakers/source.js';
import { organisationSubject, type RecentSource, resolveSpeaker, singular } from '../speakers/speaker.js';
import { cueAfter, cueBefore, quoteTokens, standsAlone } from './direct.js';
import { type Draft, tokenAt } from './draft.js';
import { reportedDrafts } from './reported.js';

/** Confidence factors for direct quotations. */
const CONTINUED_SAME_PARAGRAPH = 0.8;
const CONTINUED_NEXT_PARAGRAPH = 0.7;
const CONTINUED_ACROSS_PARAGRAPHS = 0.85;
const UNBALANCED = 0.8;

/** The drafts of one document, in text order, with the context needed to write them out. */
export interface Extraction {
  readonly ctx: Context;
  readonly drafts: readonly Draft[];
}

/**
 * Runs the pipeline on one text.
 * @example
 * ```ts
 * extract('“Yes,” Mr. Lavrov said.', compileLexicons()).drafts[0]?.speaker.speaker; // 'Lavrov'
 * ```
 */
export function extract(text: string, lex: AttributionLexicons): Extraction {
  const doc = readDocument(text);
  const ctx = buildContext(doc, lex, scanQuotes(text));
  const names: NameIndex = scanNames(ctx);
  scanAppositions(ctx, names);
  const salience = new Salience(ctx, names);
  const qt = quoteTokens(ctx);
  const consumed = new Uint8Array(ctx.quotes.length);
  const cueCache: (Cue[] | undefined)[] = [];
  const cuesOf = (s: number): Cue[] => {
    let cues = cueCache[s];
    if (!cues) {
      const sentence = doc.sentences[s];
      cues = sentence ? findCues(ctx, names, sentence) : [];
      cueCache[s] = cues;
    }
    return cues;
  };
  const drafts: Draft[] = [];
  const used = new Set<Cue>();
  // The organisation "it" stands for: the latest singular non-person source that spoke, or that is the
  // subject of a sentence ("Azerbaijan’s foreign ministry was more guarded."). Sentence subjects are read
  // lazily, in order, only as far as a pronoun needs them (`current` is the sentence being drafted).
  let lastOrganisation: Speaker | null = null;
  let subjectsRead = 0;
  let current = 0;
  const organisationBefore = (): Speaker | null => {
    for (; subjectsRead <= current && subjectsRead < doc.sentences.length; subjectsRead += 1) {
      const sentence = doc.sentences[subjectsRead];
      lastOrganisation = (sentence && organisationSubject(ctx, names, sentence)) ?? lastOrganisation;
    }
    return lastOrganisation;
  };
  const sources: RecentSource[] = [];
  const resolve = (cue: Cue): Speaker => {
    const speaker = resolveSpeaker(ctx, names, salience, cue.subject, organisationBefore, sources);
    if (speaker.kind !== 'person' && speaker.kind !== 'description' && singular(speaker)) {
      organisationBefore();
      lastOrganisation = speaker;
    }
    // An unnamed person who speaks ("a senior official said") can be "he" or "she" later.
    if (speaker.kind === 'description' && cue.subject?.kind === 'description' && singular(speaker))
      salience.speak(speaker, cue.subject.first, doc.sentenceOf[cue.subject.first] ?? 0, undefined);
    return speaker;
  };
  let colonCue: { cue: Cue; sentence: number } | null = null;
  let q = 0;
  for (let s = 0; s < doc.sentences.length; s += 1) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    const here: Draft[] = [];
    current = s;
    // Direct quotations opening in this sentence.
    for (; q < ctx.quotes.length && (qt.first[q] ?? -1) < sentence.end; q += 1) {
      const quote = ctx.quotes[q];
      const a = qt.first[q] ?? -1;
      const b = qt.last[q] ?? -1;
      if (!quote || a < sentence.first || consumed[q]) continue;
      const alone = standsAlone(ctx, a);
      let cue = cueAfter(ctx, b, cuesOf(doc.sentenceOf[b] ?? s), alone) ?? cueBefore(ctx, a, cuesOf(s));
      // "She said:" ending the sentence (or paragraph) before: the quotation that follows is hers.
      if (!cue && alone && colonCue && colonCue.sentence === s - 1) cue = colonCue.cue;
      if (!cue && !alone) continue;
      const contentStart = skipSpace(text, quote.contentStart, quote.contentEnd);
      const contentEnd = trimSpace(text, contentStart, quote.contentEnd);
      if (contentEnd <= contentStart) continue;
      let speaker: Speaker;
      let confidence: number;
      if (cue) {
        used.add(cue);
        speaker = resolve(cue);
        confidence = speaker.confidence;
      } else {
        const prev = here.at(-1) ?? drafts.at(-1);
        const prevParagraph = prev
          ? (doc.sentences[doc.sentenceOf[tokenAt(ctx, prev.start)] ?? 0]?.paragraph ?? -9)
          : -9;
        const fromPrevious = q > 0 && ctx.quotes[q - 1]?.continues === true;
        const near = sentence.paragraph - prevParagraph;
        if (!prev || near > 1 || near < 0) {
          // A quotation with no one to give it to: reported with speaker null, unless it looks like a title.
          if (!sayable(text.slice(contentStart, contentEnd))) continue;
          speaker = noSpeaker();
          confidence = 0;
        } else {
          speaker = { ...prev.speaker, mention: null };
          const factor = fromPrevious
            ? CONTINUED_ACROSS_PARAGRAPHS
            : near === 0
              ? CONTINUED_SAME_PARAGRAPH
              : CONTINUED_NEXT_PARAGRAPH;
          confidence = Math.min(prev.confidence, speaker.confidence) * factor;
        }
      }
      consumed[q] = 1;
      if (!quote.balanced && !quote.continues) confidence *= UNBALANCED;
      here.push({ start: contentStart, end: contentEnd, kind: 'direct', cue: cue ?? null, speaker, confidence });
    }
    const cues = cuesOf(s);
    const lastCue = cues.at(-1);
    colonCue =
      lastCue && ctx.doc.value[sentence.end - 1] === ':' && lastCue.contentFirst >= sentence.end - 1 && lastCue.subject
        ? { cue: lastCue, sentence: s }
        : null;
    if (colonCue) used.add(colonCue.cue);
    const unused = cues.filter((c) => !used.has(c));
    here.push(...reportedDrafts(ctx, sentence, unused, consumed, resolve));
    here.sort((x, y) => x.start - y.start);
    drafts.push(...here);
  }
  return { ctx, drafts };
}

function skipSpace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && /\s/.test(text[k] ?? '')) k += 1;
  return k;
}

function trimSpace(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && /\s/.test(text[k - 1] ?? '')) k -= 1;
  return k;
}

/** Something said rather than a title: four words or more, or ending in sentence punctuation. */
function sayable(content: string): boolean {
  return /[.,!?…]$/.test(content) || content.split(/\s+/).length >= 4;
}
