/**
 * Names of organisations that hold lower-case or function words: "Syrian Observatory for Human Rights",
 * "International Committee of the Red Cross", "Office of Management and Budget", "Doctors Without Borders",
 * "UN Relief and Works Agency for Palestine Refugees in the Near East". Runs of capitalised words are joined
 * across a connector when the name is an organisation's (it holds an organisation head word from
 * lexicons/en/source-nouns.json), and always across a capitalised connector ("Without", "For": title case).
 */
import type { Context } from '../document/context.js';
import { wordClass } from '../document/word-classes.js';
import { nameWord, runEnd, startsUpper } from './name-words.js';

const CONNECTORS = new Set(['of', 'for', 'on', 'in', 'and', '&', 'without', 'against']);
/** Joins in one name (bounds the walk). */
const MAX_JOINS = 5;

const hasOrganisationWord = (ctx: Context, first: number, end: number): boolean => {
  for (let k = first; k < end; k += 1) if (wordClass(ctx, k) === 'organisation') return true;
  return false;
};

/**
 * The end of the organisation name whose first capitalised run is `[first, end)`, joined across connectors.
 * @example
 * ```ts
 * organisationEnd(ctx, first, end); // one past "Rights" in "the Syrian Observatory for Human Rights said"
 * ```
 */
export function organisationEnd(ctx: Context, first: number, end: number): number {
  const { value, lower, sentenceOf } = ctx.doc;
  let stop = end;
  let viaPreposition = false;
  for (let joins = 0; joins < MAX_JOINS; joins += 1) {
    const c = lower[stop] ?? '';
    if (!CONNECTORS.has(c) || sentenceOf[stop] !== sentenceOf[first] || ctx.quoteOf[stop] !== -1) break;
    let next = stop + 1;
    if ((lower[next] === 'the' || lower[next] === 'a' || lower[next] === 'an') && c !== 'and' && c !== '&') next += 1;
    if (!nameWord(ctx, next)) break;
    const nextEnd = runEnd(ctx, next);
    // "the Security Council on Tuesday": a time phrase is not part of a name.
    if (wordClass(ctx, nextEnd - 1) === 'time' || wordClass(ctx, next) === 'time') break;
    const titleCase = startsUpper(value[stop] ?? '');
    let join: boolean;
    if (titleCase) join = true;
    else if (c === 'and' || c === '&')
      // "Office of Management and Budget"; "UN Relief and Works Agency": inside a name, not "Iraq and Egypt".
      join =
        next === stop + 1 &&
        (viaPreposition || (wordClass(ctx, stop - 1) !== 'organisation' && hasOrganisationWord(ctx, next, nextEnd)));
    else join = hasOrganisationWord(ctx, first, stop);
    if (!join) break;
    viaPreposition ||= c !== 'and' && c !== '&';
    stop = nextEnd;
  }
  return stop;
}
