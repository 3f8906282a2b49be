/**
 * Dates as a reader reads them: "2 Mar 2026", "week of 2 Mar 2026", "March 2026", never a raw ISO timestamp
 * or a period key ("2026-W10"). Month names are English and fixed, so the page does not depend on the locale
 * of the machine that made it.
 */
import { calendarDay, type Period, periodAt, type TimeBin } from '../profile/time-bins.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_MS = 86_400_000;

/**
 * A day (days since 1970-01-01) as "2 Mar 2026", or "2 Mar" without the year.
 * @example
 * ```ts
 * dayLabel(20514); // '2 Mar 2026'
 * ```
 */
export function dayLabel(day: number, withYear = true): string {
  const d = new Date(day * DAY_MS);
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return withYear ? `${text} ${d.getUTCFullYear()}` : text;
}

/**
 * The date a value names (an ISO date or timestamp, a `Date`, epoch milliseconds) as "2 Mar 2026", or null
 * when it names none.
 * @example
 * ```ts
 * dateLabel('2026-03-02T08:15:00Z'); // '2 Mar 2026'
 * dateLabel('round 2');              // null
 * ```
 */
export function dateLabel(value: unknown): string | null {
  const day = calendarDay(value);
  return day === null ? null : dayLabel(day);
}

/**
 * A period as a heading or a list names it: "2 Mar 2026" (day), "week of 2 Mar 2026", "March 2026".
 * @example
 * ```ts
 * periodLabel(periodOf('2026-03-04', 'week')); // 'week of 2 Mar 2026'
 * ```
 */
export function periodLabel(p: Period): string {
  const start = calendarDay(p.start) as number;
  if (p.bin === 'day') return dayLabel(start);
  if (p.bin === 'week') return `week of ${dayLabel(start)}`;
  const d = new Date(start * DAY_MS);
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * A period as an axis tick: its first day ("2 Mar"; with the year when `withYear`), or the month ("Mar 2026").
 * @example
 * ```ts
 * periodTick(2932, 'week', false); // '2 Mar'
 * ```
 */
export function periodTick(ordinal: number, bin: TimeBin, withYear: boolean): string {
  const p = periodAt(ordinal, bin);
  const start = calendarDay(p.start) as number;
  if (bin === 'month') {
    const d = new Date(start * DAY_MS);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }
  return dayLabel(start, withYear);
}

/**
 * How a time axis is titled: the field and what a tick marks ("published, weeks from Monday").
 * @example
 * ```ts
 * axisTitle('date', 'week'); // 'date (weeks, by their Monday)'
 * ```
 */
export function axisTitle(field: string, bin: TimeBin): string {
  return bin === 'day' ? `${field} (days)` : bin === 'week' ? `${field} (weeks, by their Monday)` : `${field} (months)`;
}
