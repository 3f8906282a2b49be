/** `resolveSpeakers()`: one identity per speaker across a corpus, with canonical names, kinds and sides. */
import { describeValue, InputError, OptionsError } from '../errors.js';
import { type AliasTable, aliasTable, nameKey } from './aliases.js';
import { type Cluster, clusterMentions } from './clusters.js';
import { identityIds } from './identity-ids.js';
import type {
  IdentityFields,
  ResolveOptions,
  SpeakerIdentity,
  SpeakerKind,
  SpeakerResolution,
} from './identity-types.js';
import { isPlace, type Mention, mentionOf, peekMention, vouchesForPlace } from './mentions.js';
import { builtinTitles } from './titles.js';
import { fold, placeStem, words } from './words.js';

/**
 * Gives every row the identity of its speaker across the whole corpus: a canonical name (`speaker`), a
 * stable `speakerId`, a `side`, a kind, a title and an affiliation. Reads whatever a row has: attribution's
 * structured fields (`title`, `affiliation`, `speakerKind`, or the CSV columns `speaker_kind`, …) when
 * present, otherwise the speaker string itself ("Russian Foreign Minister Sergei Lavrov", "Belmark's Foreign
 * Ministry"), read with the titles lexicon and capitalisation. See `clusters.ts` for the rules; an aliases
 * table settles what the text cannot (spelling variants, sides). Pure; returns new rows, in input order.
 * @example
 * ```ts
 * const { rows, identities } = resolveSpeakers(
 *   [
 *     { speaker: 'Ardenian Foreign Minister Irena Kovac', article_id: 'a01' },
 *     { speaker: 'Kovac', article_id: 'a09' },
 *     { speaker: "Belmark's Foreign Ministry", article_id: 'a02' },
 *     { speaker: 'the Belmark Foreign Ministry', article_id: 'a04' },
 *   ],
 *   { aliases: { sides: { 'Irena Kovac': 'Ardenia' } } },
 * );
 * rows.map((r) => [r.speaker, r.speakerId, r.side]);
 * // [['Irena Kovac', 'name:kovac.i', 'Ardenia'], ['Irena Kovac', 'name:kovac.i', 'Ardenia'],
 * //  ['Belmark Foreign Ministry', 'org:belmark:foreign-ministry', 'Belmark'], (the same again)]
 * ```
 */
export function resolveSpeakers<T extends object>(
  rows: Iterable<T>,
  options: ResolveOptions = {},
): SpeakerResolution<T> {
  if (rows === null || typeof rows !== 'object' || typeof (rows as Iterable<T>)[Symbol.iterator] !== 'function')
    throw new InputError(`resolveSpeakers(): rows must be an iterable of objects, got ${describeValue(rows)}`);
  const directory = new SpeakerDirectory(options);
  const list: T[] = [];
  for (const row of rows) {
    if (row === null || typeof row !== 'object')
      throw new InputError(`resolveSpeakers(): rows[${list.length}] must be an object, got ${describeValue(row)}`);
    list.push(row);
    directory.add(row);
  }
  const out = list.map(
    (row) => ({ ...row, ...directory.fieldsOf(row) }) as Omit<T, keyof IdentityFields> & IdentityFields,
  );
  return { rows: out, identities: directory.identities() };
}

/**
 * The identities of a corpus built up row by row, for callers that cannot hold the rows (a batch writing
 * statements to disk): `add` each row (or one row with a count), then `fieldsOf` any of them. Memory grows
 * with the distinct ways speakers are named, not with the rows. Identities are settled on the first
 * `fieldsOf` or `identities` call; rows added later throw.
 * @example
 * ```ts
 * const directory = new SpeakerDirectory({ aliases });
 * for (const row of statements) directory.add(row);
 * directory.fieldsOf(statements[0]).speakerId; // 'name:kovac.i'
 * ```
 */
export class SpeakerDirectory {
  private readonly settings: ReturnType<typeof resolveOptions>;
  private readonly titles = builtinTitles();
  private readonly pool = new Map<string, Mention>();
  private settled: { identityOf: Map<Mention, SpeakerIdentity>; identities: SpeakerIdentity[] } | undefined;

  constructor(options: ResolveOptions = {}) {
    this.settings = resolveOptions(options);
  }

  /** Counts a row (its speaker, document, title, affiliation and kind fields), `count` times. */
  add(row: object, count = 1): void {
    if (this.settled !== undefined)
      throw new InputError('SpeakerDirectory: rows cannot be added after identities are settled');
    const { speakerField, documentField, aliases } = this.settings;
    const m = mentionOf(row, speakerField, documentField, aliases, this.titles, this.pool);
    if (m !== null) m.count += count - 1;
  }

