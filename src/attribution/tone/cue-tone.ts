/**
 * A statement's tone is its content's score plus its cue's tone, combined on the engine's own scale:
 * - a conciliatory or confrontational cue ("warned", "praised") adds one hit with its lexicon weight and
 *   dimension to the content's first sentence (the cue and the content are one utterance);
 * - an operator cue ("denied", "rejected", "ruled out") adds nothing of its own but reverses each content hit
 *   at half weight, moving it to the opposite pole (a denied threat is reassurance, a rejected offer is
 *   rejection), recorded as a `reversal` modifier naming the cue; accusation and hostility hits are left as
 *   they are (the denial's own words: "rejected the accusations as baseless"), and an opposing cue ("rejected")
 *   leaves confrontational acts as they are ("rejected the ultimatum"). The rule is the scorer's
 *   (scoring/reversal.ts), so a cue and an in-text operator ("X denied plans to attack") agree;
 * - a neutral cue ("said") leaves the content's score as it is.
 * Then the evidence is aggregated again with the scorer's thresholds. Evidence spans are moved to input offsets.
 */

import { aggregate } from '../../scoring/aggregate.js';
import { OPPOSITE_DIMENSION, REVERSAL_FACTOR, reversible } from '../../scoring/reversal.js';
import type { Evidence, Thresholds, ToneScore } from '../../scoring/types.js';
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
  if (entry.tone === 'operator') {
    if (evidence.length === 0) return { ...content, evidence };
    evidence = evidence.map((e) => {
      if (!reversible(e.dimension, e.weight, entry.opposes === true)) return e;
      const dimension = OPPOSITE_DIMENSION[e.dimension];
      const modifiers = [
        ...e.modifiers,
        { type: 'reversal' as const, term: cue.text, factor: OPERATOR_FACTOR, dimension },
      ];
      return { ...e, dimension, weight: round(e.weight * OPERATOR_FACTOR), modifiers };
    });
  } else if (entry.dimension !== undefined && entry.weight !== undefined && entry.weight !== 0) {
    const hit: Evidence = {
      term: cue.text,
      lemma: entry.term,
      span: cue.span,
      dimension: entry.dimension,
      baseWeight: entry.weight,
      weight: entry.weight,
      modifiers: [],
      source: cue.word.source,
      sentence: 0,
      when: undefined,
    };
    evidence = [hit, ...evidence];
  } else {
    return { ...content, evidence };
  }
  return aggregate(evidence, Math.max(1, sentences), content.tokens, thresholds);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000 + 0;
}
