/**
 * Rows become mentions: one per distinct (document, speaker string, title, affiliation, kind), read once.
 * A mention holds what the row's structured fields say (attribution's `title`, `affiliation`, `speakerKind`,
 * or the CSV columns `title`, `affiliation`, `speaker_kind`) and, for the rest, what the speaker string says.
 */
import { type AliasTable, nameKey } from './aliases.js';
import type { SpeakerKind } from './identity-types.js';
import { type ParsedSpeaker, parseSpeaker } from './parse-speaker.js';
import type { TitleIndex } from './titles.js';
import { AFFILIATION_PREPOSITIONS, DEFINITE, ORGANISATION_HEADS } from './vocabulary.js';
import { fold, withoutPossessive, words } from './words.js';

const KINDS: ReadonlySet<string> = new Set(['person', 'organisation', 'country', 'description', 'document', 'media']);

/** One distinct way a speaker was named, in one document. */
export interface Mention {
  /** The speaker string as written. */
  readonly text: string;
  readonly doc: string | null;
  /** The speaker string read (the canonical name's reading when the aliases rename it). */
  readonly parsed: ParsedSpeaker;
  /** The canonical name from the aliases, when they name this speaker. */
  readonly aliasName: string | null;
  readonly title: string | null;
  readonly affiliation: string | null;
  /** The kind the row gave (`speakerKind` / `speaker_kind`), if any. */
  readonly hint: SpeakerKind | null;
  /** Rows with this mention. */
  count: number;
}

/** A row's optional string field: trimmed, empty as null; anything but a string is null. */
export function stringField(row: object, ...names: string[]): string | null {
  for (const name of names) {
    const value: unknown = Object.hasOwn(row, name) ? (row as Record<string, unknown>)[name] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

/**
 * The mention a row makes, from the pool of those already read (`pool`, keyed by what makes a mention
 * distinct), or null when its speaker is empty.
 * @example
 * ```ts
 * mentionOf({ speaker: 'Ms Kovac', article_id: 'a05' }, 'speaker', 'article_id', table, titles, pool); // a Mention
 * ```
 */
export function mentionOf(
  row: object,
  speakerField: string,
  documentField: string,
  aliases: AliasTable,
  titles: TitleIndex,
  pool: Map<string, Mention>,
): Mention | null {
  const fields = readFields(row, speakerField, documentField);
  if (fields === null) return null;
  const { text, doc, title, affiliation, hint, key } = fields;
  let mention = pool.get(key);
  if (mention === undefined) {
    const own = parseSpeaker(text, titles);
    // The aliases rename a speaker named exactly as a variant: the whole string, or its name without titles.
    const aliasName = aliases.canonical.get(nameKey(text)) ?? aliases.canonical.get(nameKey(own.name)) ?? null;
    const parsed = aliasName === null ? own : parseSpeaker(aliasName, titles);
    mention = {
      text,
      doc,
      parsed,
      aliasName,
      title: title ?? own.title,
      affiliation: plainAffiliation(affiliation ?? own.affiliation ?? parsed.affiliation),
      hint,
      count: 0,
    };
    pool.set(key, mention);
  }
  mention.count++;
  return mention;
}

/**
 * The mention a row made, if `mentionOf` has read one like it; null for an empty speaker or a row not seen.
 * @example
 * ```ts
 * peekMention(row, 'speaker', 'article_id', pool)?.text; // 'Ms Kovac'
 * ```
 */
export function peekMention(
  row: object,
  speakerField: string,
  documentField: string,
  pool: ReadonlyMap<string, Mention>,
): Mention | null {
  const fields = readFields(row, speakerField, documentField);
  return fields === null ? null : (pool.get(fields.key) ?? null);
}

/** The fields of a row that make a mention, and the key of their combination; null for an empty speaker. */
function readFields(row: object, speakerField: string, documentField: string) {
  const text = stringField(row, speakerField);
  if (text === null) return null;
  const doc = stringField(row, documentField);
  const title = stringField(row, 'title');
  const affiliation = stringField(row, 'affiliation');
  const kind = stringField(row, 'speakerKind', 'speaker_kind');
  const hint = kind !== null && KINDS.has(kind) ? (kind as SpeakerKind) : null;
  return { text, doc, title, affiliation, hint, key: JSON.stringify([doc, text, title, affiliation, hint]) };
}

/**
 * True when an affiliation names a place: it has no organisation word ("Caldwell Institute", "Institute for
 * Regional Security" and "Northern Council" are affiliations but not countries).
 * @example
 * ```ts
 * isPlace('Ardenian');                        // true
 * isPlace('Caldwell Institute');              // false
 * isPlace('Institute for Regional Security'); // false
 * ```
 */
export function isPlace(affiliation: string): boolean {
  const all = words(fold(affiliation));
  return all.length > 0 && !all.some((w) => ORGANISATION_HEADS.has(w));
}

/**
 * An affiliation as a side is spelled: without the preposition and article it was read with ("of the Institute
 * for Regional Security") and without a possessive ending ("Karsten's" → "Karsten"); null for nothing left.
 * @example
 * ```ts
 * plainAffiliation("Karsten's");                              // 'Karsten'
 * plainAffiliation('of the Institute for Regional Security'); // 'Institute for Regional Security'
 * ```
 */
export function plainAffiliation(affiliation: string | null): string | null {
  if (affiliation === null) return null;
  const all = words(affiliation);
  let from = 0;
  if (AFFILIATION_PREPOSITIONS.has(all[0] ?? '')) from++;
  if (DEFINITE.has(fold(all[from] ?? ''))) from++;
  const rest = all.slice(from);
  const last = rest.at(-1);
  if (last !== undefined) rest[rest.length - 1] = withoutPossessive(last) ?? last;
  const text = rest.join(' ');
  return text === '' ? null : text;
}

/**
 * Whether a mention makes its affiliation a place that can be a side: a person, an organisation, a name, or a
 * description with an office title ("Karsten's president", "a Belmark military spokesman"). A description
 * without one ("the Erlen valley", "a statement", "a senior Belmark official") may join a side others make,
 * never make one itself.
 * @example
 * ```ts
 * vouchesForPlace(mentionOf({ speaker: 'the Erlen valley' }, …)); // false
 * ```
 */
export function vouchesForPlace(m: Mention): boolean {
  return (m.parsed.kind !== 'description' && m.hint !== 'description') || m.title !== null;
}