  /** The identity fields of a row that was added (nulls for a row without a speaker). */
  fieldsOf(row: object): IdentityFields {
    const { identityOf } = this.settle();
    const { speakerField, documentField } = this.settings;
    const m = peekMention(row, speakerField, documentField, this.pool);
    const id = m === null ? undefined : identityOf.get(m);
    return {
      speaker: id?.name ?? null,
      speakerId: id?.id ?? null,
      side: id?.side ?? null,
      speakerKind: id?.kind ?? null,
      title: m?.title ?? id?.title ?? null,
      affiliation: m?.affiliation ?? id?.affiliation ?? null,
      speakerAsWritten: m?.text ?? null,
    };
  }

  /** Every identity, most rows first. */
  identities(): SpeakerIdentity[] {
    return [...this.settle().identities].sort((a, b) => b.statements - a.statements || (a.id < b.id ? -1 : 1));
  }

  private settle(): NonNullable<SpeakerDirectory['settled']> {
    if (this.settled !== undefined) return this.settled;
    const clusters = clusterMentions([...this.pool.values()]);
    const identities = describe(clusters, this.settings.aliases, this.settings.sidesFromAffiliation);
    const identityOf = new Map<Mention, SpeakerIdentity>();
    clusters.forEach((c, i) => {
      for (const m of c.mentions) identityOf.set(m, identities[i] as SpeakerIdentity);
    });
    this.settled = { identityOf, identities };
    return this.settled;
  }
}

function resolveOptions(options: unknown) {
  if (options === null || typeof options !== 'object')
    throw new OptionsError('options', `resolveSpeakers(): options must be an object, got ${describeValue(options)}`);
  const o = options as ResolveOptions;
  const field = (name: 'speakerField' | 'documentField', fallback: string): string => {
    const value = o[name] ?? fallback;
    if (typeof value !== 'string' || value === '')
      throw new OptionsError(
        name,
        `resolveSpeakers(): options.${name} must be a field name, got ${describeValue(value)}`,
      );
    return value;
  };
  if (o.sidesFromAffiliation !== undefined && typeof o.sidesFromAffiliation !== 'boolean')
    throw new OptionsError(
      'sidesFromAffiliation',
      `resolveSpeakers(): options.sidesFromAffiliation must be true or false, got ${describeValue(o.sidesFromAffiliation)}`,
    );
  return {
    aliases: o.aliases === undefined ? aliasTable({}) : aliasTable(o.aliases),
    speakerField: field('speakerField', 'speaker'),
    documentField: field('documentField', 'article_id'),
    sidesFromAffiliation: o.sidesFromAffiliation ?? true,
  };
}

/** The identities of the clusters, in cluster order. */
function describe(clusters: readonly Cluster[], aliases: AliasTable, sidesFromAffiliation: boolean): SpeakerIdentity[] {
  const placeNames = placeSpellings(clusters, aliases);
  const ids = identityIds(clusters);
  const named = descriptionSpellings(
    clusters,
    clusters.map((c) => canonicalName(c)),
  );
  // Two identities may read alike ("the minister" in two articles, "Traders" and "traders"): the id tells
  // them apart.
  const clash = new Map<string, number>();
  for (const n of named) clash.set(fold(n), (clash.get(fold(n)) ?? 0) + 1);
  return clusters.map((c, i) => {
    const id = ids[i] as string;
    const name = named[i] as string;
    const affiliation = mostUsed(c.mentions, (m) => m.affiliation);
    const aliasSide = sideFromAliases(c, name, aliases);
    const place = placeOfCluster(c, affiliation, placeNames);
    const derived = sidesFromAffiliation && place !== undefined ? (placeNames.get(place) ?? null) : null;
    const side = aliasSide ?? derived;
    return {
      id,
      name: (clash.get(fold(name)) ?? 0) > 1 ? `${name} [${id}]` : name,
      kind: kindOf(c),
      title: c.type === 'country' ? null : mostUsed(c.mentions, (m) => m.title),
      affiliation,
      side,
      sideFrom: aliasSide !== null ? 'aliases' : derived !== null ? 'affiliation' : null,
      mentions: [...c.mentions]
        .sort((a, b) => b.count - a.count)
        .map((m) => m.text)
        .filter((t, k, all) => all.indexOf(t) === k),
      statements: c.mentions.reduce((n, m) => n + m.count, 0),
      documents: new Set(c.mentions.map((m) => m.doc)).size,
    };
  });
}

