/**
 * People's names as identity compares them: a surname (particles kept, suffixes dropped) and a given name, and
 * full names grouped by surname and compatible given names ("Sergei" / "Sergey", "A." / "Antony").
 */
import type { Mention } from './mentions.js';
import { NAME_PARTICLES, NAME_SUFFIXES } from './vocabulary.js';
import { fold } from './words.js';

/** A person-like name: folded surname (particles kept) and given name (null for a surname alone). */
export interface PersonName {
  readonly surname: string;
  readonly given: string | null;
}

/** A person-like full name (a surname and a given name of two letters or more), or null. */
export function fullName(nameWords: readonly string[]): PersonName | null {
  const name = personName(nameWords);
  return name === null || name.given === null || name.given.length < 2 ? null : name;
}

/** Surname (with particles, without suffixes) and given name of a person's name words, or null for none. */
export function personName(nameWords: readonly string[]): PersonName | null {
  const kept = nameWords.filter((w) => !NAME_SUFFIXES.has(fold(w)));
  const folded = kept.map(fold);
  if (folded.length === 0) return null;
  let first = folded.length - 1;
  // Particles before the last name belong to the surname ("von der Leyen"); the first word stays a given name.
  while (first > 1 && NAME_PARTICLES.has(kept[first - 1] as string)) first--;
  const surname = folded.slice(first).join(' ');
  return { surname, given: first === 0 ? null : (folded[0] as string).replace('.', '') };
}

/** Full names grouped by surname and compatible given names ("sergei" ~ "sergey", "a" ~ "antony"). */
export function groupGivenNames(
  persons: readonly { m: Mention; name: PersonName }[],
): { surname: string; given: string; named: boolean; members: { m: Mention; name: PersonName }[] }[] {
  type Group = { surname: string; given: string; named: boolean; members: { m: Mention; name: PersonName }[] };
  const groups: Group[] = [];
  const bySurname = new Map<string, Group[]>();
  // Fullest given names first, so the grouping does not depend on the order of the rows.
  const ordered = [...persons].sort(
    (x, y) =>
      (y.name.given as string).length - (x.name.given as string).length ||
      ((x.name.given as string) < (y.name.given as string)
        ? -1
        : (x.name.given as string) > (y.name.given as string)
          ? 1
          : 0),
  );
  for (const p of ordered) {
    const given = p.name.given as string;
    const same = bySurname.get(p.name.surname) ?? [];
    const group = same.find((g) => sameGivenName(g.given, given));
    if (group === undefined) {
      const created: Group = { surname: p.name.surname, given, named: personType(p.m) === 'person', members: [p] };
      groups.push(created);
      bySurname.set(p.name.surname, [...same, created]);
    } else {
      group.members.push(p);
      if (given.length > group.given.length) group.given = given; // keep the fullest spelling as the key
      if (personType(p.m) === 'person') group.named = true;
    }
  }
  return groups;
}

/**
 * Given names of one person: the same initial, and one a prefix of the other ("A" / "Antony", "Alex" /
 * "Alexander") or at most one letter apart ("Sergei" / "Sergey").
 * @example
 * ```ts
 * sameGivenName('sergei', 'sergey'); // true
 * sameGivenName('john', 'jane');     // false
 * ```
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.charAt(0) !== b.charAt(0)) return false;
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return withinOneEdit(a, b);
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A name's type from what the row or its title says: a person for sure, or a name that could be either. */
export function personType(m: Mention): 'person' | 'name' {
  return m.hint === 'person' || m.parsed.kind === 'person' ? 'person' : 'name';
}
