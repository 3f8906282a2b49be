/**
 * A statement's tone is its content's score plus its cue's tone, on the scorer's own semantics:
 * - a cue the scorer's lexicon holds as a tone term ("warned", "rejected", "dismissed", "urged") is scored by
 *   the scorer together with the content, as one text: the cue followed by the content. The cue adds its own
 *   hit with the scorer's weight and, when the scorer's entry is an operator (`reverses`), governs the act
 *   after it by the scorer's rules (scoring/reversal.ts): "rejected Kestria's proposal for border talks" scores
 *   as `explain` scores it. One definition of the cue's tone: the scorer's compiled lexicon;
 * - a cue the scorer does not know falls back on the speech-verb lexicon's `tone` (the built-in verbs the
 *   scorer lacks, such as "scoffed", and a user's own speech-verb modules): a cue with a dimension and weight
 *   adds one hit with them to the content's first sentence; an operator cue also reverses each content hit at
 *   half weight, moving it to the opposite pole, recorded as a `reversal` modifier naming the cue (accusation
 *   and hostility stay; an opposing cue leaves confrontational acts as they are); a neutral cue ("said")
 *   leaves the content's score as it is.
 * Evidence spans are moved to input offsets.
 */

import { aggregate } from '../../scoring/aggregate.js';
import { OPPOSITE_DIMENSION, REVERSAL_FACTOR, reversible } from '../../scoring/reversal.js';
import type { Evidence, Scorer, Thresholds, ToneScore } from '../../scoring/types.js';
import type { CueWord } from '../document/lexicons.js';

/** The factor an operator cue applies to each content hit it reverses (the scorer's reversal factor). */
export const OPERATOR_FACTOR = REVERSAL_FACTOR;

/** The cue of a statement, as `applyCueTone` needs it. */
export interface ToneCue {
  readonly word: CueWord;
  readonly text: string;
  readonly span: readonly [number, number];
}

/**
 * The tone of a statement whose content is `content` (at input offset `contentStart`, `sentences` sentences
 * long in the input) introduced by `cue`: scored with the cue as one text when the scorer knows the cue,
 * else the content's score combined with the speech-verb lexicon's tone of the cue (`applyCueTone`).
 * @example
 * ```ts
 * const cue = { word, text: 'rejected', span: [6, 14] as const }; // "Renko rejected Kestria's proposal …"
 * toneWithCue(scorer, "Kestria's proposal for border talks", 15, cue, 1).label; // 'confrontational'
 * // the same label and score as scorer.score("rejected Kestria's proposal for border talks")
 * ```
 */
export function toneWithCue(
  scorer: Scorer,
  content: string,
  contentStart: number,
  cue: ToneCue | null,
  sentences: number,
): ToneScore {
  if (cue !== null && scorer.score(cue.text).hits > 0) return scoredWithCue(scorer, content, contentStart, cue);
  return applyCueTone(scorer.score(content), contentStart, cue, sentences, scorer.thresholds);
}

/**
 * The scorer's score of "cue content" as one text, its evidence spans moved to input offsets: offsets inside
 * the cue go to the cue's span, offsets after the joining space to the content's.
 */
function scoredWithCue(scorer: Scorer, content: string, contentStart: number, cue: ToneCue): ToneScore {
  const length = cue.text.length;
  const joint = scorer.score(`${cue.text} ${content}`);
  const at = (offset: number): number => (offset <= length ? cue.span[0] + offset : contentStart + offset - length - 1);
  const evidence = joint.evidence.map((e) => ({ ...e, span: [at(e.span[0]), at(e.span[1])] as const }));
  return { ...joint, evidence };
}

/**
 * Combines a content score (scored on `text.slice(...contentSpan)`) with the cue's tone.
 * @example
 * ```ts
 * applyCueTone(scorer.score('it had any plans to attack Ukraine'), [120, 154], cue, 1, scorer.thresholds);
 * // the threat hit becomes a reassurance hit at half weight, modifiers: [{ type: 'reversal', term: 'denied', factor: -0.5 }]
 * ```
 */
export function applyCueTone(
  content: ToneScore,
  contentStart: number,
  cue: ToneCue | null,
  sentences: number,
  thresholds: Thresholds,
): ToneScore {
  let evidence: Evidence[] = content.evidence.map((e) => ({
    ...e,
    span: [e.span[0] + contentStart, e.span[1] + contentStart] as const,
  }));
  const entry = cue?.word.entry;
  if (!cue || !entry || entry.tone === 'neutral') return { ...content, evidence };
  const own = ownHit(cue);
  if (entry.tone === 'operator') {
    if (evidence.length === 0 && own === undefined) return { ...content, evidence };
    evidence = evidence.map((e) => {
      if (!reversible(e.dimension, e.weight, entry.opposes === true)) return e;
      const dimension = OPPOSITE_DIMENSION[e.dimension];
      const modifiers = [
        ...e.modifiers,
        { type: 'reversal' as const, term: cue.text, factor: OPERATOR_FACTOR, dimension },
      ];
      return { ...e, dimension, weight: round(e.weight * OPERATOR_FACTOR), modifiers };
    });
    if (own !== undefined) evidence = [own, ...evidence];
  } else if (own !== undefined) {
    evidence = [own, ...evidence];
  } else {
    return { ...content, evidence };
  }
  return aggregate(evidence, Math.max(1, sentences), content.tokens, thresholds);
}

/** The cue's own hit, from its speech-verb entry's dimension and weight (an operator cue may have one too). */
function ownHit(cue: ToneCue): Evidence | undefined {
  const { entry, source } = cue.word;
  if (entry.dimension === undefined || entry.weight === undefined || entry.weight === 0) return undefined;
  return {
    term: cue.text,
    lemma: entry.term,
    span: cue.span,
    dimension: entry.dimension,
    baseWeight: entry.weight,
    weight: entry.weight,
    modifiers: [],
    source,
    sentence: 0,
    when: undefined,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000 + 0;
}
