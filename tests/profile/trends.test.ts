import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { mulberry32 } from '../../src/profile/prng.js';
import { bootstrapSlope, olsSlope } from '../../src/profile/slope.js';
import { trends } from '../../src/profile/trends.js';
import { expectOptionsError, row } from './helpers.js';

/** Statements by `speaker` on `side`, dated `date`, one per score. */
const on = (speaker: string, side: string, date: string, scores: number[]) =>
  scores.map((s) => row(speaker, s, [], { side, date }));

// Five Mondays from 2025-03-03: Ardenia softens, Belmark hardens, the envoy stays where she is.
const rows = [
  ...on('Kovac', 'Ardenia', '2025-03-03', [-0.6, -0.5, -0.7]),
  ...on('Dragan', 'Ardenia', '2025-03-04', [-0.6]),
  ...on('Kovac', 'Ardenia', '2025-03-10', [-0.4, -0.3]),
  ...on('Kovac', 'Ardenia', '2025-03-18', [-0.1, 0.1]),
  ...on('Kovac', 'Ardenia', '2025-03-24', [0.3, 0.2]),
  ...on('Kovac', 'Ardenia', '2025-04-01', [0.5, 0.6, 0.4]),
  ...on('Lund', 'Belmark', '2025-03-03', [0.5, 0.4]),
  ...on('Lund', 'Belmark', '2025-03-12', [0.3, 0.4]),
  ...on('Lund', 'Belmark', '2025-03-18', [0.0, -0.1]),
  ...on('Lund', 'Belmark', '2025-03-26', [-0.4, -0.3]),
  ...on('Lund', 'Belmark', '2025-04-03', [-0.6, -0.5]),
  ...on('Okafor', 'mediator', '2025-03-03', [0.4, 0.0]),
  ...on('Okafor', 'mediator', '2025-03-18', [0.3, 0.2]),
  ...on('Okafor', 'mediator', '2025-04-01', [0.0, 0.4]),
  ...on('Belpress', 'Belmark', '2025-03-26', [-0.5]),
  ...on('Belpress', 'Belmark', '2025-04-03', [-0.6]),
];

describe('olsSlope and bootstrapSlope', () => {
  it('fit the least-squares line, and have no slope when every x is the same', () => {
    expect(olsSlope([0, 1, 2], [-0.5, 0, 0.5])).toBeCloseTo(0.5, 12);
    expect(olsSlope([0, 0, 2, 2], [0, 1, 1, 2])).toBeCloseTo(0.5, 12);
    expect(olsSlope([3, 3], [0, 1])).toBeNull();
    expect(olsSlope([], [])).toBeNull();
  });

  it('put the estimate inside a percentile interval that narrows with more data', () => {
    const x = [0, 0, 1, 1, 2, 2, 3, 3];
    const y = [-0.6, -0.4, -0.1, 0.1, 0.2, 0.4, 0.5, 0.7];
    const small = bootstrapSlope(x, y, { resamples: 2000, confidence: 0.95, random: mulberry32(3) });
    expect(small.estimate).toBeCloseTo(olsSlope(x, y) as number, 12);
    expect(small.low).toBeLessThan(small.estimate);
    expect(small.high).toBeGreaterThan(small.estimate);
    const big = bootstrapSlope([...x, ...x, ...x, ...x], [...y, ...y, ...y, ...y], {
      resamples: 2000,
      confidence: 0.95,
      random: mulberry32(3),
    });
    expect(big.high - big.low).toBeLessThan(small.high - small.low);
    expect(() => bootstrapSlope([1, 1], [0, 1], { resamples: 10, confidence: 0.9, random: mulberry32(1) })).toThrow(
      RangeError,
    );
  });
});

