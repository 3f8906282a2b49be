/** The shapes `resolveSpeakers()` reads and returns. */
import type { AliasesInput, AliasTable } from './aliases.js';

/**
 * What kind of speaker: the kinds attribution reports (`speakerKind` on a statement, `speaker_kind` in CSV).
 * @example
 * ```ts
 * import type { SpeakerKind } from 'detente';
 * const kinds: SpeakerKind[] = ['person', 'organisation']; // officials and their ministries, not analysts' descriptions
 * ```
 */
export type SpeakerKind = 'person' | 'organisation' | 'country' | 'description' | 'document' | 'media';

/**
 * One speaker across a corpus. `id` is stable: it is built from the name (surname and given-name initial for a
 * person or a name of unknown kind: `name:kovac.i`; the organisation's words and its country's stem: `org:belmark:foreign-ministry`),
 * not from the order of the rows, so the same person gets the same id in every corpus that names them fully.
 * A description ("a senior official") is one identity per document: `desc:a09:a-senior-belmark-official`.
 * @example
 * ```ts
 * import type { SpeakerIdentity } from 'detente';
 * const kovac: SpeakerIdentity = {
 *   id: 'name:kovac.i', name: 'Irena Kovac', kind: 'person', title: 'Foreign Minister', affiliation: 'Ardenian',
 *   side: 'Ardenia', sideFrom: 'aliases',
 *   mentions: ['Foreign Minister Irena Kovac', 'Irena Kovac', 'Ardenian Foreign Minister Irena Kovac', 'Kovac'],
 *   statements: 9, documents: 5,
 * };
 * ```
 */
export interface SpeakerIdentity {
  readonly id: string;
  /** The canonical name: the aliases file's, else the fullest name used most often, without titles. */
  readonly name: string;
  /** The kind given by the rows (`speakerKind`), else what the names say, else null. */
  readonly kind: SpeakerKind | null;
  /** The title used most often ("Foreign Minister"), or null. */
  readonly title: string | null;
  /** The affiliation used most often, as written ("Ardenian", "Belmark"), or null. */
  readonly affiliation: string | null;
  /** The side from the aliases file, else the country of the affiliation (with `sidesFromAffiliation`), or null. */
  readonly side: string | null;
  readonly sideFrom: 'aliases' | 'affiliation' | null;
  /** Every speaker string that was resolved to this identity, most rows first. */
  readonly mentions: readonly string[];
  /** Rows resolved to this identity, and the documents they came from. */
  readonly statements: number;
  readonly documents: number;
}

/**
 * Options of `resolveSpeakers()`.
 * @example
 * ```ts
 * import { parseAliases, resolveSpeakers, type ResolveOptions } from 'detente';
 * declare const rows: { speaker: string | null; url: string }[];
 * const options: ResolveOptions = { aliases: parseAliases('{"sides": {"Irena Kovac": "Ardenia"}}'), documentField: 'url' };
 * resolveSpeakers(rows, options);
 * ```
 */
export interface ResolveOptions {
  /** Name variants and sides, from `parseAliases` or as `{ aliases, sides }`. */
  readonly aliases?: AliasTable | AliasesInput;
  /** The row field holding the speaker string (default `'speaker'`). */
  readonly speakerField?: string;
  /**
   * The row field naming the document a row came from (default `'article_id'`). Within one document a
   * surname or "the ministry" resolves to the one full name it fits; descriptions are one identity per
   * document. Rows without the field all count as one document.
   */
  readonly documentField?: string;
  /** Give a side to a speaker the aliases do not place, from the country of their affiliation (default true). */
  readonly sidesFromAffiliation?: boolean;
}

/**
 * The fields `resolveSpeakers()` sets on each row (a row whose speaker is null or empty gets nulls).
 * @example
 * ```ts
 * import type { IdentityFields } from 'detente';
 * const fields: IdentityFields = {
 *   speaker: 'Irena Kovac', speakerId: 'name:kovac.i', side: 'Ardenia', speakerKind: 'person',
 *   title: 'Foreign Minister', affiliation: 'Ardenian', speakerAsWritten: 'Ardenian Foreign Minister Irena Kovac',
 * };
 * ```
 */
export interface IdentityFields {
  /** The canonical name (unique among the identities: a clash gets the id in brackets). */
  readonly speaker: string | null;
  readonly speakerId: string | null;
  readonly side: string | null;
  readonly speakerKind: SpeakerKind | null;
  /** The row's own title and affiliation when it has them, else the identity's. */
  readonly title: string | null;
  readonly affiliation: string | null;
  /** The speaker string as the row had it. */
  readonly speakerAsWritten: string | null;
}

/**
 * The result of `resolveSpeakers()`: the rows, each with its identity's fields, and the identities.
 * @example
 * ```ts
 * import { resolveSpeakers, type SpeakerResolution } from 'detente';
 * const result: SpeakerResolution<{ speaker: string }> = resolveSpeakers([{ speaker: 'Ms Kovac' }]);
 * result.rows[0]?.speakerId; // 'name:kovac'
 * ```
 */
export interface SpeakerResolution<T> {
  readonly rows: readonly (Omit<T, keyof IdentityFields> & IdentityFields)[];
  /** Most rows first. */
  readonly identities: readonly SpeakerIdentity[];
}
