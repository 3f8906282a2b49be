import { describe, expect, it } from 'vitest';
import { auc } from '../../src/evaluate/auc.js';

// Expected values counted by hand over all (positive, negative) pairs: win = 1, tie = 1/2.
describe('auc', () => {
  it.each([
    ['perfect ranking', [3, 4], [1, 2], 1],
    ['inverted ranking', [1, 2], [3, 4], 0],
    ['3 wins and 1 tie of 4 pairs', [0.9, 0.4], [0.1, 0.4], 0.875],
    ['all tied', [0, 0, 0], [0, 0], 0.5],
    ['2 wins, 2 losses, 2 ties of 6 pairs', [1, 2, 3], [2, 2], 0.5],
    ['one of each, positive lower', [-0.2], [0.1], 0],
  ])('%s', (_name, positive, negative, expected) => {
    expect(auc(positive, negative)).toBeCloseTo(expected, 12);
  });

  it('is null when one side is empty', () => {
    expect(auc([], [1])).toBeNull();
    expect(auc([1], [])).toBeNull();
  });

  it('agrees with counting pairs on a larger sample', () => {
    const pos = [0.1, 0.5, 0.5, 0.8, -0.2, 0.3, 0.5];
    const neg = [-0.5, 0.5, 0, 0.1, -0.2];
    let wins = 0;
    for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
    expect(auc(pos, neg)).toBeCloseTo(wins / (pos.length * neg.length), 12);
  });
});
