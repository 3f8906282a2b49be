/**
 * The tuning/held-out split of the dev sets. A row's half comes from its `id` only, so it is stable across
 * runs, machines and row order:
 *
 *   h = fmix32(FNV-1a-32(UTF-8 bytes of id));  even h → half "A" (tune on it), odd h → half "B" (held out)
 *
 * Why the fmix32 step (murmur3's 32-bit finaliser): the low bit of a raw FNV-1a hash is just the parity of
 * the number of odd bytes in the input (the offset basis and the prime are both odd), and
 * cameo-verbal.dev.tsv is itself the odd-FNV-1a half of the CAMEO verbal rows: all 108 of its ids hash odd,
 * so raw FNV-1a parity would put every CAMEO row in half B. fmix32 mixes every bit of the hash into the low
 * bit; the split is 62 A / 46 B on cameo and 2,016 / 2,031 on casino.
 */

const encoder = new TextEncoder();

/**
 * FNV-1a 32-bit hash of the UTF-8 encoding of `text`, as an unsigned integer.
 * @example fnv1a32Utf8('a') // 0xe40c292c
 */
export function fnv1a32Utf8(text) {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * murmur3's fmix32 finaliser: a bijection on 32-bit integers that spreads every input bit over the output.
 * @example fmix32(0) // 0
 */
export function fmix32(value) {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The half of a row id: 'A' (even mixed hash, tuning) or 'B' (odd, held out).
 * @example halfOf('casino:607:2') // 'A' or 'B', the same everywhere
 */
export function halfOf(id) {
  return fmix32(fnv1a32Utf8(id)) % 2 === 0 ? 'A' : 'B';
}
