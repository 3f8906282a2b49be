import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { compareGroups } from '../../src/profile/compare-groups.js';
import { profileSpeakers } from '../../src/profile/profile-speakers.js';
import { row } from './helpers.js';

const week = (speaker: string, date: string, scores: number[]) => scores.map((s) => row(speaker, s, [], { date }));

// Both sides confrontational in week 1 and noticeably calmer in week 2; Psaki unchanged; Putin only in week 1.
const rows = [
  ...week('Blinken', 'w1', [-0.6, -0.5, -0.4, -0.5, -0.3, -0.6]),
  ...week('Lavrov', 'w1', [-0.7, -0.5, -0.6, -0.4, -0.6]),
  ...week('Psaki', 'w1', [0.1, -0.1, 0.0, 0.1]),
  ...week('Putin', 'w1', [-0.8]),
  ...week('Blinken', 'w2', [0.1, 0.2, -0.1, 0.3, 0.2]),
  ...week('Lavrov', 'w2', [0.2, 0.0, 0.3, 0.1, 0.2, 0.1]),
  ...week('Psaki', 'w2', [0.0, 0.1, -0.1, 0.1]),
  ...week('Guterres', 'w2', [0.5]),
];

describe('compareGroups', () => {
  const cmp = compareGroups(rows, 'w1', 'w2', { by: 'date' });

  it('reports, for each speaker in both groups, the shift with its pole and interval', () => {
    expect(cmp.speakers.map((s) => s.speaker)).toEqual(['Blinken', 'Lavrov', 'Psaki']);
    const blinken = cmp.speakers[0];
    expect(blinken?.meanA).toBeCloseTo(-2.9 / 6, 12);
    expect(blinken?.meanB).toBeCloseTo(0.14, 12);
    expect(blinken?.shift).toBeCloseTo(0.14 + 2.9 / 6, 12);
    expect(blinken?.toward).toBe('conciliatory');
    expect(blinken?.significant).toBe(true);
    expect(blinken?.low).toBeGreaterThan(0);
    expect(blinken?.low).toBeLessThan(blinken?.shift as number);
    expect(blinken?.high).toBeGreaterThan(blinken?.shift as number);
    expect(blinken?.confrontationalShareA).toBe(1);
    expect(blinken?.confrontationalShareB).toBe(0);
    expect(blinken?.summary).toMatch(/^Blinken moved toward conciliatory by 0\.62 \(mean −0\.48 → \+0\.14; 95% CI/);
  });

  it('calls an unchanged speaker unclear: the interval straddles zero', () => {
    const psaki = cmp.speakers.find((s) => s.speaker === 'Psaki');
    expect(psaki?.significant).toBe(false);
    expect(psaki?.low).toBeLessThan(0);
    expect(psaki?.high).toBeGreaterThan(0);
    expect(psaki?.summary).toMatch(/^Psaki: no clear shift/);
  });

  it('lists speakers seen in only one group and pools everyone in overall', () => {
    expect(cmp.onlyInA).toEqual(['Putin']);
    expect(cmp.onlyInB).toEqual(['Guterres']);
    expect(cmp.overall?.countA).toBe(16);
    expect(cmp.overall?.countB).toBe(16);
    expect(cmp.overall?.toward).toBe('conciliatory');
  });

  it('says allToward only when every compared speaker moved significantly the same way', () => {
    expect(cmp.allToward).toBeNull(); // Psaki did not move
    const bothSides = compareGroups(
      rows.filter((r) => r.speaker !== 'Psaki'),
      'w1',
      'w2',
      { by: 'date' },
    );
    expect(bothSides.allToward).toBe('conciliatory');
    const reversed = compareGroups(
      rows.filter((r) => r.speaker !== 'Psaki'),
      'w2',
      'w1',
      { by: 'date' },
    );
    expect(reversed.allToward).toBe('confrontational');
  });

  it('is deterministic for a seed, varies with the seed, and accepts a grouped report', () => {
    const again = compareGroups(profileSpeakers(rows, { by: 'date' }), 'w1', 'w2');
    expect(again).toEqual(cmp);
    const other = compareGroups(rows, 'w1', 'w2', { by: 'date', seed: 2 });
    expect(other.speakers[0]?.low).not.toBe(cmp.speakers[0]?.low);
    expect(other.speakers[0]?.shift).toBe(cmp.speakers[0]?.shift);
  });

  it("keeps a speaker's interval independent of the other speakers in the data", () => {
    const alone = compareGroups(
      rows.filter((r) => r.speaker === 'Lavrov'),
      'w1',
      'w2',
      { by: 'date' },
    );
    expect(alone.speakers[0]).toEqual(cmp.speakers.find((s) => s.speaker === 'Lavrov'));
  });

  it('widens the interval with confidence', () => {
    const narrow = compareGroups(rows, 'w1', 'w2', { by: 'date', confidence: 0.5 }).speakers[0];
    const wide = compareGroups(rows, 'w1', 'w2', { by: 'date', confidence: 0.99 }).speakers[0];
    expect((wide?.high as number) - (wide?.low as number)).toBeGreaterThan(
      (narrow?.high as number) - (narrow?.low as number),
    );
  });

  it.each([
    ['an ungrouped report', () => compareGroups(profileSpeakers(rows), 'w1', 'w2'), 'by'],
    ['rows without by', () => compareGroups(rows, 'w1', 'w2'), 'by'],
    ['an absent group a', () => compareGroups(rows, 'w0', 'w2', { by: 'date' }), 'a'],
    ['an absent group b', () => compareGroups(rows, 'w1', 'w3', { by: 'date' }), 'b'],
    ['zero resamples', () => compareGroups(rows, 'w1', 'w2', { by: 'date', resamples: 0 }), 'resamples'],
    ['fractional resamples', () => compareGroups(rows, 'w1', 'w2', { by: 'date', resamples: 10.5 }), 'resamples'],
    ['confidence 1', () => compareGroups(rows, 'w1', 'w2', { by: 'date', confidence: 1 }), 'confidence'],
    ['a string seed', () => compareGroups(rows, 'w1', 'w2', { by: 'date', seed: 'x' } as never), 'seed'],
  ])('throws OptionsError on %s', (_name, call, option) => {
    expect(call).toThrow(OptionsError);
    try {
      call();
    } catch (err) {
      expect((err as OptionsError).option).toBe(option);
    }
  });
});
