/**
 * Mentions grouped into identities. The rules, in order:
 *
 * 1. A person is a surname plus given names: "Sergei Dragan" and "Sergey Dragan" are one person (same
 *    surname, given names with one initial and at most one letter apart), "Kristian" and "Christian Solberg"
 *    are two until an aliases file says otherwise.
 * 2. An organisation is its words plus its country: "Belmark's Foreign Ministry" = "the Belmark Foreign
 *    Ministry"; "the Ardenian Foreign Ministry" = "Ardenia's Foreign Ministry" (a country and its adjective
 *    share a stem). A word counts as a country when the corpus uses it as an affiliation somewhere.
 * 3. A partial name joins the one full identity it fits — first among those named in its own document, then
 *    in the whole corpus — and stays alone when it fits none or several: a surname ("Kovac"), an organisation
 *    without its country ("the Foreign Ministry"), a bare name ("Belpress", "Belmark").
 * 4. A definite description ("the ministry", "the minister") joins the one identity of its document it fits
 *    (an organisation with that head word, a person with that title); other descriptions are one identity per
 *    document ("a senior Belmark official" in a09).
 */
import { nameKey } from './aliases.js';
import type { Mention } from './mentions.js';
import { isPlace, vouchesForPlace } from './mentions.js';
import { fullName, groupGivenNames, type PersonName, personName, personType, sameGivenName } from './person-names.js';
import { ORGANISATION_HEADS } from './vocabulary.js';
import { fold, placeStem, words } from './words.js';

export { sameGivenName } from './person-names.js';

/** What a cluster is: its key (the id is made from it) and its mentions. */
export interface Cluster {
  readonly type: 'person' | 'name' | 'organisation' | 'country' | 'description';
  /** person/name: [surname, given]; organisation: [country stem or '', words]; country: [stem]; description: [doc, text]. */
  readonly key: readonly string[];
  readonly mentions: Mention[];
}

/**
 * Groups mentions into clusters, one per speaker.
 * @example
 * ```ts
 * clusterMentions(mentions).map((c) => c.key); // [['kovac', 'irena'], ['belmark', 'foreign ministry'], …]
 * ```
 */
