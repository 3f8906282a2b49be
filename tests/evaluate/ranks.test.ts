import { describe, expect, it } from 'vitest';
import { averageRanks } from '../../src/evaluate/ranks.js';

describe('averageRanks', () => {
  it.each([
    [[], []],
    [[7], [1]],
    [
      [10, 20, 30],
      [1, 2, 3],
    ],
    [
      [30, 10, 20],
      [3, 1, 2],
    ],
    [
      [10, 20, 20, 5],
      [2, 3.5, 3.5, 1],
    ],
    [
      [4, 4, 4],
      [2, 2, 2],
    ],
    [
      [-1, 0, -1, 0, 2],
      [1.5, 3.5, 1.5, 3.5, 5],
    ],
  ])('ranks %j as %j', (values, expected) => {
    expect(averageRanks(values)).toEqual(expected);
  });

  it('keeps the sum of ranks at n(n+1)/2 whatever the ties', () => {
    const values = [3, 1, 3, 3, 2, 2, 9];
    const total = averageRanks(values).reduce((a, b) => a + b, 0);
    expect(total).toBe((values.length * (values.length + 1)) / 2);
  });
});
