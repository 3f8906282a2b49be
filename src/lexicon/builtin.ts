/**
 * The built-in lexicon modules, imported as data so that the core never touches the filesystem (the build
 * bundles them). Validated once per process on first use; compiled once per scorer.
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
import type { LexiconModule } from './types.js';
import { validateModule } from './validate-module.js';

const CORE_SOURCES: readonly unknown[] = [
  inflections, fillers, negators, intensifiers, hedges, contrast, conditionals, conciliatory, confrontational,
];
const PACK_SOURCES: Readonly<Record<PackName, unknown>> = { diplomacy, labor, corporate };

/** Names of the built-in packs. */
export const PACK_NAMES: readonly PackName[] = Object.freeze(['diplomacy', 'labor', 'corporate']);

let core: readonly LexiconModule[] | undefined;
const packs = new Map<PackName, LexiconModule>();

/**
 * The English core modules (function words and tone terms), validated and frozen.
 * @example
 * ```ts
 * coreModules().map((m) => `${m.id}@${m.version}`); // ['en/inflections@1.0.0', …]
 * ```
 */
export function coreModules(): readonly LexiconModule[] {
  core ??= Object.freeze(CORE_SOURCES.map(validateModule));
  return core;
}

/**
 * A built-in domain pack, validated and frozen.
 * @example
 * ```ts
 * packModule('labor').entries.length;
 * ```
 */
export function packModule(name: PackName): LexiconModule {
  let mod = packs.get(name);
  if (mod === undefined) {
    mod = validateModule(PACK_SOURCES[name]);
    packs.set(name, mod);
  }
  return mod;
}
