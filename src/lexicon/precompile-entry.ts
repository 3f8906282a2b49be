/**
 * Build-time entry of scripts/precompile-lexicons.mjs: the generated forms of lexicons/ that the published
 * entries ship. Not part of any published entry; it reads lexicons/ only, never the files it generates.
 */
import type { BuiltinColumns } from './builtin.js';
import { builtinRefResolver } from './builtin-entries.js';
import { SOURCE_CORE, SOURCE_PACKS } from './builtin-sources.js';
import { compileLexicon } from './compile.js';
import { toColumns } from './module-columns.js';
import { PACK_NAMES } from './pack-names.js';
import { GENERATED_NOTE, type SerializedLexicon, serializeLexicon } from './serialize.js';

/** The built-in modules by column (src/lexicon/generated/builtin-modules.json). */
export function builtinModuleColumns(): BuiltinColumns {
  return {
    note: GENERATED_NOTE,
    core: SOURCE_CORE.map(toColumns),
    packs: PACK_NAMES.map((name) => toColumns(SOURCE_PACKS[name])),
  };
}

/**
 * The default lexicon set, compiled and serialized (src/lexicon/generated/default-lexicon.json), its entries
 * named by their place in `builtinModuleColumns()` (see builtin-entries.ts).
 */
export function precompileDefault(): SerializedLexicon {
  const refOf = builtinRefResolver(builtinModuleColumns());
  return serializeLexicon(compileLexicon([...SOURCE_CORE, SOURCE_PACKS.diplomacy]), refOf);
}