export function clusterMentions(mentions: readonly Mention[]): Cluster[] {
  const places = knownPlaces(mentions);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const add = (type: Cluster['type'], key: readonly string[], m: Mention): void => {
    const id = JSON.stringify([type === 'name' ? 'person' : type, ...key]);
    let c = byKey.get(id);
    if (c === undefined) {
      c = { type, key, mentions: [] };
      byKey.set(id, c);
      clusters.push(c);
    }
    if (type === 'person' && c.type === 'name') (c as { type: Cluster['type'] }).type = 'person';
    c.mentions.push(m);
  };
  const later: Mention[] = [];
  const persons: { m: Mention; name: PersonName }[] = [];
  const namedAsOrganisation: Mention[] = [];
  // Pass 1: full names, organisations with their country, countries.
  for (const m of mentions) {
    const p = m.parsed;
    const kind = m.hint;
    if (
      kind === 'country' ||
      // A country acting ("Valdoria threatened") is read as an organisation, or as a surname when its article
      // gives no sign of a place: a lone word the corpus knows as a place is that country either way.
      ((kind === null || kind === 'organisation' || kind === 'person') &&
        p.kind === 'name' &&
        p.nameWords.length === 1 &&
        isCountryWord(p.name, places))
    ) {
      add('country', [placeStem(p.name)], m);
    } else if (isOrganisationHint(kind) && p.kind === 'name' && fullName(p.nameWords) !== null) {
      // A person's full name given an organisation's kind ("Petra Sokol" read as a medium): a person when the
      // corpus names that person elsewhere, decided once the persons are grouped.
      namedAsOrganisation.push(m);
    } else if (
      kind === 'organisation' &&
      p.kind !== 'organisation' &&
      p.kind !== 'description' &&
      p.nameWords.length === 1
    ) {
      // A lone word attribution took for an organisation may be a surname ("Kovac said"): pass 2 decides.
      later.push(m);
    } else if (
      kind === 'organisation' ||
      kind === 'media' ||
      kind === 'document' ||
      (kind === null && p.kind === 'organisation')
    ) {
      const org = organisationKey(m, places);
      if (org[0] === '') later.push(m);
      else add('organisation', org, m);
    } else if (kind === 'description' || p.kind === 'description') {
      later.push(m);
    } else {
      const name = personName(p.nameWords);
      // A surname alone, or with an initial only ("J. Smith"), is partial: it joins the one full name it fits.
      if (name === null || name.given === null || name.given.length < 2) later.push(m);
      else persons.push({ m, name });
    }
  }
  const groups = groupGivenNames(persons);
  for (const group of groups) {
    for (const { m, name } of group.members)
      add(group.named ? 'person' : personType(m), [name.surname, group.given], m);
  }
  const groupsBySurname = new Map<string, (typeof groups)[number][]>();
  for (const g of groups) groupsBySurname.set(g.surname, [...(groupsBySurname.get(g.surname) ?? []), g]);
  for (const m of namedAsOrganisation) {
    const name = fullName(m.parsed.nameWords) as PersonName;
    const group = groupsBySurname.get(name.surname)?.find((g) => sameGivenName(g.given, name.given as string));
    if (group !== undefined) add(group.named ? 'person' : personType(m), [group.surname, group.given], m);
    else {
      const org = organisationKey(m, places);
      if (org[0] === '') later.push(m);
      else add('organisation', org, m);
    }
  }
  // Pass 2: partial names and descriptions, each joined to the one full cluster of pass 1 it fits; the rest
  // form clusters of their own, organisations first so that a bare name can join one ("Kremlin" with "the
  // Kremlin"). Nothing here depends on the order of the rows.
  const index = indexClusters(clusters);
  const deferred: Mention[] = [];
  for (const m of later) {
    const target = partialTarget(m, index, places);
    if (target !== null) target.mentions.push(m);
    else deferred.push(m);
  }
  const isOrg = (m: Mention): boolean =>
    m.parsed.kind === 'organisation' || m.hint === 'organisation' || m.hint === 'media' || m.hint === 'document';
  const isDescription = (m: Mention): boolean => m.parsed.kind === 'description' || m.hint === 'description';
  for (const m of deferred) {
    if (isDescription(m)) add('description', [m.aliasName === null ? (m.doc ?? '') : '', nameKey(m.parsed.name)], m);
    else if (isOrg(m)) add('organisation', organisationKey(m, places), m);
  }
  for (const m of deferred) {
    if (isDescription(m) || isOrg(m)) continue;
    const name = personName(m.parsed.nameWords);
    const bare =
      m.parsed.nameWords.length === 1 ? byKey.get(JSON.stringify(['organisation', '', name?.surname])) : undefined;
    if (bare !== undefined) bare.mentions.push(m);
    else add(personType(m), [name?.surname ?? nameKey(m.parsed.name), name?.given ?? ''], m);
  }
  return clusters;
}

/** Pass 1's clusters looked up by what a partial mention can say: surname, organisation words or head, title word. */
interface ClusterIndex {
  readonly persons: Map<string, Cluster[]>;
  readonly orgs: Map<string, Cluster[]>;
  readonly orgHeads: Map<string, Cluster[]>;
  readonly titled: Map<string, Cluster[]>;
  readonly docs: Map<Cluster, Set<string | null>>;
}

function indexClusters(clusters: readonly Cluster[]): ClusterIndex {
  const index: ClusterIndex = {
    persons: new Map(),
    orgs: new Map(),
    orgHeads: new Map(),
    titled: new Map(),
    docs: new Map(),
  };
  const put = (map: Map<string, Cluster[]>, key: string, c: Cluster): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(c)) list.push(c);
    map.set(key, list);
  };
  for (const c of clusters) {
    index.docs.set(c, new Set(c.mentions.map((m) => m.doc)));
    const [a = '', b = ''] = c.key;
    if (c.type === 'organisation') {
      put(index.orgs, b, c);
      put(index.orgHeads, b.split(' ').at(-1) ?? '', c);
    } else if (c.type === 'person' || c.type === 'name') {
      put(index.persons, a, c);
      for (const m of c.mentions)
        if (m.title !== null) for (const w of fold(m.title).split(' ')) put(index.titled, w, c);
    }
  }
  return index;
}

