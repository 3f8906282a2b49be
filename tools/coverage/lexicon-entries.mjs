/**
 * The tone and operator entries of every built-in module (lexicons/en, lexicons/packs), read from the JSON
 * files as edited, for the report's candidate synonyms: `{ term, words, dimension, weight, module }`
 * (operators have dimension "operator" and weight 0).
 */
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../lexicons/', import.meta.url);

/** Every tone and operator entry of the built-in modules, in module order. */
export function loadToneEntries() {
  const entries = [];
  for (const folder of ['en', 'packs']) {
    const dir = new URL(`${folder}/`, root);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const module = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
      if (module.kind !== 'tone' && module.kind !== 'operator') continue;
      for (const entry of module.entries) {
        entries.push({
          term: entry.term,
          words: entry.term.split(' '),
          dimension: module.kind === 'operator' ? 'operator' : entry.dimension,
          weight: module.kind === 'operator' ? 0 : entry.weight,
          module: module.id,
        });
      }
    }
  }
  return entries;
}
