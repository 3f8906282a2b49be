/**
 * Name mentions, found once per document from capitalisation, POS, titles and word classes (the lite model
 * has no person entities): "Russian Foreign Minister Sergei Lavrov", "Mr. Blinken", "Jen Psaki", "the
 * Kremlin", "the Syrian Observatory for Human Rights". A person's mention is split into affiliation, title
 * and name (titles.ts); an organisation's name is joined across its connectors (organisation-names.ts). Each
 * mention joins an entity keyed by its last name word, so that "Mr. Blinken" resolves to the fullest form of
 * the name seen anywhere in the document.
 */
import type { TitleEntry } from '../../lexicon/types.js';
import type { Context } from '../document/context.js';
import { classEndingAt, wordClass } from '../document/word-classes.js';
import { type Entity, EntityTable } from './entities.js';
import { loneSurname, type PlaceWords, placeWords, pluralNoun } from './lone-names.js';
import { nameWord, nounNameStart, particleStart, runEnd, startsUpper } from './name-words.js';
import { organisationEnd } from './organisation-names.js';
import { spanText } from './phrases.js';
import { nameUnits, splitAtTitle, type TitleSplit, titleBefore } from './titles.js';

/**
 * A name in the text: tokens `[first, end)`, the name proper `[nameFirst, end)` after any title
 * `[titleFirst, nameFirst)` (titleFirst === nameFirst when there is none), and an affiliation (`"Russian"`,
 * `"Kenya’s"`, `"of Norway"`) as tokens `[affiliationFirst, affiliationEnd)` (both -1 when there is none).
 */
export interface Mention {
  readonly first: number;
  readonly titleFirst: number;
  readonly nameFirst: number;
  readonly end: number;
  readonly title: TitleEntry | undefined;
  readonly affiliationFirst: number;
  readonly affiliationEnd: number;
  readonly entity: Entity;
  /** Followed by a possessive ’s. */
  readonly possessive: boolean;
}

/** All mentions of a document, and for each token the mention covering it (-1 for none). */
export interface NameIndex {
  readonly mentions: readonly Mention[];
  readonly mentionAt: Int32Array;
  readonly entities: EntityTable;
}

/** Words (besides the lexicon's organisations, media, places and times) that make a run a place or a thing, not a person. */
const NOT_PERSON = new Set([
  'house',
  'nations',
  'states',
  'republic',
  'kingdom',
  'times',
  'post',
  'news',
  'press',
  'street',
  'war',
  'europe',
  'sea',
  'lake',
  'river',
  'island',
  'islands',
  'city',
  'province',
  'region',
  'valley',
  'mountains',
  'airport',
  'square',
]);
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);

/** Is the run `[first, end)` an organisation, a place or a thing rather than a person's name? */
function notPerson(ctx: Context, first: number, end: number): boolean {
  // "Ethnic Albanians", "Iraqi Kurds": a people, not a person.
  const last = ctx.doc.lower[end - 1] ?? '';
  if (last.endsWith('s') && ctx.lex.classes.get(last.slice(0, -1))?.some((t) => t.cls === 'demonym')) return true;
  // "Moravia’s Trade Minister, Jana Holub": a title without a name is not a person's name.
  if (ctx.lex.titleHeads.has(last)) return true;
  for (let k = first; k < end; k += 1) {
    if (NOT_PERSON.has(ctx.doc.lower[k] ?? '')) return true;
    const cls = wordClass(ctx, k);
    if (cls !== undefined && cls !== 'demonym') return true;
  }
  return ctx.doc.lower[first - 1] === 'the';
}

/**
 * A one-word name read as a surname (lone-names.ts), except a plural noun capitalised at a sentence start
 * ("Traders said", "Farmers said"): the capital says nothing there, and wink tags both as proper nouns.
 */
function lonePerson(ctx: Context, first: number, end: number, places: () => PlaceWords): boolean {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[first] ?? 0];
  if (first === sentence?.first && pluralNoun(ctx.doc.lower[first] ?? '')) return false;
  return loneSurname(ctx, first, end, places);
}

/** Does token i start a name: a proper noun, a noun before one, a particle-name ("al-Shabab"), or a title? */
function startsName(ctx: Context, i: number): boolean {
  // Most tokens are lower-case words: one character test rules them out.
  if (!startsUpper(ctx.doc.value[i] ?? '')) return particleStart(ctx, i) > 0;
  if (!nameWord(ctx, i)) return false;
  // A capitalised organisation noun starts a name in mid-sentence ("the Office of the UN High Commissioner").
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[i] ?? 0];
  const cls = wordClass(ctx, i);
  if (cls === 'organisation' && i !== sentence?.first) return true;
  // "Residents said", "Officials in Kabul said": a people noun capitalised at the sentence start.
  if (cls === 'people' && !startsUpper(ctx.doc.value[i + 1] ?? '')) return false;
  // A given name wink tags as a verb or a noun, before a proper noun ("Lawyers for Ana Ruiz").
  const givenName = i !== sentence?.first && ctx.doc.pos[i] !== 'PROPN' && ctx.doc.pos[i + 1] === 'PROPN';
  return (
    ctx.doc.pos[i] === 'PROPN' || givenName || nounNameStart(ctx, i) || ctx.lex.titleFirst.has(ctx.doc.lower[i] ?? '')
  );
}

