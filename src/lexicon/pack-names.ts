import type { PackName } from '../scoring/options.js';

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
