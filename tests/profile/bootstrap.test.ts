import { describe, expect, it } from 'vitest';
import { bootstrapMean, bootstrapMeanDifference } from '../../src/profile/bootstrap.js';
import { mulberry32 } from '../../src/profile/prng.js';

const options = (seed: number) => ({ resamples: 2000, confidence: 0.95, random: mulberry32(seed) });

describe('bootstrapMean', () => {
  it('brackets the sample mean, within the sample range', () => {
    const sample = [-0.6, -0.2, 0.1, 0.3, -0.4, 0.05];
    const r = bootstrapMean(sample, options(1));
    expect(r.estimate).toBeCloseTo(sample.reduce((a, b) => a + b, 0) / sample.length, 12);
    expect(r.low).toBeLessThan(r.estimate);
    expect(r.high).toBeGreaterThan(r.estimate);
    expect(r.low).toBeGreaterThanOrEqual(-0.6);
    expect(r.high).toBeLessThanOrEqual(0.3);
  });

  it('one value has a zero-width interval; the same seed gives the same interval', () => {
    expect(bootstrapMean([0.4], options(7))).toEqual({ estimate: 0.4, low: 0.4, high: 0.4 });
    expect(bootstrapMean([1, 2, 3], options(3))).toEqual(bootstrapMean([1, 2, 3], options(3)));
  });

  it('an empty sample is refused, as for the difference', () => {
    expect(() => bootstrapMean([], options(1))).toThrow(RangeError);
    expect(() => bootstrapMeanDifference([], [1], options(1))).toThrow(RangeError);
  });
});
