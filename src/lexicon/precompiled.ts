/**
 * The default lexicon set (English core + diplomacy pack), compiled at build time by
 * scripts/precompile-lexicons.mjs. Loading it is a few loops and native Map constructions, so `createScorer()`
 * with default lexicons starts in a few milliseconds; its entries are made from the built-in modules when the
 * scorer first meets them. A test checks it matches a fresh compile of lexicons/.
 */

import { builtinColumns } from './builtin.js';
import { builtinEntryResolver } from './builtin-entries.js';
import type { CompiledLexicon } from './compiled.js';
import data from './generated/default-lexicon.json' with { type: 'json' };
import { jsonData } from './json-data.js';
import { deserializeLexicon, type SerializedLexicon } from './serialize.js';

let loaded: CompiledLexicon | undefined;

/** The precompiled default lexicon, loaded once per process and shared (it is read-only). */
export function precompiledDefault(): CompiledLexicon {
  loaded ??= deserializeLexicon(jsonData(data) as SerializedLexicon, builtinEntryResolver(builtinColumns));
  return loaded;
}
