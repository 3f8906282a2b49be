/**
 * The report's default comparison ("Who moved"): the first half of the periods against the second half, so a
 * speaker quoted a few times a week is compared on all their statements, not on the first and last week
 * alone (where almost nobody has `minN` statements). With an odd number of periods the middle one is left
 * out, so both halves span as many periods. Two or three periods: the first against the last, as before.
 */
import type { GroupComparison } from '../index.js';
import { compareGroups } from '../index.js';
import { groupOf } from '../profile/read-row.js';
import type { GroupBy } from '../profile/types.js';
import type { SeriesModel } from './series.js';
import type { ReportRow } from './types.js';

/** The field the halves are put in, on copies of the rows (a name no input column has in practice). */
const HALF_FIELD = '\u0000half';

/** The settings `compareGroups` takes from the report's options. */
export interface HalvesSettings {
  readonly minN: number;
  readonly resamples: number;
  readonly seed: number;
  readonly side?: (speaker: string) => string | undefined;
}

/**
 * Compares the first half of the series' periods with the second half, each named by its periods ("week of 2
 * Mar 2026 – week of 9 Mar 2026"); null with fewer than four periods.
 * @example
 * ```ts
 * halvesComparison(rows, { field: 'date', bin: 'week' }, series, { minN: 5, resamples: 1000, seed: 1 })?.a;
 * // 'week of 2 Mar 2026 – week of 9 Mar 2026' (of five weeks: the first two against the last two)
 * ```
 */
export function halvesComparison(
  rows: readonly ReportRow[],
  by: GroupBy,
  s: SeriesModel,
  settings: HalvesSettings,
): GroupComparison | null {
  const periods = s.series.groups.filter((g) => s.grouped.groups.includes(g.key));
  if (periods.length < 4) return null;
  const half = Math.floor(periods.length / 2);
  const first = periods.slice(0, half);
  const second = periods.slice(periods.length - half);
  const name = (list: typeof periods): string =>
    list.length === 1 ? (list[0]?.label ?? '') : `${list[0]?.label} – ${list.at(-1)?.label}`;
  const a = name(first);
  const b = name(second);
  const halfOf = new Map<string, string>([
    ...first.map((g) => [g.key, a] as const),
    ...second.map((g) => [g.key, b] as const),
  ]);
  const halved = rows.map((row, i) => ({ ...row, [HALF_FIELD]: halfOf.get(groupOf(row, by, i)) ?? null }));
  return compareGroups(halved, a, b, { ...settings, by: HALF_FIELD });
}
