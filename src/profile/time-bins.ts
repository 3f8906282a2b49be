/**
 * Calendar bins for dates: a day, an ISO week (Monday to Sunday) or a month. A date is read as the calendar
 * date it names: `2025-03-03T23:30:00-05:00` is 3 March, whatever the time zone of the machine, so the same
 * file bins the same way everywhere. Each bin has a key that sorts in time order as text, the ISO date of its
 * first day, and an ordinal (bins since 1970) so that the distance between two bins is a subtraction.
 */

/**
 * The width of a time bin.
 * @example
 * ```ts
 * import { periodOf, type TimeBin } from 'detente';
 * const bin: TimeBin = 'week';
 * periodOf('2025-03-05', bin)?.key; // '2025-W10'
 * ```
 */
export type TimeBin = 'day' | 'week' | 'month';

/**
 * The time bins, narrowest first.
 * @example
 * ```ts
 * import { TIME_BINS } from 'detente';
 * TIME_BINS.includes('week'); // true
 * ```
 */
export const TIME_BINS: readonly TimeBin[] = Object.freeze(['day', 'week', 'month']);

/**
 * One time bin. `key` sorts in time order as text: `2025-03-05` (day), `2025-W10` (ISO week-year and week),
 * `2025-03` (month). `start` is the ISO date of its first day (a Monday for weeks). `ordinal` counts bins of
 * its width since 1970, so `b.ordinal - a.ordinal` is the number of days, weeks or months between them.
 * @example
 * ```ts
 * import { periodOf, type Period } from 'detente';
 * const p: Period | null = periodOf('2025-03-05', 'week');
 * // { bin: 'week', key: '2025-W10', start: '2025-03-03', ordinal: 2879 }
 * ```
 */
export interface Period {
  readonly bin: TimeBin;
  readonly key: string;
  readonly start: string;
  readonly ordinal: number;
}

const DAY_MS = 86_400_000;
// An ISO date, optionally followed by a time (after 'T' or a space) and a zone, which are ignored.
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[Tt ]\S*\s*$)/;

/**
 * The calendar date a value names, as days since 1970-01-01, or null when it names none. Strings must start
 * with an ISO date (`2025-03-05`, `2025-03-05T10:00:00Z`, `2025-03-05 10:00`); a `Date` or a number (epoch
 * milliseconds) gives its UTC date.
 * @example
 * ```ts
 * import { calendarDay } from 'detente';
 * calendarDay('1970-01-02');   // 1
 * calendarDay('2025-02-30');   // null (no such day)
 * calendarDay('5 March 2025'); // null (not ISO)
 * ```
 */
export function calendarDay(value: unknown): number | null {
  if (value instanceof Date || typeof value === 'number') {
    const ms = value instanceof Date ? value.getTime() : value;
    return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
  }
  if (typeof value !== 'string') return null;
  const m = ISO_DATE.exec(value);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // Date rolls 30 February over into March: a day that does not round-trip does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.floor(date.getTime() / DAY_MS);
}

/**
 * The bin of width `bin` holding the date `value` names (see `calendarDay`), or null when it names no date.
 * @example
 * ```ts
 * import { periodOf } from 'detente';
 * periodOf('2025-03-05', 'day')?.key;   // '2025-03-05'
 * periodOf('2025-03-05', 'week')?.key;  // '2025-W10' (Monday 3 March to Sunday 9 March)
 * periodOf('2025-03-05', 'month')?.key; // '2025-03'
 * periodOf('2024-12-30', 'week')?.key;  // '2025-W01' (the ISO week-year of its Thursday)
 * ```
 */
export function periodOf(value: unknown, bin: TimeBin): Period | null {
  const day = calendarDay(value);
  if (day === null) return null;
  if (bin === 'day') return periodAt(day, 'day');
  if (bin === 'week') return periodAt(weekOrdinal(day), 'week');
  const date = new Date(day * DAY_MS);
  return periodAt(date.getUTCFullYear() * 12 + date.getUTCMonth(), 'month');
}

/**
 * The bin with a given ordinal: walks a time axis bin by bin, empty bins included.
 * @example
 * ```ts
 * import { periodAt, periodOf } from 'detente';
 * const first = periodOf('2025-03-03', 'week')!;
 * periodAt(first.ordinal + 1, 'week').key; // '2025-W11'
 * ```
 */
export function periodAt(ordinal: number, bin: TimeBin): Period {
  if (bin === 'day') {
    const start = isoDate(ordinal);
    return { bin, key: start, start, ordinal };
  }
  if (bin === 'week') {
    // Week ordinals count Mondays: 1970-01-01 was a Thursday, so week 0 starts on Monday 1969-12-29 (day −3).
    const monday = ordinal * 7 - 3;
    const thursday = new Date((monday + 3) * DAY_MS);
    const year = thursday.getUTCFullYear();
    const week = Math.floor((monday + 3 - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
    return { bin, key: `${year}-W${String(week).padStart(2, '0')}`, start: isoDate(monday), ordinal };
  }
  const year = Math.floor(ordinal / 12);
  const month = ordinal - year * 12 + 1;
  const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  return { bin, key, start: `${key}-01`, ordinal };
}

/** The ordinal of the ISO week holding `day` (days since 1970-01-01). */
function weekOrdinal(day: number): number {
  return Math.floor((day + 3) / 7);
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
