/**
 * Turns raw hits into evidence: applies negation or reversal (the hit's governor: a negator, or an operator
 * entry), intensifiers and dampeners, conditionals, hedges and contrast, in that order, and names each one on
 * the hit it changed. Each step is bounded: one governor, one intensifier, one hedge and one contrast marker at
 * most per hit, so weights stay on the Goldstein scale (|weight| ≤ 10 × the largest intensifier × 1.25).
 */

import { OPPOSES, TOPIC } from '../lexicon/compiled.js';
import type { Dimension } from '../lexicon/dimensions.js';
import type { TokenBuffer } from '../text/token-buffer.js';
import { namedNotDone, OPPOSITE_DIMENSION as OPPOSITE, REVERSAL_FACTOR, reversible } from './reversal.js';
import type { Marker, RawHit, Scan } from './scan.js';
import type { AppliedModifier, Evidence, ModifierType } from './types.js';

/** The side of a contrast that weighs less, and the side that weighs more. */
export const CONTRAST_WEAKER = 0.5;
export const CONTRAST_STRONGER = 1.25;
/** A conciliatory act offered on a condition ("if they withdraw, we will talk") weighs half. */
export const CONDITIONAL_OFFER = 0.5;

/**
 * Evidence for every hit of a scan, in text order.
 * @example
 * ```ts
 * const evidence = applyModifiers(scan, tokens, text);
 * ```
 */
export function applyModifiers(scan: Scan, tokens: TokenBuffer, text: string): Evidence[] {
  const evidence: Evidence[] = [];
  for (const hit of scan.hits) evidence.push(toEvidence(hit, scan, tokens, text));
  return evidence;
}

/** Shared by every hit without modifiers (most of them), so they allocate no array. */
const NO_MODIFIERS: readonly AppliedModifier[] = Object.freeze([]);

function toEvidence(hit: RawHit, scan: Scan, tokens: TokenBuffer, text: string): Evidence {
  let modifiers: AppliedModifier[] | undefined;
  const add = (m: AppliedModifier): void => {
    modifiers ??= [];
    modifiers.push(m);
  };
  let weight = hit.entry.weight;
  let dimension = hit.entry.dimension as Dimension;
  const governor = hit.governor;
  if (governor !== undefined) {
    if (governor.entry.kind !== 'negator') {
      // An operator (an operator entry, or a tone entry with `reverses`): reversal.ts.
      const topic = (governor.entry.reverses & TOPIC) !== 0;
      if (topic && namedNotDone(dimension, weight)) {
        add(modifier('topic', governor, 0, tokens, text));
        weight = 0;
      } else if (
        governor.negated !== true &&
        reversible(dimension, weight, topic || (governor.entry.reverses & OPPOSES) !== 0)
      ) {
        add(moved('reversal', governor, REVERSAL_FACTOR, tokens, text, OPPOSITE[dimension]));
        weight *= REVERSAL_FACTOR;
        dimension = OPPOSITE[dimension];
      }
    } else {
      add(modifier('negation', governor, hit.entry.negated, tokens, text));
      weight *= hit.entry.negated;
      // A reversed attitude moves to the opposite pole's counterpart dimension.
      if (hit.entry.negated < 0) dimension = OPPOSITE[dimension];
    }
  }
  if (hit.intensifier !== undefined && weight !== 0) {
    const factor = hit.intensifier.entry.factor;
    add(modifier(factor > 1 ? 'intensifier' : 'dampener', hit.intensifier, factor, tokens, text));
    weight *= factor;
  }
  if (hit.conditional !== undefined && weight !== 0) {
    if (weight < 0) {
      add(moved('conditional', hit.conditional, 1, tokens, text, 'threat'));
      dimension = 'threat';
    } else {
      add(modifier('conditional', hit.conditional, CONDITIONAL_OFFER, tokens, text));
      weight *= CONDITIONAL_OFFER;
    }
  }
  if (weight < 0 && scan.hedges.size > 0) {
    const hedge = scan.hedges.get(hit.clause);
    if (hedge !== undefined) {
      add(modifier('hedge', hedge, hedge.entry.factor, tokens, text));
      weight *= hedge.entry.factor;
    }
  }
  if (weight !== 0 && scan.contrasts.size > 0) {
    const contrast = scan.contrasts.get(hit.sentence);
    if (contrast !== undefined) {
      const factor = contrastFactor(hit, contrast);
      add(modifier('contrast', contrast, factor, tokens, text));
      weight *= factor;
    }
  }
  const start = tokens.start[hit.first] as number;
  const end = tokens.end[hit.last - 1] as number;
  const evidence: Evidence = {
    term: text.slice(start, end),
    lemma: hit.entry.lemma,
    span: [start, end],
    dimension,
    baseWeight: hit.entry.weight,
    weight: round(weight),
    modifiers: modifiers ?? NO_MODIFIERS,
    source: hit.entry.source,
    sentence: hit.sentence,
    // Always set, undefined for most entries: evidence of one shape keeps every later property read monomorphic
    // (a second shape, even for one hit in 500, cost the aggregate a third of its speed).
    when: hit.entry.constraint,
  };
  return evidence;
}

function modifier(
  type: ModifierType,
  marker: Marker,
  factor: number,
  tokens: TokenBuffer,
  text: string,
): AppliedModifier {
  return { type, term: text.slice(tokens.start[marker.first], tokens.end[marker.last - 1]), factor };
}

/** A modifier that also moved the hit to another dimension (reversal, conditional threat). */
function moved(
  type: ModifierType,
  marker: Marker,
  factor: number,
  tokens: TokenBuffer,
  text: string,
  dimension: Dimension,
): AppliedModifier {
  return { type, term: text.slice(tokens.start[marker.first], tokens.end[marker.last - 1]), factor, dimension };
}

function contrastFactor(hit: RawHit, contrast: Marker): number {
  if (contrast.entry.weakens === 'before') return hit.first < contrast.first ? CONTRAST_WEAKER : CONTRAST_STRONGER;
  // "although …": the clause the marker opens weighs less, the rest of the sentence more.
  const inOpenedClause = hit.clause === contrast.clause && hit.first > contrast.first;
  return inOpenedClause ? CONTRAST_WEAKER : CONTRAST_STRONGER;
}

/** Three decimals; never -0. */
export function round(value: number, places = 1000): number {
  return Math.round(value * places) / places + 0;
}
