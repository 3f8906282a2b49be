/** Invariants of profiles on arbitrary scored statements (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileSpeakers } from '../../src/profile/profile-speakers.js';
import { row } from './helpers.js';

const rows = fc
  .array(
    fc.tuple(
      fc.constantFrom('A', 'B', '__proto__', null),
      fc.integer({ min: -10, max: 10 }),
      fc.constantFrom('d1', 'd2'),
    ),
    { maxLength: 40 },
  )
  .map((xs) => xs.map(([speaker, s, date]) => row(speaker, s / 10, [], { date })));

describe('profile invariants', () => {
  it('accounts for every row, keeps each mean within its scores, and is deterministic', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('group', 'skip') as fc.Arbitrary<'group' | 'skip'>, (input, unattributed) => {
        const report = profileSpeakers(input, { by: 'date', unattributed });
        expect(report.profiles.reduce((n, p) => n + p.count, 0) + report.skipped).toBe(input.length);
        for (const p of report.profiles) {
          expect(p.mean).toBeGreaterThanOrEqual(Math.min(...p.scores) - 1e-12);
          expect(p.mean).toBeLessThanOrEqual(Math.max(...p.scores) + 1e-12);
          expect(Object.values(p.labels).reduce((a, b) => a + b, 0)).toBe(p.count);
        }
        expect(profileSpeakers(input, { by: 'date', unattributed })).toEqual(report);
      }),
    );
  });
});
