/**
 * The phrase trie's edges, key → child node (key = node × stride + word id, see compiled.ts), as an
 * open-addressing hash table in typed arrays. It replaced a `Map`: scoring measured ≈ 9 % faster with it (a
 * lookup is a hash and a few array reads the optimizer inlines into the matcher), and its arrays live outside
 * the JavaScript heap, so the garbage collector never copies or scans them. It reads like the map it
 * replaced (`EdgeLookup`).
 *
 * Layout (capacity a power of two, at least twice the number of edges; linear probing):
 *   keys[slot]      the key (an integer below 2^53), or EMPTY
 *   children[slot]  the child node of that key
 * Edges are added when the lexicon is compiled or loaded (`set`, `fromTrie`), and never removed. The keys come from the lexicon, never from
 * the text being scored, and the table is at most half full, so every probe sequence is short.
 */

const EMPTY = -1;
const TWO_32 = 4294967296;

/**
 * What the matcher and the serializer read of a trie's edges: an `EdgeTable`, or any map of numbers (the
 * compiler builds one first; complexity tests wrap one to count probes).
 * @example
 * ```ts
 * const edges: EdgeLookup = new Map([[7, 1]]);
 * edges.get(7); // 1
 * ```
 */
export interface EdgeLookup extends Iterable<readonly [number, number]> {
  readonly size: number;
  get(key: number): number | undefined;
  has(key: number): boolean;
}

/**
 * A compiled lexicon's edges.
 * @example
 * ```ts
 * const edges = new EdgeTable(2).set(7, 1).set(1754 * 3 + 12, 4);
 * edges.get(7); // 1
 * edges.get(8); // undefined
 * ```
 */
export class EdgeTable implements EdgeLookup {
  private readonly keys: Float64Array;
  private readonly children: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private count = 0;

  /** An empty table with room for `edges` edges. */
  constructor(edges: number) {
    let bits = 4;
    while (2 ** bits < edges * 2) bits++;
    this.keys = new Float64Array(2 ** bits).fill(EMPTY);
    this.children = new Int32Array(2 ** bits);
    this.mask = 2 ** bits - 1;
    this.shift = 32 - bits;
  }

  /**
   * A table holding the edges of a map, added in the map's order.
   * @example
   * ```ts
   * EdgeTable.from(new Map([[7, 1]])).get(7); // 1
   * ```
   */
  static from(edges: EdgeLookup): EdgeTable {
    const table = new EdgeTable(edges.size);
    for (const [key, child] of edges) table.set(key, child);
    return table;
  }

  /**
   * The table of a trie whose node n (from 1) is reached from node `parents[n - 1]` by word `words[n - 1]`
   * (the serialized form, see serialize.ts). One loop with the hashing written out: it runs once per process,
   * before the engine has compiled anything, where a call per edge would cost more than the edge.
   * @example
   * ```ts
   * EdgeTable.fromTrie([0, 1], [5, 9], 10).get(1 * 10 + 9); // 2
   * ```
   */
  static fromTrie(parents: ArrayLike<number>, words: ArrayLike<number>, stride: number): EdgeTable {
    const table = new EdgeTable(parents.length);
    const { keys, children, mask, shift } = table;
    for (let i = 0; i < parents.length; i++) {
      const key = (parents[i] as number) * stride + (words[i] as number);
      let slot = Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / TWO_32), 0x85ebca6b), 0x9e3779b1) >>> shift;
      while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      keys[slot] = key;
      children[slot] = i + 1;
    }
    table.count = parents.length;
    return table;
  }

  get size(): number {
    return this.count;
  }

  /** Adds an edge (build time only; a key already present is left as it is). */
  set(key: number, child: number): this {
    if (this.count * 2 >= this.keys.length) throw new RangeError('edge table is full');
    let slot = this.slotOf(key);
    for (;;) {
      const k = this.keys[slot];
      if (k === EMPTY) break;
      if (k === key) return this;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.children[slot] = child;
    this.count++;
    return this;
  }

  get(key: number): number | undefined {
    let slot = this.slotOf(key);
    for (;;) {
      const k = this.keys[slot];
      if (k === EMPTY) return undefined;
      if (k === key) return this.children[slot];
      slot = (slot + 1) & this.mask;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  /** Fibonacci hashing of both halves of the key; keys below 0 (no such word) land anywhere and miss. */
  private slotOf(key: number): number {
    const high = Math.floor(key / TWO_32);
    return Math.imul((key >>> 0) ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
  }

  /** The edges, in slot order. */
  *[Symbol.iterator](): Generator<readonly [number, number]> {
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot] as number;
      if (key !== EMPTY) yield [key, this.children[slot] as number];
    }
  }
}
