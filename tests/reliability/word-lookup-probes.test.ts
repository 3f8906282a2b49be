/**
 * The scorer's word cache (src/scoring/word-lookup.ts) is an open-addressing hash table with linear probing
 * over FNV-1a with a fixed seed. Work is counted as reads of its key slots (the `keys` array is wrapped after
 * every growth). Ordinary words cost a few probes each; forms crafted so that their hashes share the table's
 * home slot must not make each lookup walk a long chain (a hash-flooding attack on the hot path).
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { resolveScorerOptions } from '../../src/scoring/resolve-options.js';
import { WordLookup } from '../../src/scoring/word-lookup.js';
import { hashForm } from '../../src/text/form-hash.js';

const lexicon = compileLexicon(resolveScorerOptions({}).modules);
type Internals = { keys: unknown[]; grow: () => void; idOf: (form: string) => number };

/** A word lookup whose key-slot reads are counted; `reads()` returns the count so far. */
function countedLookup(): { lookup: Internals; reads: () => number } {
  const lookup = new WordLookup(lexicon) as unknown as Internals;
  let reads = 0;
  const wrap = (): void => {
    lookup.keys = new Proxy(lookup.keys, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
  };
  const grow = (Object.getPrototypeOf(lookup) as Internals).grow;
  lookup.grow = function (this: Internals) {
    grow.call(this);
    wrap();
  };
  wrap();
  return { lookup, reads: () => reads };
}

const word = (i: number): string => {
  let s = 'q';
  for (let n = i; ; n = Math.floor(n / 26)) {
    s += String.fromCharCode(97 + (n % 26));
    if (n < 26) return s;
  }
};

/** `count` words whose hashes all land on the same home slot of a table of `capacity` slots. */
function colliding(count: number, capacity: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const w = word(i);
    if ((hashForm(w) & (capacity - 1)) === 7) out.push(w);
  }
  return out;
}

function probesPerLookup(forms: readonly string[]): number {
  const { lookup, reads } = countedLookup();
  const before = reads();
  for (const f of forms) lookup.idOf(f);
  for (const f of forms) lookup.idOf(f);
  return (reads() - before) / (2 * forms.length);
}

describe('word cache probes', () => {
  it('ordinary distinct words cost a few probes each', () => {
    expect(probesPerLookup(Array.from({ length: 20_000 }, (_, i) => word(i * 7919 + 13)))).toBeLessThan(16);
  });

  // Regression: with a fixed seed and linear probing, 600 forms sharing one home slot made each lookup walk
  // ≈ 320 slots (ordinary words: ≈ 4). Fixed by MAX_PROBES: past 32 probes a form is resolved without the table.
  it('forms crafted to share a home slot cost a bounded number of probes each', () => {
    const capacity = countedLookup().lookup.keys.length;
    expect(probesPerLookup(colliding(600, capacity))).toBeLessThan(64);
  });
});
