/**
 * Puts the built-in tone modules on the class weight scale (src/lexicon/class-weights.ts), or checks that they are.
 *
 *   node tools/class-weights.mjs            # list the entries off the scale (exit 1 if any)
 *   node tools/class-weights.mjs --write    # move each of them to the nearest weight of its class
 *
 * An entry is on the scale when its weight is its dimension's class weight for a form (act ×1, mention ×0.5,
 * shade ×0.2), or the Goldstein weight of a CAMEO code its note cites ("CAMEO 139 give ultimatum": −7). Off
 * the scale, it takes the weight of its nearest form. `en/courtesy` keeps its own scale and is left alone.
 * Needs a build (it reads the scale from dist/).
 */
import { CLASS_WEIGHTS, classWeight, nearestForm } from '../dist/index.js';
import { citedCodes, readCameo } from './cameo-codes.mjs';
import { readModule, writeModule } from './lexicon-json.mjs';

export const SCALED_MODULES = [
  'en/tone-conciliatory',
  'en/tone-confrontational',
  'packs/diplomacy',
  'packs/labor',
  'packs/corporate',
];

const write = process.argv.includes('--write');
const goldstein = readCameo();
let off = 0;
for (const name of SCALED_MODULES) {
  const path = new URL(`../lexicons/${name}.json`, import.meta.url);
  const module = readModule(path);
  let changed = 0;
  const entries = module.entries.map((entry) => {
    const target = onScale(entry);
    if (target === entry.weight) return entry;
    off++;
    changed++;
    if (!write) console.log(`${module.id}: "${entry.term}" ${entry.dimension} ${entry.weight} → ${target}`);
    return { ...entry, weight: target };
  });
  if (write && changed > 0) {
    writeModule(path, { ...module, entries });
    console.log(`${module.id}: ${changed} weights moved onto the scale`);
  }
}
if (!write) {
  console.log(off === 0 ? 'every entry is on the class scale' : `${off} entries off the class scale`);
  process.exitCode = off === 0 ? 0 : 1;
}

/** The entry's weight if it is on the scale, else the weight of its nearest form. */
function onScale(entry) {
  const forms = ['act', 'mention', 'shade'].map((form) => classWeight(entry.dimension, form));
  if (forms.includes(entry.weight)) return entry.weight;
  if (citedCodes(entry.note).some((code) => goldstein.get(code) === entry.weight)) return entry.weight;
  if (CLASS_WEIGHTS[entry.dimension] === undefined) throw new Error(`unknown dimension ${entry.dimension}`);
  return classWeight(entry.dimension, nearestForm(entry.dimension, entry.weight));
}