/**
 * Stems of every affiliation that names a place, and of speakers the rows call countries. A description
 * without an office title ("the Erlen valley") does not make its word a place.
 */
function knownPlaces(mentions: readonly Mention[]): Set<string> {
  const places = new Set<string>();
  for (const m of mentions) {
    if (m.affiliation !== null && isPlace(m.affiliation) && vouchesForPlace(m)) places.add(placeStem(m.affiliation));
    if (m.hint === 'country') places.add(placeStem(m.text));
  }
  return places;
}

function isCountryWord(word: string, places: ReadonlySet<string>): boolean {
  return places.has(placeStem(word));
}

/** [country stem or '', folded words] of an organisation mention; a leading country word counts as its country. */
function organisationKey(m: Mention, places: ReadonlySet<string>): [string, string] {
  let orgWords = m.parsed.nameWords.length > 0 ? [...m.parsed.nameWords] : words(m.parsed.name);
  let country = m.parsed.affiliation !== null && isPlace(m.parsed.affiliation) ? placeStem(m.parsed.affiliation) : '';
  if (country === '' && orgWords.length >= 2 && isCountryWord(orgWords[0] as string, places)) {
    country = placeStem(orgWords[0] as string);
    orgWords = orgWords.slice(1);
  }
  return [country, orgWords.map(fold).join(' ')];
}

function isOrganisationHint(kind: Mention['hint']): boolean {
  return kind === 'organisation' || kind === 'media' || kind === 'document';
}

/** The one cluster a partial mention fits, in its document first, then in the corpus; null for none or several. */
function partialTarget(m: Mention, index: ClusterIndex, places: ReadonlySet<string>): Cluster | null {
  const fits = candidatesFor(m, index, places);
  if (fits === null || fits.length === 0) return null;
  const inDoc = fits.filter((c) => index.docs.get(c)?.has(m.doc) === true);
  if (inDoc.length === 1) return inDoc[0] as Cluster;
  if (inDoc.length > 1) return null;
  // A definite description ("the ministry") only ever refers inside its own document.
  if (m.parsed.kind === 'description') return null;
  return fits.length === 1 ? (fits[0] as Cluster) : null;
}

/** The clusters a partial mention could belong to, or null when it is not a partial name at all. */
function candidatesFor(m: Mention, index: ClusterIndex, places: ReadonlySet<string>): readonly Cluster[] | null {
  const p = m.parsed;
  if (p.kind === 'description') {
    if (m.aliasName !== null) return null;
    const head = fold(words(p.text).at(-1) ?? '');
    if (!p.text.toLowerCase().startsWith('the ') || head === '') return null;
    if (ORGANISATION_HEADS.has(head)) return index.orgHeads.get(head) ?? [];
    return m.title !== null ? (index.titled.get(head) ?? []) : null;
  }
  // Attribution takes a lone unknown word for an organisation ("Hamas said"); a bare surname ("Kovac said") is
  // that word too, so a one-word name with that hint is looked up as either (below).
  const bareWord = (p.kind === 'person' || p.kind === 'name') && p.nameWords.length === 1 && m.hint === 'organisation';
  if (
    !bareWord &&
    (p.kind === 'organisation' || m.hint === 'organisation' || m.hint === 'media' || m.hint === 'document')
  )
    return index.orgs.get(organisationKey(m, places)[1]) ?? [];
  const name = personName(p.nameWords);
  if (name === null) return null;
  // A bare name: an organisation of that one word ("Belpress"), else a person of that surname ("Kovac").
  if (p.nameWords.length === 1) {
    const orgs = index.orgs.get(name.surname);
    if (orgs !== undefined) return orgs;
  }
  return (index.persons.get(name.surname) ?? []).filter(
    (c) => c.key[1] !== '' && (name.given === null || (c.key[1] ?? '').startsWith(name.given)),
  );
}