/** The affiliation before a title: words of the run before it, or a possessive name right before it. */
function affiliationBefore(ctx: Context, names: Mention[], runFirst: number, titleFirst: number): [number, number] {
  if (titleFirst > runFirst) return [runFirst, titleFirst];
  const { value } = ctx.doc;
  const prev = names.at(-1);
  if (!prev) return [-1, -1];
  // "Kenya’s Foreign Minister", "UN special envoy", "Kharkiv regional governor": the name just before the title.
  if (prev.end === titleFirst - 1 && POSSESSIVE.has(value[titleFirst - 1] ?? '')) return [prev.first, titleFirst];
  if (prev.end === titleFirst && prev.titleFirst === prev.nameFirst) return [prev.first, titleFirst];
  return [-1, -1];
}

/** "of Norway" after a titled name: the affiliation that follows it. */
function affiliationAfter(ctx: Context, end: number): [number, number] {
  const { lower } = ctx.doc;
  if (lower[end] !== 'of') return [-1, -1];
  const first = lower[end + 1] === 'the' ? end + 2 : end + 1;
  if (!nameWord(ctx, first) || wordClass(ctx, first) === 'time') return [-1, -1];
  return [end, runEnd(ctx, first)];
}

/**
 * Scans a document for name mentions (one left-to-right pass) and builds the entity table.
 * @example
 * ```ts
 * const names = scanNames(ctx);
 * names.mentions.map((m) => m.entity.name); // ['Antony J. Blinken', 'Sergey V. Lavrov', …]
 * ```
 */
export function scanNames(ctx: Context): NameIndex {
  const { doc } = ctx;
  const mentions: Mention[] = [];
  const mentionAt = new Int32Array(doc.size).fill(-1);
  const entities = new EntityTable(doc.text);
  // Runs that name where a titled person is from ("Senator Thomas Garrity of South Dakota"): places.
  const places = new Set<number>();
  let placeNames: PlaceWords | undefined;
  const documentPlaces = (): PlaceWords => {
    placeNames ??= placeWords(ctx);
    return placeNames;
  };
  let i = 0;
  while (i < doc.size) {
    if (!startsName(ctx, i)) {
      i += 1;
      continue;
    }
    const sentence = doc.sentences[doc.sentenceOf[i] ?? 0];
    let end = runEnd(ctx, i);
    let split: TitleSplit | null = splitAtTitle(ctx, i, end) ?? titleBefore(ctx, i, end, sentence?.first ?? 0);
    // "Deputy Secretary of Energy Jane Roe": a run ending in a title head, then "of"/"for" and the rest.
    if (
      !split &&
      ctx.lex.titleHeads.has(doc.lower[end - 1] ?? '') &&
      (doc.lower[end] === 'of' || doc.lower[end] === 'for') &&
      nameWord(ctx, end + 1)
    ) {
      const after = runEnd(ctx, end + 1);
      const withTitle = titleBefore(ctx, end + 1, after, i);
      if (withTitle) {
        split = withTitle;
        end = after;
      }
    }
    if (split && split.nameFirst >= end) split = null;
    // An organisation's name joined across its connectors is never a person's ("Doctors Without Borders").
    let joined = false;
    if (!split) {
      const orgEnd = organisationEnd(ctx, i, end);
      joined = orgEnd > end;
      end = orgEnd;
    }
    const nameFirst = split ? split.nameFirst : i;
    const titleFirst = split ? Math.min(split.titleFirst, nameFirst) : nameFirst;
    const first = Math.min(i, titleFirst);
    const titled = split !== null;
    // "the daily Dagens Nyheter", "the militant group Hamas": a name after a source noun is that source's.
    const before = doc.pos[first - 1];
    const sourceNoun =
      before === 'NOUN' || before === 'ADJ' ? classEndingAt(ctx, first - 1, sentence?.first ?? 0)?.cls : undefined;
    const named = sourceNoun === 'media' || sourceNoun === 'organisation' || joined;
    const place = places.has(i);
    const person = titled
      ? true
      : !named &&
          !place &&
          !notPerson(ctx, nameFirst, end) &&
          (nameUnits(ctx, nameFirst, end) >= 2 || lonePerson(ctx, nameFirst, end, documentPlaces))
        ? null
        : false;
    const entity = entities.add(nameFirst, end, doc, person, split?.entry);
    let [affiliationFirst, affiliationEnd] = titled ? affiliationBefore(ctx, mentions, i, titleFirst) : [-1, -1];
    if (titled && affiliationFirst < 0) {
      [affiliationFirst, affiliationEnd] = affiliationAfter(ctx, end);
      if (affiliationFirst >= 0) places.add(doc.lower[end + 1] === 'the' ? end + 2 : end + 1);
    }
    if (titled) {
      entities.title(entity, spanText(ctx, titleFirst, nameFirst), ctx.lex.titleHeads, titleFirst);
      if (affiliationFirst >= 0) entities.affiliate(entity, spanText(ctx, affiliationFirst, affiliationEnd));
    }
    const possessive = POSSESSIVE.has(doc.value[end] ?? '');
    const m: Mention = {
      // The mention holds an affiliation before its title ("Kharkiv regional governor Oleh Syvak").
      first: affiliationFirst >= 0 && affiliationFirst < first ? affiliationFirst : first,
      titleFirst,
      nameFirst,
      end,
      title: split?.entry,
      affiliationFirst,
      affiliationEnd,
      entity,
      possessive,
    };
    for (let k = m.first; k < end; k += 1) mentionAt[k] = mentions.length;
    mentions.push(m);
    i = end;
  }
  return { mentions, mentionAt, entities };
}
