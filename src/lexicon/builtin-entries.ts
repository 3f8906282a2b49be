/**
 * References to the entries of the built-in modules, which is how the precompiled lexicon names its entries
 * instead of writing them a second time. A reference is the position of an entry among the entries of all
 * built-in modules, counted through the core modules and then the packs, in the order of
 * src/lexicon/generated/builtin-modules.json.
 */
import type { BuiltinColumns } from './builtin.js';
import { entryFromFields } from './compile.js';
import type { CompiledEntry, ScoringKind } from './compiled.js';
import { constraintBits } from './constraint.js';
import { entriesFromColumns, fieldReader, type ModuleColumns } from './module-columns.js';
import type { EntryConstraint } from './types.js';

/**
 * The compiled entry of a reference; the same object for the same reference. Nothing is read until the first
 * call, which parses the built-in modules (`load`); each entry is made from its module's columns when first
 * asked for, so a cold start pays only for the entries its first texts meet.
 * @example
 * ```ts
 * const entryAt = builtinEntryResolver(builtinColumns);
 * entryAt(0); // the first entry of the first core module, compiled
 * ```
 */
export function builtinEntryResolver(load: () => BuiltinColumns): (ref: number) => CompiledEntry {
  let modules: readonly ModuleColumns[] | undefined;
  const readers: (EntryReader | undefined)[] = [];
  const made: (CompiledEntry | undefined)[] = [];
  return (ref) => {
    const known = made[ref];
    if (known !== undefined) return known;
    if (modules === undefined) {
      const columns = load();
      modules = [...columns.core, ...columns.packs];
    }
    let m = 0;
    let first = 0;
    while (m < modules.length - 1 && ref >= first + (modules[m] as ModuleColumns).count) {
      first += (modules[m] as ModuleColumns).count;
      m++;
    }
    const mod = modules[m] as ModuleColumns;
    if (ref < first || ref - first >= mod.count) throw new RangeError(`no built-in lexicon entry ${ref}`);
    let reader = readers[m];
    if (reader === undefined) {
      reader = entryReader(mod);
      readers[m] = reader;
    }
    const entry = reader(ref - first);
    made[ref] = entry;
    return entry;
  };
}

type EntryReader = (index: number) => CompiledEntry;

/** Compiles entries of a module straight from its columns, one at a time. */
function entryReader(mod: ModuleColumns): EntryReader {
  const kind = mod.envelope.kind as ScoringKind;
  const source = `${mod.envelope.id}@${mod.envelope.version}`;
  const readers = new Map(mod.columns.map((c) => [c.field, fieldReader(mod, c.field)]));
  return (i) => entryFromFields(kind, source, (field) => readers.get(field)?.(i));
}

/**
 * The reference of a compiled entry of a built-in module (build time: scripts/precompile-lexicons.mjs). For a
 * term written twice in one module with the same constraint the later entry is the one compiled, so it is the
 * one referenced.
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
    for (const entry of entriesFromColumns(mod)) {
      const when = mod.envelope.kind === 'tone' ? constraintBits(entry.when as EntryConstraint | undefined) : 0;
      refs.set(`${source}\n${entry.term as string}\n${when}`, ref++);
    }
  }
  return (entry) => {
    const found = refs.get(`${entry.source}\n${entry.lemma}\n${entry.when}`);
    if (found === undefined) throw new RangeError(`${entry.source} "${entry.lemma}" is not a built-in lexicon entry`);
    return found;
  };
}
