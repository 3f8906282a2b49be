/**
 * The built-in lexicon modules, bundled as data so that the core never touches the filesystem. They ship by
 * column (src/lexicon/generated/builtin-modules.json, generated from lexicons/ by
 * scripts/precompile-lexicons.mjs; see module-columns.ts), which is less than half the text of the JSON
 * people edit, and are turned back into modules only when someone asks for them: the default scorer needs
 * only the precompiled lexicon. They are validated by the test suite (JSON Schema and `validateModule`, in
 * CI), not again at every process start: validation in a cold process costs more than the whole 50 ms
 * start-up budget. They are frozen before they are handed to a caller, so no caller can change them.
 */

import { irregularForms } from './compile.js';
import data from './generated/builtin-modules.json' with { type: 'json' };
import { jsonData } from './json-data.js';
import { fromColumns, type ModuleColumns } from './module-columns.js';
import type { PackName } from './pack-names.js';
import { PACK_NAMES } from './pack-names.js';
import type { LexiconModule } from './types.js';

export { PACK_NAMES };

/** The JSON form of the built-in modules. */
export interface BuiltinColumns {
  readonly note: string;
  /** The English core, in layering order. */
  readonly core: readonly ModuleColumns[];
  /** The domain packs, in `PACK_NAMES` order. */
  readonly packs: readonly ModuleColumns[];
}

/**
 * The built-in modules by column, parsed anew on each call (callers keep what they build from it). Their
 * entries, counted through the core modules and then the packs in that order, are what the precompiled
 * lexicon's entry references point at.
 */
export function builtinColumns(): BuiltinColumns {
  return jsonData(data) as BuiltinColumns;
}

/**
 * The built-in modules as the scorer reads them. Nothing inside detente writes to them, and nothing outside
 * can reach them except through `coreModules()` and `packModule()`, which freeze them first.
 */
let core: readonly LexiconModule[] | undefined;
const packs = new Map<PackName, LexiconModule>();
export function builtinCore(): readonly LexiconModule[] {
  core ??= builtinColumns().core.map(fromColumns);
  return core;
}
/** The core's inflection module alone: attribution and layering need it without the other core modules. */
let inflections: LexiconModule | undefined;
export function builtinInflections(): LexiconModule {
  if (inflections === undefined) {
    const columns = builtinColumns().core.find((mod) => mod.envelope.kind === 'inflection');
    if (columns === undefined) throw new Error('the built-in core has no inflection module');
    inflections = core?.find((mod) => mod.kind === 'inflection') ?? fromColumns(columns);
  }
  return inflections;
}
/** The core's irregular inflections (form → lemma). */
let irregular: ReadonlyMap<string, string> | undefined;
export function builtinIrregularForms(): ReadonlyMap<string, string> {
  irregular ??= irregularForms([builtinInflections()]);
  return irregular;
}
export function builtinPack(name: PackName): LexiconModule {
  let mod = packs.get(name);
  if (mod === undefined) {
    mod = fromColumns(builtinColumns().packs[PACK_NAMES.indexOf(name)] as ModuleColumns);
    packs.set(name, mod);
  }
  return mod;
}

let frozenCore: readonly LexiconModule[] | undefined;
const frozenPacks = new Set<PackName>();

/**
 * The English core modules (function words and tone terms), validated and frozen. Entry notes are left out
 * (they are in the module files, `detente/lexicons/en/*.json`).
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
 * A built-in domain pack, validated and frozen (without entry notes: see `detente/lexicons/packs/*.json`).
 * @example
 * ```ts
 * packModule('labor').entries.length;
 * ```
 */
export function packModule(name: PackName): LexiconModule {
  const mod = builtinPack(name);
  if (!frozenPacks.has(name)) {
    trusted(mod);
    frozenPacks.add(name);
  }
  return mod;
}

/** Freezes a built-in module (envelope, entries, each entry and its arrays) in place. */
function trusted(source: LexiconModule): LexiconModule {
  const mod = source as unknown as { entries: readonly Record<string, unknown>[] };
  for (const entry of mod.entries) {
    for (const value of Object.values(entry)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(entry);
  }
  Object.freeze(mod.entries);
  return Object.freeze(mod) as unknown as LexiconModule;
}
