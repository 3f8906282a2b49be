/**
 * Names of the built-in domain packs (`lexicons/packs/*.json`): vocabulary of the lexicon layer, which the
 * scorer's options refer to.
 * @example
 * ```ts
 * import { createScorer, type PackName } from 'detente';
 * const packs: PackName[] = ['diplomacy', 'corporate'];
 * const scorer = createScorer({ packs });
 * ```
 */
export type PackName = 'diplomacy' | 'labor' | 'corporate';

/**
 * Names of the built-in domain packs.
 * @example
 * ```ts
 * import { PACK_NAMES, createScorer } from 'detente';
 * PACK_NAMES;                                   // ['diplomacy', 'labor', 'corporate']
 * createScorer({ packs: [...PACK_NAMES] });     // every pack at once
 * ```
 */
export const PACK_NAMES: readonly PackName[] = Object.freeze(['diplomacy', 'labor', 'corporate']);