/**
 * A description is written as the corpus writes it in lower case somewhere ("Traders said" at a sentence
 * start and "traders said" elsewhere both read "traders"): its capital came from the sentence, not the name.
 */
function descriptionSpellings(clusters: readonly Cluster[], names: string[]): string[] {
  const lower = new Map<string, string>();
  clusters.forEach((c, i) => {
    const n = names[i] as string;
    if (c.type === 'description' && n.charAt(0) !== n.charAt(0).toUpperCase()) lower.set(fold(n), n);
  });
  return names.map((n, i) => (clusters[i]?.type === 'description' ? (lower.get(fold(n)) ?? n) : n));
}

/** The canonical name: the aliases' name, else the name used in most rows (the longest on a tie), without titles. */
function canonicalName(c: Cluster): string {
  const alias = mostUsed(c.mentions, (m) => m.aliasName);
  if (alias !== null) return alias;
  if (c.type === 'description') return c.mentions[0]?.parsed.name ?? '';
  // Persons: a full name beats a surname whatever the counts.
  const full = c.mentions.filter((m) => m.parsed.nameWords.length > 1);
  return mostUsed(full.length > 0 ? full : c.mentions, (m) => m.parsed.name) ?? '';
}

function kindOf(c: Cluster): SpeakerKind | null {
  const given = mostUsed(c.mentions, (m) => m.hint);
  if (given !== null) return given;
  if (c.type === 'name') return null;
  return c.type;
}

function sideFromAliases(c: Cluster, name: string, aliases: AliasTable): string | null {
  const direct = aliases.sides.get(nameKey(name));
  if (direct !== undefined) return direct;
  for (const m of c.mentions) {
    const side = aliases.sides.get(nameKey(m.parsed.name)) ?? aliases.sides.get(nameKey(m.text));
    if (side !== undefined) return side;
  }
  return null;
}

/**
 * The place stem a cluster's side comes from: its affiliation when that names a place ("Ardenian"); the
 * country an organisational affiliation starts with, when the corpus knows it as a place ("Valdorian Foreign
 * Ministry" → Valdoria; "Northern Council" → none); an organisation's own country word ("the Belmark Foreign
 * Ministry"); a country's own name.
 */
function placeOfCluster(
  c: Cluster,
  affiliation: string | null,
  places: ReadonlyMap<string, string>,
): string | undefined {
  if (affiliation !== null) {
    if (isPlace(affiliation)) return placeStem(affiliation);
    const lead = placeStem(words(affiliation)[0] ?? '');
    if (places.has(lead)) return lead;
  }
  if ((c.type === 'country' || c.type === 'organisation') && c.key[0] !== undefined && c.key[0] !== '') return c.key[0];
  return undefined;
}

/**
 * How each place is spelled as a side: the aliases file's side of that stem ("Ardenia"), else the shortest
 * spelling the corpus uses for it (the country, not its adjective: "Ardenia" before "Ardenian"). Only places a
 * speaker vouches for are sides (see `vouchesForPlace`: never a description without an office title).
 */
function placeSpellings(clusters: readonly Cluster[], aliases: AliasTable): Map<string, string> {
  const spellings = new Map<string, string>();
  const offer = (spelling: string): void => {
    const stem = placeStem(spelling);
    const before = spellings.get(stem);
    if (before === undefined || spelling.length < before.length) spellings.set(stem, spelling);
  };
  for (const c of clusters) {
    for (const m of c.mentions) {
      if (m.affiliation !== null && isPlace(m.affiliation) && vouchesForPlace(m)) offer(m.affiliation);
      if (c.type === 'country') offer(m.parsed.name);
    }
  }
  for (const side of aliases.sides.values()) spellings.set(placeStem(side), side);
  return spellings;
}

/** The value used by most rows among the mentions (longest on a tie, then first seen), or null. */
function mostUsed<V extends string>(mentions: readonly Mention[], value: (m: Mention) => V | null): V | null {
  const counts = new Map<V, number>();
  for (const m of mentions) {
    const v = value(m);
    if (v !== null && v !== '') counts.set(v, (counts.get(v) ?? 0) + m.count);
  }
  let best: V | null = null;
  let most = 0;
  for (const [v, n] of counts) {
    if (n > most || (n === most && best !== null && v.length > best.length)) {
      best = v;
      most = n;
    }
  }
  return best;
}
