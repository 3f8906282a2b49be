/** Builders for scored statements, so profile tests state only what they check. */

import { expect } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import type { Dimension } from '../../src/lexicon/dimensions.js';
import type { ProfileRow } from '../../src/profile/types.js';
import type { Evidence, ToneLabel } from '../../src/scoring/types.js';

export function evidence(term: string, dimension: Dimension, weight: number): Evidence {
  return {
    term,
    lemma: term,
    span: [0, term.length],
    dimension,
    baseWeight: weight,
    weight,
    modifiers: [],
    source: 'test@1.0.0',
    sentence: 0,
  };
}

export function labelOf(score: number): ToneLabel {
  return score >= 0.15 ? 'conciliatory' : score <= -0.15 ? 'confrontational' : 'neutral';
}

/** A statement by `speaker` with `score`, optional evidence, and any extra fields. */
export function row(
  speaker: string | null,
  score: number,
  hits: Evidence[] = [],
  extra: Record<string, unknown> = {},
): ProfileRow {
  return { speaker, tone: { score, label: labelOf(score), evidence: hits }, ...extra };
}

/** Asserts that `call` throws an `OptionsError` naming `option`. */
export function expectOptionsError(call: () => unknown, option: string): void {
  expect(call).toThrow(OptionsError);
  try {
    call();
  } catch (err) {
    expect((err as OptionsError).option).toBe(option);
  }
}
