import { describe, expect, it } from 'vitest';
import { pearson, spearman } from '../../src/evaluate/spearman.js';

describe('pearson', () => {
  it.each([
    // mean 2 and 13/3; Sxy = 5, Sxx = 2, Syy = 38/3 → 5 / sqrt(76/3)
    [[1, 2, 3], [2, 4, 7], 5 / Math.sqrt(76 / 3)],
    [[1, 2, 3], [3, 2, 1], -1],
    [[1, 2, 3, 4], [2, 4, 6, 8], 1],
  ])('pearson(%j, %j) = %d', (xs, ys, expected) => {
    expect(pearson(xs, ys)).toBeCloseTo(expected, 12);
  });

  it('is null for fewer than two points or a constant side', () => {
    expect(pearson([1], [1])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

describe('spearman', () => {
  it.each([
    // ranks of y are 1,3,2,4: sum d² = 2, rho = 1 - 6·2 / (4·15) = 0.8
    ['one swap', [1, 2, 3, 4], [10, 30, 20, 40], 0.8],
    ['monotone but not linear', [1, 2, 3, 4, 5], [1, 4, 9, 16, 1000], 1],
    ['reversed', [1, 2, 3], [9, 5, 1], -1],
    // ranks of x are 1, 2.5, 2.5, 4: Sxy = 4.5, Sxx = 4.5, Syy = 5 → sqrt(0.9)
    ['a tie gets the average rank', [1, 2, 2, 3], [1, 2, 3, 4], Math.sqrt(0.9)],
  ])('%s', (_name, xs, ys, expected) => {
    expect(spearman(xs, ys)).toBeCloseTo(expected, 12);
  });

  it('is null when every score is the same', () => {
    expect(spearman([0, 0, 0], [1, 2, 3])).toBeNull();
  });

  it('rejects samples of different lengths', () => {
    expect(() => spearman([1, 2], [1])).toThrow(RangeError);
  });
});
