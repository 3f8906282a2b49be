/**
 * Name mentions, found once per document from capitalisation, POS and titles (the lite model has no person
 * entities): "Secretary of State Antony J. Blinken", "Mr. Blinken", "Jen Psaki", "the Kremlin", "Russia".
 * Each mention joins an entity keyed by its last name word, so that "Mr. Blinken" resolves to the fullest
 * form of the name seen anywhere in the document.
 */
import type { TitleEntry } from '../../lexicon/types.js';
import type { Context } from '../document/context.js';
import { type Entity, EntityTable } from './entities.js';

/** A name in the text: tokens `[first, end)`, the name proper starting at `nameFirst` after any title. */
export interface Mention {
  readonly first: number;
  readonly nameFirst: number;
  readonly end: number;
  readonly title: TitleEntry | undefined;
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

const UPPER = /^\p{Lu}/u;
/** Upper-case first letter; ASCII is decided without a regular expression (this runs on every token). */
function startsUpper(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(v);
}
/** Head words of organisations ("the foreign ministry", "the Kremlin"): what "it said" can point back to. */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'kremlin',
  'ministry',
  'department',
  'office',
  'council',
  'commission',
  'union',
  'organization',
  'organisation',
  'agency',
  'corporation',
  'company',
  'bank',
  'party',
  'committee',
  'government',
  'administration',
  'army',
  'navy',
  'command',
  'institute',
  'university',
  'court',
  'parliament',
  'congress',
  'senate',
  'assembly',
  'embassy',
  'service',
  'group',
  'alliance',
  'association',
  'confederation',
  'federation',
  'airline',
  'firm',
  'carrier',
  'directorate',
  'secretariat',
  'mission',
  'delegation',
  'cabinet',
  'presidency',
  'board',
  'authority',
  'regulator',
  'newspaper',
]);

/** Words that make a capitalised run an organisation or a place, not a person: every organisation head, plus these. */
const NOT_PERSON = new Set([
  ...ORGANISATION_HEADS,
  'house',
  'nations',
  'inc.',
  'states',
  'republic',
  'kingdom',
  'times',
  'post',
  'news',
  'press',
  'street',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'war',
  'europe',
  'sea',
  'lake',
  'river',
]);
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'della',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'dos',
  'das',
  'ter',
]);

/** Is token i a word that can continue a name ("Sergey", "V.", "Lavrov")? */
function nameWord(ctx: Context, i: number): boolean {
  const { value, pos } = ctx.doc;
  const v = value[i] ?? '';
  if (!startsUpper(v) || v.includes('-')) return false;
  const p = pos[i];
  return p === 'PROPN' || p === 'NOUN' || p === 'ADJ' || p === 'X' || /^\p{Lu}\.$/u.test(v);
}

/** Longest title starting at token i, as [entry, words]. */
function titleAt(ctx: Context, i: number): [TitleEntry, number] | undefined {
  const { lower } = ctx.doc;
  if (!ctx.lex.titleFirst.has(lower[i] ?? '')) return undefined;
  let words = '';
  let best: [TitleEntry, number] | undefined;
  for (let k = 0; k < ctx.lex.titleWords && i + k < ctx.doc.size; k += 1) {
    words = k === 0 ? (lower[i] ?? '') : `${words} ${lower[i + k] ?? ''}`;
    const entry = ctx.lex.titles.get(words);
    if (entry) best = [entry, k + 1];
  }
  return best;
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
  let i = 0;
  while (i < doc.size) {
    const title = titleAt(ctx, i);
    const nameFirst = title && nameWord(ctx, i + title[1]) ? i + title[1] : i;
    if (!nameWord(ctx, nameFirst) || (nameFirst === i && doc.pos[i] !== 'PROPN' && !nounNameStart(ctx, i))) {
      i += 1;
      continue;
    }
    let end = nameFirst + 1;
    for (;;) {
      // Hyphenated given names ("Park Ji-won", "Jean-Pierre Raffarin"), which wink splits at the hyphen;
      // "the Blinken-Lavrov meeting" (capitalised after the hyphen, no name word next) is not joined.
      if (doc.value[end] === '-' && glued(ctx, end - 1, end) && glued(ctx, end, end + 1)) {
        const after = doc.value[end + 1] ?? '';
        if (/^\p{L}+$/u.test(after) && (/^\p{Ll}/u.test(after) || nameWord(ctx, end + 2))) {
          end += 2;
          continue;
        }
      }
      // Particles inside a name ("Pieter de Vries", "Ursula von der Leyen") when a capitalised word follows.
      let next = end;
      while (PARTICLES.has(doc.value[next] ?? '') && next - end < 2) next += 1;
      if (next >= doc.size || !nameWord(ctx, next) || doc.sentenceOf[next] !== doc.sentenceOf[nameFirst]) break;
      end = next + 1;
    }
    const first = nameFirst === i ? i : i;
    const lowerWords = doc.lower.slice(nameFirst, end);
    const org = lowerWords.some((w) => NOT_PERSON.has(w)) || (nameFirst === first && doc.lower[first - 1] === 'the');
    const person = title !== undefined && nameFirst > i ? true : !org && end - nameFirst >= 2 ? null : false;
    const entity = entities.add(nameFirst, end, doc, person, nameFirst > i ? title?.[0] : undefined);
    const possessive = POSSESSIVE.has(doc.value[end] ?? '');
    const m: Mention = { first, nameFirst, end, title: nameFirst > i ? title?.[0] : undefined, entity, possessive };
    for (let k = first; k < end; k += 1) mentionAt[k] = mentions.length;
    mentions.push(m);
    i = end;
  }
  return { mentions, mentionAt, entities };
}

/**
 * A capitalised word tagged as a noun starts a name when a capitalised proper noun follows ("Park Ji-won",
 * "Jen Psaki" at a sentence start), unless either is a title ("Trade Minister Kenji Sato").
 */
function nounNameStart(ctx: Context, i: number): boolean {
  const { pos, value, lower } = ctx.doc;
  return (
    pos[i] === 'NOUN' &&
    startsUpper(value[i + 1] ?? '') &&
    pos[i + 1] === 'PROPN' &&
    !ctx.lex.titleFirst.has(lower[i] ?? '') &&
    !ctx.lex.titleFirst.has(lower[i + 1] ?? '')
  );
}

/** Tokens a and b touch (no space between them). */
function glued(ctx: Context, a: number, b: number): boolean {
  return a >= 0 && b < ctx.doc.size && ctx.doc.end[a] === ctx.doc.start[b];
}
