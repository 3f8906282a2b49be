/** Invariants of the metrics on arbitrary samples (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auc } from '../../src/evaluate/auc.js';
import { spearman } from '../../src/evaluate/spearman.js';

const sample = fc.array(
  fc.integer({ min: -5, max: 5 }).map((x) => x / 5),
  { minLength: 1, maxLength: 30 },
);

describe('metric invariants', () => {
  it('AUC is in [0, 1], and swapping the classes gives 1 − AUC', () => {
    fc.assert(
      fc.property(sample, sample, (pos, neg) => {
        const a = auc(pos, neg) as number;
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        expect(auc(neg, pos) as number).toBeCloseTo(1 - a, 12);
      }),
    );
  });

  it('Spearman is in [-1, 1], symmetric, and unchanged by a monotone transform', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: -9, max: 9 })), {
          minLength: 2,
          maxLength: 30,
        }),
        (pairs) => {
          const xs = pairs.map((p) => p[0]);
          const ys = pairs.map((p) => p[1]);
          const r = spearman(xs, ys);
          if (r === null) return;
          expect(Math.abs(r)).toBeLessThanOrEqual(1 + 1e-12);
          expect(spearman(ys, xs) as number).toBeCloseTo(r, 12);
          expect(
            spearman(
              xs.map((x) => x ** 3 + 2 * x),
              ys,
            ) as number,
          ).toBeCloseTo(r, 12);
        },
      ),
    );
  });
});
