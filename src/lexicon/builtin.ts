/**
 * The built-in lexicon modules, imported as data so that the core never touches the filesystem (the build
 * bundles them). They are validated by the test suite (JSON Schema and `validateModule`, in CI), not again
 * at every process start: validation in a cold process costs more than the whole 50 ms start-up budget.
 * They are frozen before they are handed to a caller, so no caller can change them; compiled once per scorer.
 */
import conditionals from '../../lexicons/en/conditionals.json' with { type: 'json' };
import contrast from '../../lexicons/en/contrast.json' with { type: 'json' };
import fillers from '../../lexicons/en/fillers.json' with { type: 'json' };
import hedges from '../../lexicons/en/hedges.json' with { type: 'json' };
import inflections from '../../lexicons/en/inflections.json' with { type: 'json' };
import intensifiers from '../../lexicons/en/intensifiers.json' with { type: 'json' };
import negators from '../../lexicons/en/negators.json' with { type: 'json' };
import conciliatory from '../../lexicons/en/tone-conciliatory.json' with { type: 'json' };
import confrontational from '../../lexicons/en/tone-confrontational.json' with { type: 'json' };
import corporate from '../../lexicons/packs/corporate.json' with { type: 'json' };
import diplomacy from '../../lexicons/packs/diplomacy.json' with { type: 'json' };
import labor from '../../lexicons/packs/labor.json' with { type: 'json' };
import type { PackName } from '../scoring/options.js';
import { jsonData } from './json-data.js';
import type { LexiconModule } from './types.js';

const CORE_IMPORTS: readonly unknown[] = [
  inflections,
  fillers,
  negators,
  intensifiers,
  hedges,
  contrast,
  conditionals,
  conciliatory,
  confrontational,
];
const PACK_IMPORTS: Readonly<Record<PackName, unknown>> = { diplomacy, labor, corporate };

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

let frozenCore: readonly LexiconModule[] | undefined;
const frozenPacks = new Map<PackName, LexiconModule>();

/**
 * The built-in modules as the scorer reads them. Nothing inside detente writes to them, and nothing outside
 * can reach them except through `coreModules()` and `packModule()`, which freeze them first.
 */
let core: readonly LexiconModule[] | undefined;
export function builtinCore(): readonly LexiconModule[] {
  core ??= CORE_IMPORTS.map((imported) => jsonData(imported) as LexiconModule);
  return core;
}
export function builtinPack(name: PackName): LexiconModule {
  return jsonData(PACK_IMPORTS[name]) as LexiconModule;
}

/**
 * The English core modules (function words and tone terms), validated and frozen.
 * @example
 * ```ts
 * coreModules().map((m) => `${m.id}@${m.version}`); // ['en/inflections@1.0.0', …]
 * ```
 */
export function coreModules(): readonly LexiconModule[] {
  frozenCore ??= Object.freeze(builtinCore().map(trusted));
  return frozenCore;
}

/**
 * A built-in domain pack, validated and frozen.
 * @example
 * ```ts
 * packModule('labor').entries.length;
 * ```
 */
export function packModule(name: PackName): LexiconModule {
  let mod = frozenPacks.get(name);
  if (mod === undefined) {
    mod = trusted(builtinPack(name));
    frozenPacks.set(name, mod);
  }
  return mod;
}

/** Freezes a built-in module (envelope, entries, each entry and its arrays) in place. */
function trusted(source: unknown): LexiconModule {
  const mod = source as { entries: readonly Record<string, unknown>[] };
  for (const entry of mod.entries) {
    for (const value of Object.values(entry)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(entry);
  }
  Object.freeze(mod.entries);
  return Object.freeze(mod) as unknown as LexiconModule;
}
