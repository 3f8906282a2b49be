/**
 * The CAMEO codebook's Goldstein weights (benchmarks/data/cameo-codes.tsv), and the codes a lexicon note cites.
 */
import { readFileSync } from 'node:fs';

/** code → Goldstein weight, e.g. '139' → -7. */
export function readCameo(path = new URL('../benchmarks/data/cameo-codes.tsv', import.meta.url)) {
  const table = new Map();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/).slice(1)) {
    const [code, , weight] = line.split('\t');
    if (code) table.set(code, Number(weight));
  }
  return table;
}

/**
 * The codes cited in a note: every number of two to four digits after the word "CAMEO" ("CAMEO 139 give
 * ultimatum", "CAMEO 051/053", "CAMEO 0871 declare truce").
 */
export function citedCodes(note) {
  const at = note?.indexOf('CAMEO') ?? -1;
  if (at < 0) return [];
  return [...note.slice(at).matchAll(/(?<![\d.])\d{2,4}(?![\d.])/g)].map((m) => m[0]);
}
