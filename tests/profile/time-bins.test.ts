import { describe, expect, it } from 'vitest';
import { calendarDay, periodAt, periodOf } from '../../src/profile/time-bins.js';

describe('calendarDay', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2025-03-03', 20150],
    ['2025-03-03T23:30:00-05:00', 20150], // the calendar date as written: the zone is ignored
    ['2025-03-03 08:00', 20150],
    [' 2025-03-03 ', 20150],
    ['2024-02-29', 19782],
  ])('%s → day %d', (value, day) => {
    expect(calendarDay(value)).toBe(day);
  });

  it.each([
    ['2025-02-29'], // not a leap year
    ['2025-13-01'],
    ['2025-00-10'],
    ['5 March 2025'],
    ['03/05/2025'],
    ['2025-3-5'],
    ['2025-03-05junk'],
    [''],
  ])('%j names no date', (value) => {
    expect(calendarDay(value)).toBeNull();
  });

  it('reads Dates and epoch milliseconds by their UTC date; anything else is null', () => {
    expect(calendarDay(new Date(Date.UTC(2025, 2, 3, 23, 59)))).toBe(20150);
    expect(calendarDay(Date.UTC(2025, 2, 3))).toBe(20150);
    expect(calendarDay(new Date(Number.NaN))).toBeNull();
    expect(calendarDay(Number.POSITIVE_INFINITY)).toBeNull();
    expect(calendarDay(null)).toBeNull();
    expect(calendarDay({})).toBeNull();
  });
});

describe('periodOf', () => {
  it.each([
    ['2025-03-03', 'week', '2025-W10', '2025-03-03'], // a Monday
    ['2025-03-09', 'week', '2025-W10', '2025-03-03'], // the Sunday of the same week
    ['2025-03-10', 'week', '2025-W11', '2025-03-10'],
    ['2024-12-30', 'week', '2025-W01', '2024-12-30'], // ISO week-year: the year of the week's Thursday
    ['2021-01-03', 'week', '2020-W53', '2020-12-28'],
    ['1970-01-01', 'week', '1970-W01', '1969-12-29'],
    ['2025-03-05', 'day', '2025-03-05', '2025-03-05'],
    ['2025-03-31', 'month', '2025-03', '2025-03-01'],
    ['1969-12-31', 'month', '1969-12', '1969-12-01'],
  ] as const)('%s in a %s → %s starting %s', (value, bin, key, start) => {
    expect(periodOf(value, bin)).toMatchObject({ bin, key, start });
  });

  it('orders ordinals like time, one apart for neighbouring bins, and keys sort as text', () => {
    for (const bin of ['day', 'week', 'month'] as const) {
      const days = Array.from({ length: 800 }, (_, i) => new Date(Date.UTC(2023, 11, 1) + i * 86_400_000));
      const periods = days.map((d) => periodOf(d, bin)!);
      for (let i = 1; i < periods.length; i++) {
        const [a, b] = [periods[i - 1]!, periods[i]!];
        expect(b.ordinal - a.ordinal).toBeGreaterThanOrEqual(0);
        expect(b.ordinal - a.ordinal).toBeLessThanOrEqual(1);
        expect(b.ordinal === a.ordinal ? b.key === a.key : b.key > a.key).toBe(true);
        expect(periodAt(b.ordinal, bin)).toEqual(b);
      }
    }
  });

  it('returns null for a value that names no date', () => {
    expect(periodOf('soon', 'week')).toBeNull();
    expect(periodOf(undefined, 'day')).toBeNull();
  });
});
