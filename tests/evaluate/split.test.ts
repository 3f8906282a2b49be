/** The benchmark's tuning/held-out split (benchmarks/lib/split.mjs): stable, by id only, and two real halves. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fmix32, fnv1a32Utf8, halfOf } from '../../benchmarks/lib/split.mjs';

const ids = (file: string) =>
  readFileSync(new URL(`../../benchmarks/data/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t')[0] as string);

describe('split', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
    ['é', 0x1e9de8c1], // two UTF-8 bytes, c3 a9 (checked against a Python implementation)
  ])('fnv1a32Utf8(%j) matches the FNV-1a reference', (text, hash) => {
    expect(fnv1a32Utf8(text)).toBe(hash);
  });

  it('fmix32 matches murmur3 (0 → 0, 1 → 0x514e28b7)', () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
  });

  it('gives every row of each dev set a half, with both halves between 35% and 65% of each set', () => {
    for (const file of ['cameo-verbal.dev.tsv', 'casino.train.tsv', 'politeness-stackexchange.dev.tsv']) {
      const all = ids(file);
      const a = all.filter((id) => halfOf(id) === 'A').length;
      expect(a / all.length).toBeGreaterThan(0.35);
      expect(a / all.length).toBeLessThan(0.65);
    }
  });

  it('is why fmix32 is there: raw FNV-1a parity puts every CAMEO dev id in one half', () => {
    expect(new Set(ids('cameo-verbal.dev.tsv').map((id) => fnv1a32Utf8(id) % 2)).size).toBe(1);
  });
});
