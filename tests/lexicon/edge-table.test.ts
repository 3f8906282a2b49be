import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeTable } from '../../src/lexicon/edge-table.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const sorted = (edges: Iterable<readonly [number, number]>): [number, number][] =>
  [...edges].map(([k, v]): [number, number] => [k, v]).sort((a, b) => a[0] - b[0]);

describe('EdgeTable', () => {
  it('reads like the map it replaces: get, has, size, iteration', () => {
    const table = new EdgeTable(3)
      .set(7, 1)
      .set(1754 * 3 + 12, 4)
      .set(0, 9);
    expect(table.get(7)).toBe(1);
    expect(table.get(1754 * 3 + 12)).toBe(4);
    expect(table.get(0)).toBe(9);
    expect(table.get(8)).toBeUndefined();
    expect(table.has(7)).toBe(true);
    expect(table.has(6)).toBe(false);
    expect(table.size).toBe(3);
    expect(sorted(table)).toEqual([
      [0, 9],
      [7, 1],
      [1754 * 3 + 12, 4],
    ]);
  });

  it('misses keys no edge can have: negative (a word without a base lemma), fractional, beyond 2^32', () => {
    const table = new EdgeTable(2).set(3, 1).set(2 ** 40 + 3, 2);
    expect(table.get(-1)).toBeUndefined();
    expect(table.get(3.5)).toBeUndefined();
    expect(table.get(2 ** 40 + 3)).toBe(2);
    expect(table.get(2 ** 32 + 3)).toBeUndefined();
  });

  it('keeps the first child of a key and refuses more edges than it was made for', () => {
    const table = new EdgeTable(1).set(5, 1).set(5, 2);
    expect(table.get(5)).toBe(1);
    expect(table.size).toBe(1);
    const full = new EdgeTable(0);
    for (let k = 0; k < 8; k++) full.set(k, k + 1);
    expect(() => full.set(100, 1)).toThrow(RangeError);
  });

  it('agrees with a Map on any set of edges, keys up to 2^45', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 45 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 45 }), { maxLength: 50 }),
        (keys, probes) => {
          const map = new Map(keys.map((k, i) => [k, i + 1]));
          const table = EdgeTable.from(map);
          for (const k of [...keys, ...probes]) expect(table.get(k)).toBe(map.get(k));
          expect(sorted(table)).toEqual(sorted(map));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('built from a trie (node n reached from parents[n-1] by words[n-1]) equals the same edges added one by one', () => {
    const parents = [0, 1, 0, 3, 2];
    const words = [5, 9, 7, 5, 1];
    const stride = 10;
    const map = new Map(parents.map((p, i) => [p * stride + (words[i] as number), i + 1]));
    const table = EdgeTable.fromTrie(parents, words, stride);
    expect(table).toEqual(EdgeTable.from(map));
    expect(table.get(1 * stride + 9)).toBe(2);
  });
});
