/**
 * Each row's speaker identity for the commands that read statement files (`profile`, `report`): trusted from
 * the `speaker_id` column `extract` wrote (an aliases file can still rename and place speakers), resolved
 * across the file with `resolveSpeakers`, or kept as written.
 */

import { nameKey } from '../identity/aliases.js';
import type { AliasTable, SpeakerIdentity, SpeakerKind } from '../index.js';
import { parseSpeaker, resolveSpeakers } from '../index.js';

/** One row's identity. */
export interface Identity {
  readonly name: string | null;
  readonly id: string | null;
  readonly side: string | null;
  readonly kind: SpeakerKind | null;
}

/** What to read: the speaker column, the document column (default `article_id`), aliases, or names as written. */
export interface IdentitySettings {
  readonly speaker: string;
  readonly document: string | undefined;
  readonly aliases: AliasTable | undefined;
  readonly rawSpeakers: boolean;
}

/** The identities of the rows, in row order, and where they came from. */
export interface RowIdentities {
  readonly fields: Identity[];
  readonly identities: readonly SpeakerIdentity[];
  readonly from: 'speaker_id column' | 'resolved' | 'as written';
}

/** A cell as trimmed text ('' for none). */
function cell(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/**
 * The identity of every row.
 * @example
 * ```ts
 * identifyRows(table.rows, { speaker: 'speaker', document: undefined, aliases, rawSpeakers: false }).fields[0];
 * // { name: 'Irena Kovac', id: 'name:kovac.i', side: 'Ardenia', kind: 'person' }
 * ```
 */
export function identifyRows(rows: readonly Record<string, unknown>[], s: IdentitySettings): RowIdentities {
  const hasColumn = (name: string): boolean => rows.some((r) => Object.hasOwn(r, name));
  const kindColumn = hasColumn('speaker_kind') ? 'speaker_kind' : hasColumn('speakerKind') ? 'speakerKind' : undefined;
  const kindOf = (r: Record<string, unknown>): SpeakerKind | null =>
    kindColumn === undefined ? null : ((cell(r[kindColumn]) || null) as SpeakerKind | null);
  const sideOfName = (name: string | null): string | null =>
    name === null ? null : (s.aliases?.sides.get(nameKey(name)) ?? null);
  if (s.rawSpeakers) {
    const fields = rows.map((r) => {
      const name = cell(r[s.speaker]) || null;
      return { name, id: name, side: sideOfName(name), kind: kindOf(r) };
    });
    return { fields, identities: [], from: 'as written' };
  }
  const idColumn = hasColumn('speaker_id') ? 'speaker_id' : hasColumn('speakerId') ? 'speakerId' : undefined;
  if (idColumn !== undefined) {
    // extract settled identities over its corpus already; an aliases file can still rename and place them: a
    // renamed speaker takes the id of the rows already under the canonical name.
    const named = rows.map((r) => {
      const written = cell(r[s.speaker]) || null;
      const name = written === null ? null : (s.aliases?.canonical.get(nameKey(written)) ?? written);
      return { written, name, id: cell(r[idColumn]) || null };
    });
    const idOfName = new Map<string, string>();
    for (const n of named)
      if (n.name !== null && n.name === n.written && n.id !== null) idOfName.set(nameKey(n.name), n.id);
    const fields = named.map((n, i) => {
      const renamed = n.name !== null && n.name !== n.written;
      const r = rows[i] as Record<string, unknown>;
      return {
        name: n.name,
        id: renamed ? (idOfName.get(nameKey(n.name as string)) ?? `alias:${nameKey(n.name as string)}`) : n.id,
        side: sideOfName(n.name) ?? (cell(r.side) || null),
        kind: kindOf(r) ?? kindOfName(n.name),
      };
    });
    return { fields, identities: [], from: 'speaker_id column' };
  }
  const resolved = resolveSpeakers(rows, {
    speakerField: s.speaker,
    documentField: s.document ?? 'article_id',
    ...(s.aliases !== undefined && { aliases: s.aliases }),
  });
  const fields = resolved.rows.map((r) => ({ name: r.speaker, id: r.speakerId, side: r.side, kind: r.speakerKind }));
  return { fields, identities: resolved.identities, from: 'resolved' };
}

/** What a name alone says of its kind: an organisation word, a description, a title; a bare name says nothing. */
function kindOfName(name: string | null): SpeakerKind | null {
  if (name === null) return null;
  const kind = parseSpeaker(name).kind;
  return kind === 'name' ? null : kind;
}
