import { describe, expect, it } from 'vitest';
import { accuracy, macroF1, perClassMetrics } from '../../src/evaluate/class-metrics.js';
import { confusionMatrix } from '../../src/evaluate/confusion.js';
import type { ToneLabel } from '../../src/scoring/types.js';

type Pair = [ToneLabel, ToneLabel];
const repeat = (pair: Pair, times: number): Pair[] => Array.from({ length: times }, () => pair);

// Gold → predicted, counted by hand:
//   conciliatory: 3 right, 1 predicted neutral       → P 3/4, R 3/4, F1 3/4
//   confrontational: 2 right, 1 → conciliatory, 1 → mixed → P 2/2, R 2/4, F1 2/3
//   neutral: 1 right; its column also holds the conciliatory miss → P 1/2, R 1, F1 2/3
//   mixed: no gold rows, 1 prediction                → P 0, R 0, F1 0 (left out of macro-F1)
const pairs: Pair[] = [
  ...repeat(['conciliatory', 'conciliatory'], 3),
  ['conciliatory', 'neutral'],
  ...repeat(['confrontational', 'confrontational'], 2),
  ['confrontational', 'conciliatory'],
  ['confrontational', 'mixed'],
  ['neutral', 'neutral'],
];

describe('confusionMatrix', () => {
  it('counts gold rows against predicted columns in TONE_LABELS order', () => {
    expect(confusionMatrix(pairs)).toEqual({
      labels: ['conciliatory', 'confrontational', 'neutral', 'mixed'],
      counts: [
        [3, 0, 1, 0],
        [1, 2, 0, 1],
        [0, 0, 1, 0],
        [0, 0, 0, 0],
      ],
    });
  });
});

describe('per-class metrics, macro-F1 and accuracy', () => {
  const matrix = confusionMatrix(pairs);
  const metrics = perClassMetrics(matrix);

  it.each([
    ['conciliatory', 3 / 4, 3 / 4, 3 / 4, 4],
    ['confrontational', 1, 1 / 2, 2 / 3, 4],
    ['neutral', 1 / 2, 1, 2 / 3, 1],
    ['mixed', 0, 0, 0, 0],
  ] as const)('%s: P %d, R %d, F1 %d, support %d', (label, precision, recall, f1, support) => {
    const m = metrics.find((x) => x.label === label);
    expect(m?.precision).toBeCloseTo(precision, 12);
    expect(m?.recall).toBeCloseTo(recall, 12);
    expect(m?.f1).toBeCloseTo(f1, 12);
    expect(m?.support).toBe(support);
  });

  it('macro-F1 averages the classes present in the gold labels only', () => {
    expect(macroF1(metrics)).toBeCloseTo((3 / 4 + 2 / 3 + 2 / 3) / 3, 12);
  });

  it('a predicted neutral for a gold pole is a miss even with no gold neutral rows', () => {
    const m = perClassMetrics(
      confusionMatrix([
        ['conciliatory', 'neutral'],
        ['confrontational', 'confrontational'],
      ]),
    );
    // conciliatory F1 0, confrontational F1 1; neutral has no support so it is not averaged in
    expect(macroF1(m)).toBe(0.5);
  });

  it('accuracy is the diagonal share', () => {
    expect(accuracy(matrix)).toBeCloseTo(6 / 9, 12);
  });

  it('is null on an empty matrix', () => {
    const empty = confusionMatrix([]);
    expect(accuracy(empty)).toBeNull();
    expect(macroF1(perClassMetrics(empty))).toBeNull();
  });
});
