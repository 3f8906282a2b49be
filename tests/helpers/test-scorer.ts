/** A scorer over the frozen test lexicons in tests/fixtures/lexicons/, so engine tests do not move when the real lexicons grow. */

import type { LexiconModule, Scorer, ScorerOptions } from '../../src/index.js';
import { createScorer } from '../../src/index.js';
import conditionals from '../fixtures/lexicons/conditionals.json' with { type: 'json' };
import contrast from '../fixtures/lexicons/contrast.json' with { type: 'json' };
import courtesy from '../fixtures/lexicons/courtesy.json' with { type: 'json' };
import fillers from '../fixtures/lexicons/fillers.json' with { type: 'json' };
import hedges from '../fixtures/lexicons/hedges.json' with { type: 'json' };
import inflections from '../fixtures/lexicons/inflections.json' with { type: 'json' };
import intensifiers from '../fixtures/lexicons/intensifiers.json' with { type: 'json' };
import negators from '../fixtures/lexicons/negators.json' with { type: 'json' };
import operatorTone from '../fixtures/lexicons/operator-tone.json' with { type: 'json' };
import operators from '../fixtures/lexicons/operators.json' with { type: 'json' };
import tone from '../fixtures/lexicons/tone.json' with { type: 'json' };

export const TEST_MODULES = [
  inflections,
  fillers,
  negators,
  intensifiers,
  hedges,
  contrast,
  conditionals,
  tone,
] as unknown as LexiconModule[];

export function testScorer(options: Omit<ScorerOptions, 'core' | 'packs' | 'lexicons'> = {}): Scorer {
  return createScorer({ ...options, core: false, packs: [], lexicons: TEST_MODULES });
}

/** The frozen test lexicon of constrained entries (`when`), tests/fixtures/lexicons/courtesy.json. */
export const COURTESY_MODULE = courtesy as unknown as LexiconModule;

/** `testScorer()` with the constrained entries layered on top. */
export function constrainedScorer(options: Omit<ScorerOptions, 'core' | 'packs' | 'lexicons'> = {}): Scorer {
  return createScorer({ ...options, core: false, packs: [], lexicons: [...TEST_MODULES, COURTESY_MODULE] });
}

/** The frozen operator test lexicons: operators without tone, and tone entries with `reverses`. */
export const OPERATOR_MODULES = [operators, operatorTone] as unknown as LexiconModule[];

/** `testScorer()` with the operator test lexicons layered on top. */
export function operatorScorer(options: Omit<ScorerOptions, 'core' | 'packs' | 'lexicons'> = {}): Scorer {
  return createScorer({ ...options, core: false, packs: [], lexicons: [...TEST_MODULES, ...OPERATOR_MODULES] });
}
