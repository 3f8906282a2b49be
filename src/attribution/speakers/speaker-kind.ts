/**
 * What kind of source a speaker is, and its affiliation, read from the head of its noun phrase: a person's
 * name; an organisation, a medium or a document by its head noun or name (lexicons/en/source-nouns.json:
 * "the interior ministry", "state television", "a statement", "Reuters"); a country or capital
 * (lexicons/en/places.json); anything else is a description ("officials", "a senior diplomat").
 */
import type { Context } from '../document/context.js';
import { classAt, classEndingAt } from '../document/word-classes.js';
import type { SpeakerKind } from '../types.js';
import { groupPlural, pluralNoun } from './lone-names.js';
import type { Mention, NameIndex } from './names.js';
import { spanText } from './phrases.js';

const POSSESSIVE = new Set(['’s', "'s"]);
const ATTACHING = new Set(['of', 'for', 'from', 'in', 'at', 'with']);

/** The kind of a name that is not a person's: a medium, an organisation or a country by the words it holds. */
function nameKind(ctx: Context, m: Mention): SpeakerKind | null {
  let kind: SpeakerKind | null = null;
  for (let k = m.nameFirst; k < m.end; k += 1) {
    const c = classAt(ctx, k);
    if (!c) continue;
    if (c.cls === 'media') return 'media';
    if (c.cls === 'time') return null;
    if (c.cls === 'organisation' || c.cls === 'document') kind = 'organisation';
    else if (c.cls === 'country' && k === m.nameFirst && c.end === m.end) kind ??= 'country';
    k = c.end - 1;
  }
  if (kind) return kind;
  return m.entity.person === null ? 'person' : 'organisation';
}

/**
 * The kind of the source whose head phrase is tokens `[first, coreEnd)`, or null when that phrase names no
 * source at all (a time word).
 * @example
 * ```ts
 * kindOf(ctx, names, first, coreEnd); // 'organisation' for "the interior ministry"
 * ```
 */
export function kindOf(ctx: Context, names: NameIndex, first: number, coreEnd: number): SpeakerKind | null {
  const last = coreEnd - 1;
  const m = names.mentions[names.mentionAt[last] ?? -1];
  if (m && m.end === coreEnd) {
    if (m.entity.person === true) return 'person';
    // "the daily Dagbladet", "the militant group Hamas": a head noun before the name says what it is.
    const before = m.first > first ? classEndingAt(ctx, m.first - 1, first) : undefined;
    if (before?.cls === 'media' || before?.cls === 'organisation') return before.cls;
    const kind = nameKind(ctx, m);
    // "Members of …", "Lawyers for …": a plural common noun capitalised at the sentence start, with an
    // attachment after it, is a description (wink tags it as a proper noun).
    const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[m.first] ?? 0];
    // So is a plural of people by what they do, alone ("Traders said", "Analysts said", "Critics said").
    const word = ctx.doc.lower[m.first] ?? '';
    const plural = m.end - m.first === 1 && pluralNoun(word);
    const described = ATTACHING.has(ctx.doc.lower[m.end] ?? '') || groupPlural(word);
    if (kind === 'organisation' && plural && m.first === sentence?.first && described) return 'description';
    return kind;
  }
  const c = classEndingAt(ctx, last, first);
  if (!c) return 'description';
  if (c.cls === 'time') return null;
  if (c.cls === 'demonym' || c.cls === 'people') return 'description';
  return c.cls;
}

/**
 * The affiliation a description or organisation gives itself: a possessive ("Russia’s Foreign Ministry" →
 * "Russia’s"), a nationality or country before the head ("Kurdish authorities" → "Kurdish"), or a place
 * attached after it ("The Foreign Ministry in Belmark" → "in Belmark").
 * @example
 * ```ts
 * affiliationOf(ctx, names, first, coreEnd, end); // 'Russia’s'
 * ```
 */
export function affiliationOf(
  ctx: Context,
  names: NameIndex,
  first: number,
  coreEnd: number,
  end: number,
): string | null {
  const { lower } = ctx.doc;
  for (let k = first; k < coreEnd; k += 1) if (POSSESSIVE.has(lower[k] ?? '')) return spanText(ctx, first, k + 1);
  // Words of the source's own name are not its affiliation ("Agence France-Presse").
  const named = names.mentions[names.mentionAt[coreEnd - 1] ?? -1];
  const before = named && named.end === coreEnd ? named.first : coreEnd - 1;
  for (let k = first; k < before; k += 1) {
    const c = classAt(ctx, k);
    if (c && (c.cls === 'demonym' || c.cls === 'country') && c.end < coreEnd) return spanText(ctx, k, c.end);
  }
  if (coreEnd < end && (lower[coreEnd] === 'in' || lower[coreEnd] === 'of' || lower[coreEnd] === 'from')) {
    const c = classAt(ctx, coreEnd + 1) ?? classAt(ctx, coreEnd + 2);
    if (c?.cls === 'country') return spanText(ctx, coreEnd, end);
  }
  return null;
}
