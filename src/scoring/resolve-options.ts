/**
 * Validates `ScorerOptions` once and resolves them into the module list and thresholds a scorer compiles.
 */
import { describeValue, OptionsError } from '../errors.js';
import { builtinCore, builtinPack, PACK_NAMES } from '../lexicon/builtin.js';
import { canExtend } from '../lexicon/extend.js';
import type { PackName } from '../lexicon/pack-names.js';
import type { LexiconModule } from '../lexicon/types.js';
import { validateModule } from '../lexicon/validate-module.js';
import type { ScorerOptions } from './options.js';
import type { Thresholds } from './types.js';

/**
 * Default label thresholds (see `Thresholds`).
 * @example
 * ```ts
 * import { DEFAULT_THRESHOLDS, createScorer } from 'detente';
 * DEFAULT_THRESHOLDS;                                              // { label: 0.15, evidence: 1.2, mixed: 3 }
 * createScorer({ thresholds: { label: DEFAULT_THRESHOLDS.label * 2 } });   // a stricter scorer
 * ```
 */
export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({ label: 0.15, evidence: 1.2, mixed: 3 });

/** What a scorer is built from. */
export interface ResolvedScorerOptions {
  readonly modules: readonly LexiconModule[];
  /**
   * When the modules start with the default set (which ships precompiled) and the rest can be layered on it
   * (`canExtend`), the rest (empty for the default set itself); otherwise undefined, and the scorer compiles
   * `modules`.
   */
  readonly layered: readonly LexiconModule[] | undefined;
  readonly thresholds: Thresholds;
}

const KNOWN_OPTIONS = new Set(['packs', 'lexicons', 'extra', 'core', 'thresholds']);

/**
 * Resolves and validates scorer options; throws `OptionsError` (bad option) or `LexiconError` (bad module).
 * @example
 * ```ts
 * resolveScorerOptions({ packs: ['labor'] }).modules.map((m) => m.id);
 * ```
 */
export function resolveScorerOptions(options: ScorerOptions | undefined): ResolvedScorerOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new OptionsError('options', `createScorer() options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new OptionsError(key, `unknown scorer option ${describeValue(key)}`);
  }
  if (options.core !== undefined && typeof options.core !== 'boolean') {
    throw new OptionsError('core', `core must be a boolean, got ${describeValue(options.core)}`);
  }
  const packs = listOption<PackName>('packs', options.packs ?? ['diplomacy']);
  for (const name of packs) {
    if (!PACK_NAMES.includes(name)) {
      throw new OptionsError('packs', `unknown pack ${describeValue(name)}; known packs: ${PACK_NAMES.join(', ')}`);
    }
  }
  const own = listOption<unknown>('lexicons', options.lexicons ?? []).map(validateModule);
  const extra = listOption<unknown>('extra', options.extra ?? []);
  if (extra.length > 0) {
    own.push(validateModule({ id: 'extra', version: '0.0.0', language: 'en', kind: 'tone', entries: extra }));
  }
  const thresholds = resolveThresholds(options.thresholds);
  // The default set ships precompiled: its modules are not even parsed unless someone asks for them, and more
  // packs or modules after it are layered on the precompiled set rather than compiled with it.
  const startsWithDefault = options.core !== false && packs[0] === 'diplomacy';
  let layered: readonly LexiconModule[] | undefined;
  if (startsWithDefault) {
    const more = [...packs.slice(1).map(builtinPack), ...own];
    if (canExtend(more)) layered = Object.freeze(more);
  }
  let modules: readonly LexiconModule[] | undefined;
  return Object.freeze({
    get modules(): readonly LexiconModule[] {
      modules ??= Object.freeze([...(options.core === false ? [] : builtinCore()), ...packs.map(builtinPack), ...own]);
      return modules;
    },
    layered,
    thresholds,
  });
}

function listOption<T>(name: string, value: unknown): readonly T[] {
  if (!Array.isArray(value)) throw new OptionsError(name, `${name} must be an array, got ${describeValue(value)}`);
  return value as T[];
}

function resolveThresholds(given: Partial<Thresholds> | undefined): Thresholds {
  if (given === undefined) return DEFAULT_THRESHOLDS;
  if (typeof given !== 'object' || given === null) {
    throw new OptionsError('thresholds', `thresholds must be an object, got ${describeValue(given)}`);
  }
  const resolved = { ...DEFAULT_THRESHOLDS };
  const bounds: Record<keyof Thresholds, [number, number]> = { label: [0, 1], evidence: [0, 100], mixed: [0, 100] };
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(bounds, key))
      throw new OptionsError(`thresholds.${key}`, `unknown threshold ${describeValue(key)}`);
    const value = (given as Record<string, unknown>)[key];
    const [lo, hi] = bounds[key as keyof Thresholds];
    if (typeof value !== 'number' || !(value > lo && value < hi)) {
      throw new OptionsError(
        `thresholds.${key}`,
        `thresholds.${key} must be a number in (${lo}, ${hi}), got ${describeValue(value)}`,
      );
    }
    resolved[key as keyof Thresholds] = value;
  }
  return Object.freeze(resolved);
}
