/**
 * Build-time entry of scripts/precompile-lexicons.mjs: compiles the default lexicon set (English core +
 * diplomacy) and returns its JSON form. Not part of any published entry.
 */
import { builtinCore, builtinPack } from './builtin.js';
import { compileLexicon } from './compile.js';
import { type SerializedLexicon, serializeLexicon } from './serialize.js';

/** The default lexicon set, compiled and serialized. */
export function precompileDefault(): SerializedLexicon {
  return serializeLexicon(compileLexicon([...builtinCore(), builtinPack('diplomacy')]));
}
