/**
 * Scorer options: an interface of optional fields, resolved once into a frozen object and validated up front
 * so that a bad value throws where it was passed, not in the middle of a batch.
 */
import type { PackName } from '../lexicon/pack-names.js';
import type { LexiconModule, ToneEntry } from '../lexicon/types.js';
import type { Thresholds } from './types.js';

/**
 * Options of `createScorer()`. All optional.
 * @example
 * ```ts
 * import { createScorer } from 'detente';
 * createScorer({ packs: ['diplomacy', 'labor'], extra: [{ term: 'lockout', dimension: 'escalation', weight: -6 }] });
 * ```
 */
export interface ScorerOptions {
  /** Built-in domain packs layered on the English core, in order (default `['diplomacy']`; `[]` for none). */
  readonly packs?: readonly PackName[];
  /** Your own lexicon modules, layered after the core and packs (later modules win for the same term). */
  readonly lexicons?: readonly LexiconModule[];
  /** Extra tone entries, layered last as the module `extra@0.0.0`. */
  readonly extra?: readonly ToneEntry[];
  /** Set to false to leave out the built-in English core (then only packs and your modules are used). */
  readonly core?: boolean;
  /** Label thresholds (see `Thresholds` for defaults). */
  readonly thresholds?: Partial<Thresholds>;
}
