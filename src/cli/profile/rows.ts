/**
 * The rows `detente profile` works on, from a table: each statement's tone (the tone columns `score` and
 * `extract` wrote, or a fresh score of the text), its speaker's identity (the `speaker_id` column `extract`
 * wrote, or resolved across the file), its side, and the filters (confidence, speaker kind).
 */
import type { AliasTable, ProfileRow, Scorer, SpeakerIdentity, SpeakerKind } from '../../index.js';
import { statementTone } from '../../index.js';
import { UsageError } from '../args.js';
import { identifyRows } from '../speaker-identity.js';

/** One statement ready for profiles and trends: group values ride in fixed fields (`group_0`, …, `time`). */
export type CliRow = ProfileRow & {
  readonly speaker: string | null;
  readonly speakerId: string | null;
  readonly side: string | null;
  readonly text: string;
  readonly [group: `group_${number}`]: string;
  readonly time: string;
};

/** What the profile command asked for, about its rows. */
export interface RowSettings {
  readonly speaker: string;
  readonly text: string;
  readonly by: readonly string[];
  readonly side: string | undefined;
  readonly document: string | undefined;
  readonly aliases: AliasTable | undefined;
  readonly rawSpeakers: boolean;
  readonly rescore: boolean;
  readonly minConfidence: number | undefined;
  readonly kinds: readonly SpeakerKind[] | undefined;
  readonly scorer: () => Scorer;
}

/** The rows, and what the command should say about how they were made. */
export interface ProfileInput {
  readonly rows: CliRow[];
  readonly toneFrom: 'columns' | 'scored' | 'both';
  readonly identityFrom: 'speaker_id column' | 'resolved' | 'as written';
  readonly identities: readonly SpeakerIdentity[];
  /** Rows left out by --min-confidence, and by --kinds (of another kind, or of a kind nothing tells). */
  readonly dropped: { readonly confidence: number; readonly kind: number; readonly unknownKind: number };
}

/**
 * Builds the rows of `detente profile` from a table. Throws `UsageError` for a column the flags need that the
 * file lacks, and for a tone cell that holds no score (naming the row).
 * @example
 * ```ts
 * const { rows, toneFrom } = profileRows(table.rows, settings);
 * ```
 */
export function profileRows(table: readonly Record<string, string>[], s: RowSettings): ProfileInput {
  const columns = new Set(Object.keys(table[0] ?? {}));
  const need = (column: string, why: string): void => {
    if (table.length > 0 && !columns.has(column))
      throw new UsageError(`${why} needs a column ${JSON.stringify(column)}, which the file lacks`, 'profile');
  };
  for (const b of s.by) if (b !== 'side') need(b, `--by ${b}`);
  if (s.side !== undefined) need(s.side, '--side');
  if (s.minConfidence !== undefined) need('confidence', '--min-confidence');
  const carriesTone = columns.has('tone_score') && columns.has('tone_label');
  if (!carriesTone || s.rescore) need(s.text, 'scoring the statements');
  const { identities, from: identityFrom, fields } = identifyRows(table, s);
  let scored = 0;
  let fromColumns = 0;
  const dropped = { confidence: 0, kind: 0, unknownKind: 0 };
  const rows: CliRow[] = [];
  table.forEach((r, i) => {
    let tone: ReturnType<typeof statementTone>;
    try {
      tone = statementTone(r, {
        text: s.text,
        rescore: s.rescore,
        ...(carriesTone && !s.rescore ? {} : { scorer: s.scorer() }),
      });
    } catch (err) {
      throw new UsageError(`row ${i + 1}: ${(err as Error).message}`, 'profile');
    }
    if (tone.from === 'columns') fromColumns++;
    else scored++;
    const who = fields[i] as (typeof fields)[number];
    if (s.minConfidence !== undefined && !(Number(r.confidence) >= s.minConfidence)) {
      dropped.confidence++;
      return;
    }
    if (s.kinds !== undefined && (who.kind === null || !s.kinds.includes(who.kind))) {
      if (who.kind === null) dropped.unknownKind++;
      else dropped.kind++;
      return;
    }
    const side = s.side !== undefined ? (r[s.side] ?? '').trim() || null : who.side;
    const groups: Record<string, string> = {};
    s.by.forEach((b, k) => {
      // "side" is the resolved side (aliases, the side column, or the affiliation), whether or not a column has it.
      groups[`group_${k}`] = b === 'side' ? (side ?? '') : (r[b] ?? '');
    });
    rows.push({
      speaker: who.name,
      speakerId: who.id,
      side,
      tone: tone.tone,
      text: r[s.text] ?? '',
      ...groups,
      time: s.by.length > 0 ? (groups[`group_${s.by.length - 1}`] as string) : '',
    } as CliRow);
  });
  return {
    rows,
    toneFrom: scored === 0 ? 'columns' : fromColumns === 0 ? 'scored' : 'both',
    identityFrom,
    identities,
    dropped,
  };
}