describe('trends', () => {
  const bySide = trends(rows, { time: 'date', bin: 'week', series: 'side' });

  it('lists the periods with statements in time order and one line per side, most statements first', () => {
    expect(bySide.periods.map((p) => p.key)).toEqual(['2025-W10', '2025-W11', '2025-W12', '2025-W13', '2025-W14']);
    expect(bySide.series.map((t) => [t.series, t.count, t.periods])).toEqual([
      ['Ardenia', 13, 5],
      ['Belmark', 12, 5],
      ['mediator', 6, 3],
    ]);
    const ardenia = bySide.series[0]!;
    expect(ardenia.points.map((p) => [p.period.key, p.count])).toEqual([
      ['2025-W10', 4],
      ['2025-W11', 2],
      ['2025-W12', 2],
      ['2025-W13', 2],
      ['2025-W14', 3],
    ]);
    expect(ardenia.points[0]?.mean).toBeCloseTo(-0.6, 12);
  });

  it('finds the direction of each side, as score per week, with an interval that excludes 0', () => {
    const [ardenia, belmark, mediator] = bySide.series;
    expect(ardenia?.direction).toBe('conciliatory');
    expect(ardenia?.slope).toBeGreaterThan(0.2);
    expect(ardenia?.low).toBeGreaterThan(0);
    expect(ardenia?.summary).toMatch(
      /^Ardenia softened: toward conciliatory by \+0\.\d\d a week \(95% CI \+0\.\d\d to \+0\.\d\d; 5 weeks, 13 statements\)$/,
    );
    expect(belmark?.direction).toBe('confrontational');
    expect(belmark?.high).toBeLessThan(0);
    expect(belmark?.summary).toMatch(/^Belmark hardened: toward confrontational by −0\.\d\d a week/);
    expect(mediator?.direction).toBeNull();
    expect(mediator?.reason).toBe('interval-includes-zero');
    expect(mediator?.low).toBeLessThan(0);
    expect(mediator?.high).toBeGreaterThan(0);
    expect(mediator?.summary).toMatch(
      /^mediator: not enough statements to tell a direction \(.* includes 0; 3 weeks, 6 statements\)$/,
    );
  });

  it('gives no direction to a line below minN statements or minPeriods periods, and says what it needs', () => {
    const bySpeaker = trends(rows, { time: 'date', series: 'speaker' });
    const belpress = bySpeaker.series.find((t) => t.series === 'Belpress');
    expect(belpress).toMatchObject({ count: 2, periods: 2, direction: null, reason: 'too-few-statements', low: null });
    expect(belpress?.slope).toBeCloseTo(-0.1, 12);
    expect(belpress?.summary).toBe(
      'Belpress: not enough statements (2 weeks, 2 statements; a direction needs 5 statements in 3 weeks)',
    );
    const twoWeeks = trends(
      rows.filter((r) => r.date === '2025-03-03' || r.date === '2025-03-10'),
      { time: 'date', series: 'side' },
    );
    expect(twoWeeks.series[0]).toMatchObject({ series: 'Ardenia', periods: 2, reason: 'too-few-periods' });
    const allowed = trends(
      rows.filter((r) => r.date === '2025-03-03' || r.date === '2025-03-10'),
      { time: 'date', series: 'side', minPeriods: 2 },
    );
    expect(allowed.series[0]?.direction).toBe('conciliatory');
    expect(
      trends(rows, { time: 'date', series: 'speaker', minN: 2 }).series.find((t) => t.series === 'Belpress')?.reason,
    ).toBe('too-few-periods');
  });

  it('measures slope per bin: the daily slope × 7 is about the weekly one; months are calendar months', () => {
    const weekly = bySide.series[0]!.slope as number;
    const daily = trends(rows, { time: 'date', bin: 'day', series: 'side' }).series[0]!.slope as number;
    expect(daily * 7).toBeCloseTo(weekly, 1);
    const monthly = trends(rows, { time: 'date', bin: 'month', series: 'side' });
    expect(monthly.periods.map((p) => p.key)).toEqual(['2025-03', '2025-04']);
  });

  it('is deterministic for a seed, and one line does not depend on the others', () => {
    expect(trends(rows, { time: 'date', series: 'side' })).toEqual(bySide);
    const alone = trends(
      rows.filter((r) => r.side === 'Belmark'),
      { time: 'date', series: 'side' },
    );
    expect(alone.series[0]).toEqual(bySide.series[1]);
    const reseeded = trends(rows, { time: 'date', series: 'side', seed: 9 });
    expect(reseeded.series[0]?.low).not.toBe(bySide.series[0]?.low);
    expect(reseeded.series[0]?.slope).toBe(bySide.series[0]?.slope);
  });

  it('counts rows without a date and groups or skips rows without a series value', () => {
    const more = [
      ...rows,
      row('Kovac', 0.1, [], { side: 'Ardenia', date: 'unknown' }),
      row('Kovac', 0.1, [], { side: 'Ardenia' }),
      row(null, 0.2, [], { date: '2025-03-03' }),
    ];
    const grouped = trends(more, { time: 'date', series: 'speaker' });
    expect(grouped.undated).toBe(2);
    expect(grouped.series.find((t) => t.series === '(unattributed)')?.count).toBe(1);
    const skipped = trends(more, { time: 'date', series: 'speaker', unattributed: 'skip' });
    expect(skipped.skipped).toBe(1);
    expect(skipped.series.some((t) => t.series === '(unattributed)')).toBe(false);
    const byFunction = trends(rows, { time: 'date', series: (r) => (r.side === 'mediator' ? null : 'parties') });
    expect(byFunction.series.map((t) => t.series)).toEqual(['parties', '(unattributed)']);
  });

  it.each([
    ['no options', () => trends(rows, undefined as never), 'options'],
    ['no time field', () => trends(rows, {} as never), 'time'],
    ['an unknown bin', () => trends(rows, { time: 'date', bin: 'year' as never }), 'bin'],
    ['minPeriods 1', () => trends(rows, { time: 'date', minPeriods: 1 }), 'minPeriods'],
    ['minN 0', () => trends(rows, { time: 'date', minN: 0 }), 'minN'],
    ['an empty series field', () => trends(rows, { time: 'date', series: '' }), 'series'],
    ['a series function giving objects', () => trends(rows, { time: 'date', series: () => ({}) }), 'series'],
  ])('throws OptionsError on %s', (_name, call, option) => {
    expectOptionsError(call, option);
  });

  it('throws InputError on rows that are not scored statements', () => {
    expect(() => trends([{ speaker: 'X', date: '2025-03-03' }] as never, { time: 'date' })).toThrow(InputError);
    expect(() => trends(42 as never, { time: 'date' })).toThrow(InputError);
  });
});
