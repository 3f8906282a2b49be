/**
 * References to the entries of the built-in modules, which is how the precompiled lexicon names its entries
 * instead of writing them a second time. A reference is the position of an entry among the entries of all
 * built-in modules, counted through the core modules and then the packs, in the order of
 * src/lexicon/generated/builtin-modules.json.
 */
import type { BuiltinColumns } from './builtin.js';
import { compileEntry } from './compile.js';
import type { CompiledEntry, ScoringKind } from './compiled.js';
import { entriesFromColumns, forEachRow, type ModuleColumns } from './module-columns.js';

/**
 * The compiled entry of a reference; the same object for the same reference. The resolver compiles a module's
 * entries on first use and keeps them only as long as it is kept.
 * @example
 * ```ts
 * const entryAt = builtinEntryResolver(builtinColumns());
 * entryAt(0); // the first entry of the first core module, compiled
 * ```
 */
export function builtinEntryResolver(columns: BuiltinColumns): (ref: number) => CompiledEntry {
  const modules = [...columns.core, ...columns.packs];
  const compiled: (CompiledEntry[] | undefined)[] = [];
  return (ref) => {
    let m = 0;
    let first = 0;
    while (m < modules.length - 1 && ref >= first + (modules[m] as ModuleColumns).count) {
      first += (modules[m] as ModuleColumns).count;
      m++;
    }
    let entries = compiled[m];
    if (entries === undefined) {
      entries = compileModule(modules[m] as ModuleColumns);
      compiled[m] = entries;
    }
    const entry = entries[ref - first];
    if (entry === undefined) throw new RangeError(`no built-in lexicon entry ${ref}`);
    return entry;
  };
}

function compileModule(mod: ModuleColumns): CompiledEntry[] {
  const kind = mod.envelope.kind as ScoringKind;
  const source = `${mod.envelope.id}@${mod.envelope.version}`;
  const entries: CompiledEntry[] = [];
  forEachRow(mod, (row) => entries.push(compileEntry(kind, row, source)));
  return entries;
}

/**
 * The reference of a compiled entry of a built-in module (build time: scripts/precompile-lexicons.mjs). For a
 * term written twice in one module the later entry is the one compiled, so it is the one referenced.
 * @example
 * ```ts
 * const refOf = builtinRefResolver(builtinColumns());
 * serializeLexicon(compileLexicon(modules), refOf);
 * ```
 */
export function builtinRefResolver(columns: BuiltinColumns): (entry: CompiledEntry) => number {
  const refs = new Map<string, number>();
  let ref = 0;
  for (const mod of [...columns.core, ...columns.packs]) {
    const source = `${mod.envelope.id}@${mod.envelope.version}`;
    for (const entry of entriesFromColumns(mod)) refs.set(`${source}\n${entry.term as string}`, ref++);
  }
  return (entry) => {
    const found = refs.get(`${entry.source}\n${entry.lemma}`);
    if (found === undefined) throw new RangeError(`${entry.source} "${entry.lemma}" is not a built-in lexicon entry`);
    return found;
  };
}
