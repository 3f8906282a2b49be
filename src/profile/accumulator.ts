/** Collects one speaker's statements (in one group) and turns them into a `SpeakerProfile`. */

import type { Dimension } from '../lexicon/dimensions.js';
import { isDimension } from '../lexicon/dimensions.js';
import type { Evidence, ToneLabel } from '../scoring/types.js';
import { mean, sampleSd } from './stats.js';
import type { DimensionLean, ProfileRow, SpeakerProfile, StatementRef, StrongestEvidence } from './types.js';

/**
 * Running state for one (speaker, group). Keeps the scores (needed for sd and the bootstrap) and only the
 * current extremes, so memory is one number per statement.
 * @example
 * ```ts
 * const acc = new ProfileAccumulator('Lavrov', undefined);
 * acc.add({ speaker: 'Lavrov', tone: { score: 0.4, label: 'conciliatory' } }, 0, undefined);
 * acc.finish().mean; // 0.4
 * ```
 */
export class ProfileAccumulator {
  private readonly scores: number[] = [];
  private readonly labels: Record<ToneLabel, number> = { conciliatory: 0, confrontational: 0, neutral: 0, mixed: 0 };
  // dimension → [summed weight, statements with a non-zero weight]
  private readonly dims = new Map<Dimension, [number, number]>();
  private strongest: StrongestEvidence | null = null;
  private high: StatementRef | null = null;
  private low: StatementRef | null = null;

  constructor(
    readonly speaker: string,
    readonly group: string | undefined,
  ) {}

  /** Adds statement `index`; `text` is its text when the row has one. */
  add(row: ProfileRow, index: number, text: string | undefined): void {
    const { score, label } = row.tone;
    this.scores.push(score);
    this.labels[label]++;
    this.addDimensions(row);
    const ref: StatementRef = text === undefined ? { index, score } : { index, score, text };
    if (score > 0 && (this.high === null || score > this.high.score)) this.high = ref;
    if (score < 0 && (this.low === null || score < this.low.score)) this.low = ref;
    for (const evidence of row.tone.evidence ?? []) {
      if (this.strongest === null || Math.abs(evidence.weight) > Math.abs(this.strongest.evidence.weight)) {
        this.strongest = text === undefined ? { evidence, index } : { evidence, index, text };
      }
    }
  }

  /** The finished profile. */
  finish(): SpeakerProfile {
    const profile: SpeakerProfile = {
      speaker: this.speaker,
      count: this.scores.length,
      mean: mean(this.scores),
      sd: sampleSd(this.scores),
      labels: { ...this.labels },
      dimensions: this.leans(),
      strongest: this.strongest,
      mostConciliatory: this.high,
      mostConfrontational: this.low,
      scores: this.scores.slice(),
    };
    return this.group === undefined ? profile : { ...profile, group: this.group };
  }

  /** Uses `tone.dimensions` when present, otherwise sums the evidence weights per dimension. */
  private addDimensions(row: ProfileRow): void {
    let weights: Iterable<[string, number | undefined]>;
    if (row.tone.dimensions !== undefined) weights = Object.entries(row.tone.dimensions);
    else weights = sumEvidence(row.tone.evidence ?? []);
    for (const [dimension, weight] of weights) {
      if (!isDimension(dimension) || typeof weight !== 'number' || weight === 0 || !Number.isFinite(weight)) continue;
      const slot = this.dims.get(dimension) ?? [0, 0];
      slot[0] += weight;
      slot[1] += 1;
      this.dims.set(dimension, slot);
    }
  }

  private leans(): DimensionLean[] {
    let magnitude = 0;
    for (const [total] of this.dims.values()) magnitude += Math.abs(total);
    return [...this.dims]
      .map(([dimension, [total, statements]]) => ({
        dimension,
        total,
        share: magnitude === 0 ? 0 : Math.abs(total) / magnitude,
        statements,
      }))
      .sort((x, y) => Math.abs(y.total) - Math.abs(x.total) || (x.dimension < y.dimension ? -1 : 1));
  }
}

function sumEvidence(evidence: readonly Evidence[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const e of evidence) sums.set(e.dimension, (sums.get(e.dimension) ?? 0) + e.weight);
  return sums;
}
