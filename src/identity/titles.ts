/**
 * The built-in titles lexicon (lexicons/en/titles.json) as a lookup for speaker strings: each title as
 * lower-case words joined by single spaces ("foreign minister", "col."), with its role.
 */
import titleData from '../../lexicons/en/titles.json' with { type: 'json' };
import { jsonData } from '../lexicon/json-data.js';
import type { TitleEntry } from '../lexicon/types.js';

/** Titles by their words, and the longest title in words (to bound the lookup). */
export interface TitleIndex {
  readonly roles: ReadonlyMap<string, 'honorific' | 'office'>;
  readonly maxWords: number;
}

let builtin: TitleIndex | undefined;

/**
 * The built-in titles, read once (the lexicon is validated by the test suite, as every built-in module is).
 * @example
 * ```ts
 * builtinTitles().roles.get('foreign minister'); // 'office'
 * builtinTitles().roles.get('mr.');              // 'honorific'
 * ```
 */
export function builtinTitles(): TitleIndex {
  if (builtin !== undefined) return builtin;
  const entries = (jsonData(titleData) as { entries: readonly TitleEntry[] }).entries;
  const roles = new Map<string, 'honorific' | 'office'>();
  let maxWords = 1;
  for (const e of entries) {
    // A modifier ("deputy", "acting") only qualifies an office, and a descriptor ("official", "leader") is a
    // title only right before a name: in a speaker string alone neither is a title.
    if (e.role === 'modifier' || e.role === 'descriptor') continue;
    // The schema keeps terms lower case with single spaces between words.
    const term = e.term.toLowerCase();
    roles.set(term, e.role ?? 'office');
    maxWords = Math.max(maxWords, term.split(' ').length);
  }
  builtin = { roles, maxWords };
  return builtin;
}

/**
 * The longest title that starts at word `i` of `folded` (lower-case words), as [words it spans, role], or null.
 * @example
 * ```ts
 * titleAt(['russian', 'foreign', 'minister', 'sergei', 'lavrov'], 1, builtinTitles()); // [2, 'office']
 * ```
 */
export function titleAt(
  folded: readonly string[],
  i: number,
  index: TitleIndex,
): [number, 'honorific' | 'office'] | null {
  for (let len = Math.min(index.maxWords, folded.length - i); len >= 1; len--) {
    const role = index.roles.get(folded.slice(i, i + len).join(' '));
    if (role !== undefined) return [len, role];
  }
  return null;
}
