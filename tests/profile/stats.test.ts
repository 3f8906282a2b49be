import { describe, expect, it } from 'vitest';
import { bootstrapMeanDifference } from '../../src/profile/bootstrap.js';
import { fnv1a32, mulberry32 } from '../../src/profile/prng.js';
import { mean, quantileSorted, sampleSd } from '../../src/profile/stats.js';

describe('mean and sample sd', () => {
  it.each([
    [[], 0, 0],
    [[0.5], 0.5, 0],
    [[1, 2, 6], 3, Math.sqrt(7)], // squares 4 + 1 + 9 = 14, / (3 − 1)
    [[2, 4, 4, 4, 5, 5, 7, 9], 5, Math.sqrt(32 / 7)],
  ])('%j → mean %d, sd %d', (values, m, sd) => {
    expect(mean(values)).toBeCloseTo(m, 12);
    expect(sampleSd(values)).toBeCloseTo(sd, 12);
  });
});

describe('quantileSorted (type 7)', () => {
  it.each([
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[10], 0.9, 10],
  ])('%j at %d is %d', (sorted, q, expected) => {
    expect(quantileSorted(sorted, q)).toBeCloseTo(expected, 12);
  });
});

describe('mulberry32 and fnv1a32', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    for (const x of take(123)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('is roughly uniform (mean of 10,000 draws near 0.5)', () => {
    const next = mulberry32(99);
    let total = 0;
    for (let i = 0; i < 10_000; i++) total += next();
    expect(Math.abs(total / 10_000 - 0.5)).toBeLessThan(0.02);
  });

  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('fnv1a32(%j) matches the reference vector', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });
});

describe('bootstrapMeanDifference', () => {
  it('collapses to the observed difference when both samples are constant', () => {
    const r = bootstrapMeanDifference([-0.5, -0.5], [0.25, 0.25, 0.25], {
      resamples: 50,
      confidence: 0.95,
      random: mulberry32(1),
    });
    expect(r).toEqual({ estimate: 0.75, low: 0.75, high: 0.75 });
  });

  it('stays within the range of possible resampled differences and covers the estimate', () => {
    // resampled means of a lie in [-0.6, -0.4], of b in [0.1, 0.3]: differences in [0.5, 0.9]
    const r = bootstrapMeanDifference([-0.6, -0.4], [0.1, 0.3], {
      resamples: 2000,
      confidence: 0.95,
      random: mulberry32(5),
    });
    expect(r.estimate).toBeCloseTo(0.7, 12);
    expect(r.low).toBeGreaterThanOrEqual(0.5 - 1e-12);
    expect(r.high).toBeLessThanOrEqual(0.9 + 1e-12);
    expect(r.low).toBeLessThan(0.7);
    expect(r.high).toBeGreaterThan(0.7);
  });

  it('draws exactly resamples × (|a| + |b|) random numbers', () => {
    let calls = 0;
    const base = mulberry32(3);
    bootstrapMeanDifference([1, 2, 3], [4, 5], {
      resamples: 40,
      confidence: 0.9,
      random: () => {
        calls++;
        return base();
      },
    });
    expect(calls).toBe(40 * 5);
  });

  it('rejects an empty sample', () => {
    expect(() => bootstrapMeanDifference([], [1], { resamples: 10, confidence: 0.95, random: Math.random })).toThrow(
      RangeError,
    );
  });
});
