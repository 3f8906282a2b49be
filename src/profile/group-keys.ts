/**
 * Group keys of rows under one or several `by` keys: each row's values, the group's name (the values joined
 * by `" · "`), the name of the grouping, and the order groups are listed in.
 */
import { INVALID_DATE, NO_GROUP } from './read-row.js';
import type { GroupBy } from './types.js';

/** Joins the values of a group under several `by` keys into its name. */
export const KEY_SEPARATOR = ' · ';

/**
 * How a grouping is named in a report: the field, `'(function)'`, `'date/week'`, or the keys joined by `' × '`.
 * @example
 * ```ts
 * groupingName([{ field: 'date', bin: 'week' }], false); // 'date/week'
 * groupingName(['side', { field: 'date', bin: 'week' }], true); // 'side × date/week'
 * ```
 */
export function groupingName(by: readonly GroupBy[], byList: boolean): string | null {
  if (by.length === 0) return null;
  const names = by.map((b) =>
    typeof b === 'function' ? '(function)' : typeof b === 'string' ? b : `${b.field}/${b.bin}`,
  );
  return byList ? names.join(' × ') : (names[0] as string);
}

/**
 * Orders groups, given as their values in first-appearance order. Without a time key, first appearance is
 * kept. With one, groups sort key by key: time keys in time order (their keys sort as text), `"(none)"` and
 * `"(invalid date)"` last; other keys by the first appearance of their value.
 * @example
 * ```ts
 * orderGroups([['B', '2025-W11'], ['A', '2025-W10'], ['B', '2025-W10']], ['side', { field: 'date', bin: 'week' }]);
 * // [['B', '2025-W10'], ['B', '2025-W11'], ['A', '2025-W10']]
 * ```
 */
export function orderGroups(groups: readonly (readonly string[])[], by: readonly GroupBy[]): (readonly string[])[] {
  const timed = by.map((b) => typeof b === 'object');
  if (!timed.includes(true)) return [...groups];
  // key position → value → rank of first appearance
  const ranks = by.map(() => new Map<string, number>());
  for (const values of groups) {
    values.forEach((v, i) => {
      const rank = ranks[i] as Map<string, number>;
      if (!rank.has(v)) rank.set(v, rank.size);
    });
  }
  const compare = (a: readonly string[], b: readonly string[]): number => {
    for (let i = 0; i < by.length; i++) {
      const x = a[i] as string;
      const y = b[i] as string;
      if (x === y) continue;
      if (timed[i]) {
        const xs = x === NO_GROUP || x === INVALID_DATE;
        const ys = y === NO_GROUP || y === INVALID_DATE;
        if (xs !== ys) return xs ? 1 : -1;
        return x < y ? -1 : 1;
      }
      return (ranks[i]?.get(x) ?? 0) - (ranks[i]?.get(y) ?? 0);
    }
    return 0;
  };
  return [...groups].sort(compare);
}
