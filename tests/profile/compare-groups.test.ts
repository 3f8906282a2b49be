import { describe, expect, it } from 'vitest';
import { compareGroups } from '../../src/profile/compare-groups.js';
import { profileSpeakers } from '../../src/profile/profile-speakers.js';
import { expectOptionsError, row } from './helpers.js';

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
  // minN 4: Psaki's four statements a week are enough to be compared (the default asks for 5).
  const cmp = compareGroups(rows, 'w1', 'w2', { by: 'date', minN: 4 });

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

  it('calls no direction for an unchanged speaker: the interval straddles zero', () => {
    const psaki = cmp.speakers.find((s) => s.speaker === 'Psaki');
    expect(psaki?.enough).toBe(true);
    expect(psaki?.significant).toBe(false);
    expect(psaki?.low).toBeLessThan(0);
    expect(psaki?.high).toBeGreaterThan(0);
    expect(psaki?.summary).toMatch(/^Psaki: not enough statements to tell a direction \(.*the interval includes 0\)$/);
  });

  it('calls no direction below the minimum count, however clear the shift looks (the default is 5)', () => {
    // One statement in w1 and three in w2 that all differ from it: a bootstrap of that is a point, not evidence.
    const few = [row('Kovac', -0.8, [], { date: 'w1' }), ...week('Kovac', 'w2', [0.5, 0.6, 0.4])];
    const kovac = compareGroups(few, 'w1', 'w2', { by: 'date' }).speakers[0];
    expect(kovac?.toward).toBe('conciliatory');
    expect(kovac?.low).toBeGreaterThan(0); // the interval alone would call it
    expect(kovac?.enough).toBe(false);
    expect(kovac?.significant).toBe(false);
    expect(kovac?.summary).toBe('Kovac: not enough statements (1 → 3 statements; a shift needs 5 in each group)');
    expect(compareGroups(few, 'w1', 'w2', { by: 'date', minN: 1 }).speakers[0]?.significant).toBe(true);
    expect(compareGroups(rows, 'w1', 'w2', { by: 'date' }).minN).toBe(5);
  });

  it('pools each side with options.side (a row field or a function), not everyone quoted', () => {
    const sided = rows.map((r) => ({ ...r, side: r.speaker === 'Lavrov' || r.speaker === 'Putin' ? 'RU' : 'US' }));
    const bySide = compareGroups(sided, 'w1', 'w2', { by: 'date', side: 'side' });
    expect(bySide.sides.map((s) => [s.speaker, s.countA, s.countB])).toEqual([
      ['US', 10, 10],
      ['RU', 6, 6],
    ]);
    const sideOf = (speaker: string) =>
      speaker === 'Lavrov' || speaker === 'Putin' ? 'RU' : speaker === 'Blinken' ? 'US' : null;
    const viaFunction = compareGroups(profileSpeakers(rows, { by: 'date' }), 'w1', 'w2', { side: sideOf });
    expect(viaFunction.sides.find((s) => s.speaker === 'RU')).toEqual(bySide.sides.find((s) => s.speaker === 'RU'));
    expect(viaFunction.sides.find((s) => s.speaker === 'US')?.countA).toBe(6); // Psaki has no side here
    expect(compareGroups(rows, 'w1', 'w2', { by: 'date' }).sides).toEqual([]);
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
    expect(compareGroups(rows, 'w1', 'w2', { by: 'date' }).allToward).toBe('conciliatory'); // Psaki has too few
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
    const again = compareGroups(profileSpeakers(rows, { by: 'date' }), 'w1', 'w2', { minN: 4 });
    expect(again).toEqual(cmp);
    const other = compareGroups(rows, 'w1', 'w2', { by: 'date', seed: 2, minN: 4 });
    expect(other.speakers[0]?.low).not.toBe(cmp.speakers[0]?.low);
    expect(other.speakers[0]?.shift).toBe(cmp.speakers[0]?.shift);
  });

  it("keeps a speaker's interval independent of the other speakers in the data", () => {
    const alone = compareGroups(
      rows.filter((r) => r.speaker === 'Lavrov'),
      'w1',
      'w2',
      { by: 'date', minN: 4 },
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
    ['minN 0', () => compareGroups(rows, 'w1', 'w2', { by: 'date', minN: 0 }), 'minN'],
    [
      'a side field with a report',
      () => compareGroups(profileSpeakers(rows, { by: 'date' }), 'w1', 'w2', { side: 'side' }),
      'side',
    ],
  ])('throws OptionsError on %s', (_name, call, option) => {
    expectOptionsError(call, option);
  });
});
