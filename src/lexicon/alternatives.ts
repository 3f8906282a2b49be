/**
 * The entries of one trie node: one per constraint (a later module's entry replaces an earlier one with the same
 * term and the same constraint), kept in the order the matcher tries them — the most constrained first and,
 * among equally constrained ones, the one layered last first. An unconstrained entry is always last, so it
 * matches only where no constrained one does.
 */
import type { CompiledEntry } from './compiled.js';
import { constraintCount } from './constraint.js';

/**
 * The node's entries after `entry` is placed among them. A joined hyphen variant ("deescalate" made from
 * "de-escalate", `variant`) yields to an entry with the same constraint already there.
 * @example
 * ```ts
 * placeEntry([plainPlease], sentenceStartPlease, false); // [sentenceStartPlease, plainPlease]
 * ```
 */
export function placeEntry(
  list: readonly CompiledEntry[] | undefined,
  entry: CompiledEntry,
  variant: boolean,
): readonly CompiledEntry[] {
  if (list === undefined) return [entry];
  const same = list.findIndex((e) => e.when === entry.when);
  if (same >= 0 && variant) return list;
  const rest = same < 0 ? list : list.filter((_, i) => i !== same);
  const count = constraintCount(entry.when);
  const at = rest.findIndex((e) => constraintCount(e.when) <= count);
  return at < 0 ? [...rest, entry] : [...rest.slice(0, at), entry, ...rest.slice(at)];
}

/**
 * The `ends` value of a node with these entries: 1 for one entry without constraint, else 2.
 * @example
 * ```ts
 * endsOf([plainPlease]); // 1
 * ```
 */
export function endsOf(list: readonly CompiledEntry[]): 1 | 2 {
  return list.length === 1 && (list[0] as CompiledEntry).when === 0 ? 1 : 2;
}

/**
 * How many tone entries a node's list holds.
 * @example
 * ```ts
 * toneCount([plainPlease, sentenceStartPlease]); // 2
 * ```
 */
export function toneCount(list: readonly CompiledEntry[] | undefined): number {
  let n = 0;
  for (const e of list ?? []) if (e.kind === 'tone') n++;
  return n;
}
