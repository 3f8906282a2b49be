/**
 * From evidence to one score and label, length-stable by construction:
 * - each sentence with hits gets s = net / (|net| + SATURATION), in (-1, 1): strong sentences saturate;
 * - the text's score is the sum of those over (sentences with hits + DILUTION × sentences without), so one
 *   confrontational sentence among ten neutral ones keeps about half its score (and its label), neutral
 *   sentences alone score 0, and repeating a sentence leaves the score where it was.
 */

import { DIMENSIONS, type Dimension } from '../lexicon/dimensions.js';
import type { Evidence, Thresholds, ToneLabel, ToneScore } from './types.js';

const DIMENSION_INDEX = new Map<string, number>(DIMENSIONS.map((d, i) => [d, i]));
const SUMS: number[] = DIMENSIONS.map(() => 0);

import { round } from './apply-modifiers.js';

/** Goldstein units at which a sentence's score reaches ±0.5. */
export const SATURATION = 3;
/** How much a sentence without hits counts toward the denominator. */
export const DILUTION = 0.1;

/**
 * Aggregates evidence (in text order) over a text of `sentences` sentences and `tokens` tokens into its ToneScore.
 * The score is built as one object literal: most weights are fractions (class weight × form factor), and every
 * number copied into a second object would be one more boxed double per score.
 * @example
 * ```ts
 * aggregate(evidence, tokens.sentences, tokens.count, { label: 0.15, evidence: 1.2, mixed: 3 });
 * ```
 */
export function aggregate(
  evidence: readonly Evidence[],
  sentences: number,
  tokens: number,
  thresholds: Thresholds,
): ToneScore {
  let conciliatory = 0;
  let confrontational = 0;
  let hits = 0;
  // Per-dimension sums in a fixed array (indexed like DIMENSIONS): an object growing keys in hit order would
  // take a different shape for every text and slow every later property access.
  // Scoring is synchronous, so one scratch array serves every call; `touched` says which slots are live.
  const sums = SUMS;
  let touched = 0;
  let sum = 0;
  let withHits = 0;
  let current = -1;
  let net = 0;
  for (const e of evidence) {
    if (e.weight === 0) continue;
    if (e.sentence !== current) {
      if (current >= 0) sum += net / (Math.abs(net) + SATURATION);
      current = e.sentence;
      net = 0;
      withHits++;
    }
    net += e.weight;
    hits++;
    if (e.weight > 0) conciliatory += e.weight;
    else confrontational -= e.weight;
    const d = DIMENSION_INDEX.get(e.dimension) as number;
    sums[d] = (touched & (1 << d)) === 0 ? e.weight : (sums[d] as number) + e.weight;
    touched |= 1 << d;
  }
  if (current >= 0) sum += net / (Math.abs(net) + SATURATION);
  const denominator = withHits + DILUTION * Math.max(0, sentences - withHits);
  const score = withHits === 0 ? 0 : Math.max(-1, Math.min(1, sum / denominator));
  const dimensions: Partial<Record<Dimension, number>> = {};
  for (let d = 0; touched !== 0 && d < DIMENSIONS.length; d++) {
    if ((touched & (1 << d)) !== 0) dimensions[DIMENSIONS[d] as Dimension] = round(sums[d] as number);
  }
  const rounded = round(score, 10_000);
  const towardPeace = round(conciliatory);
  const towardConflict = round(confrontational);
  return {
    score: rounded,
    label: labelOf(score, towardPeace, towardConflict, thresholds),
    conciliatory: towardPeace,
    confrontational: towardConflict,
    hits,
    dimensions,
    evidence,
    tokens,
  };
}

/**
 * mixed: both sides carry at least `thresholds.mixed` and the weaker side is at least half the stronger;
 * otherwise the sign of the score, when |score| reaches `thresholds.label` and the winning side carries at
 * least `thresholds.evidence`; otherwise neutral.
 */
function labelOf(score: number, conciliatory: number, confrontational: number, thresholds: Thresholds): ToneLabel {
  const weaker = Math.min(conciliatory, confrontational);
  const stronger = Math.max(conciliatory, confrontational);
  if (weaker >= thresholds.mixed && weaker >= stronger / 2) return 'mixed';
  if (score >= thresholds.label && conciliatory >= thresholds.evidence) return 'conciliatory';
  if (score <= -thresholds.label && confrontational >= thresholds.evidence) return 'confrontational';
  return 'neutral';
}
