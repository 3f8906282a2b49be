/**
 * `detente profile FILE --speaker COL [--by COL[,COL]] [--bin week]`: per-speaker tone profiles, the speakers
 * as one identity each across the file, trends per side and per speaker over time, and who moved between two
 * groups. Reads the tone the file carries (the tone_* columns of score and extract) and scores only without it.
 */

import type { GroupBy, GroupComparison, Scorer, SpeakerKind, TimeBin, TrendReport } from '../../index.js';
import {
  calendarDay,
  compareGroups,
  createScorer,
  DEFAULT_MIN_N,
  periodOf,
  profileSpeakers,
  TIME_BINS,
  trends,
} from '../../index.js';
import { KEY_SEPARATOR } from '../../profile/group-keys.js';
import { plural } from '../../report/plural.js';
import { ALIASES_FLAG, aliasesFlag } from '../aliases-file.js';
import type { Parsed } from '../args.js';
import { delimiterFlag, encodingFlag, int, list, oneFile, parse, str, UsageError } from '../args.js';
import { HELP } from '../help.js';
import { scorerOptions } from '../lexicon-files.js';
import { OUTPUT_FLAG, writeResult } from '../output.js';
import { formatComparison, formatGrid, formatProfiles, formatTrends } from '../profile/format.js';
import { type CliRow, profileRows } from '../profile/rows.js';
import { readTable } from '../read-table.js';
import { assertReadable } from '../readable.js';

/** The flags of this command (each one is in its --help; tests/cli/help-lists-every-flag.test.ts checks). */
export const FLAGS = {
  ...OUTPUT_FLAG,
  ...ALIASES_FLAG,
  encoding: { type: 'string' },
  speaker: { type: 'string' },
  text: { type: 'string' },
  by: { type: 'string' },
  bin: { type: 'string' },
  side: { type: 'string' },
  document: { type: 'string' },
  compare: { type: 'string' },
  'min-n': { type: 'string' },
  'min-periods': { type: 'string' },
  'min-confidence': { type: 'string' },
  kinds: { type: 'string' },
  'raw-speakers': { type: 'boolean' },
  rescore: { type: 'boolean' },
  resamples: { type: 'string' },
  seed: { type: 'string' },
  delimiter: { type: 'string' },
  json: { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true },
} as const;

const KINDS: readonly SpeakerKind[] = ['person', 'organisation', 'country', 'description', 'document', 'media'];

/**
 * Runs `detente profile`. Resolves with the exit code.
 * @example
 * ```ts
 * await profileCommand(['statements.csv', '--speaker', 'speaker', '--by', 'date', '--bin', 'week']);
 * ```
 */
export async function profileCommand(argv: readonly string[]): Promise<number> {
  const parsed = parse('profile', argv, FLAGS);
  if (parsed.values.help === true) {
    process.stdout.write(`${HELP.profile}\n`);
    return 0;
  }
  const file = oneFile(parsed, 'profile', 'profile needs a FILE');
  const speaker = str(parsed, 'speaker');
  if (speaker === undefined) throw new UsageError('profile needs --speaker COL', 'profile');
  const by = (str(parsed, 'by') ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const bin = binFlag(parsed, by);
  const settings = {
    minN: int(parsed, 'min-n', 'profile', DEFAULT_MIN_N),
    minPeriods: int(parsed, 'min-periods', 'profile', 3),
    resamples: int(parsed, 'resamples', 'profile', 1000),
    seed: int(parsed, 'seed', 'profile', 1),
  };
  if (settings.minPeriods < 2) throw new UsageError('--min-periods must be at least 2', 'profile');
  const aliases = aliasesFlag(parsed, 'profile');
  const options = scorerOptions(list(parsed, 'pack'), list(parsed, 'lexicon'), 'profile');
  let scorer: Scorer | undefined;
  assertReadable(file);
  const table = await readTable(
    file,
    delimiterFlag(parsed, 'profile', file),
    [speaker],
    'profile',
    encodingFlag(parsed, 'profile'),
  );
  const input = profileRows(table.rows, {
    speaker,
    text: str(parsed, 'text') ?? 'text',
    by,
    side: str(parsed, 'side'),
    document: str(parsed, 'document'),
    aliases,
    rawSpeakers: parsed.values['raw-speakers'] === true,
    rescore: parsed.values.rescore === true,
    minConfidence: confidenceFlag(parsed),
    kinds: kindsFlag(parsed),
    scorer: () => {
      scorer ??= createScorer(options);
      return scorer;
    },
  });
  const { rows } = input;
  // Group values ride in fixed fields (group_0, …), so a --by column named like a row field is safe; the time
  // column, last, is binned with --bin.
  const groupBy: GroupBy[] = by.map((_, k) =>
    k === by.length - 1 && bin !== undefined ? { field: `group_${k}`, bin } : `group_${k}`,
  );
  const report = profileSpeakers(rows, {
    ...(groupBy.length === 1 && { by: groupBy[0] as GroupBy }),
    ...(groupBy.length > 1 && { by: groupBy }),
    textField: 'text',
  });
  const byLabel =
    by.length === 0
      ? null
      : by.map((b, k) => (k === by.length - 1 && bin !== undefined ? `${b}/${bin}` : b)).join(' × ');
  const sideOf = sideMap(rows);
  const hasSides = rows.some((r) => r.side !== null);
  // Trends need a time axis: the last --by column, binned (--bin), or read as days when every value is a date.
  const trendBin =
    bin ?? (by.length > 0 && rows.length > 0 && rows.every((r) => calendarDay(r.time) !== null) ? 'day' : undefined);
  const trendOptions = { time: 'time', ...settings, ...(trendBin !== undefined && { bin: trendBin }) };
  const trendBySide: TrendReport | undefined =
    trendBin !== undefined && hasSides ? trends(rows, { ...trendOptions, series: 'side' }) : undefined;
  const trendBySpeaker: TrendReport | undefined =
    trendBin !== undefined ? trends(rows, { ...trendOptions, series: 'speaker' }) : undefined;
  const sideGrid =
    trendBin !== undefined && hasSides
      ? profileSpeakers(rows, { speakerField: 'side', by: { field: 'time', bin: trendBin } })
      : undefined;
  const comparison = compareFlag(parsed, report.groups, by.length > 0, bin, (a, b) =>
    compareGroups(report, a, b, { ...settings, ...(hasSides && { side: (s: string) => sideOf.get(s) ?? null }) }),
  );
  const shownReport = { ...report, by: byLabel };
  if (parsed.values.json === true) {
    const json = {
      file,
      statements: rows.length,
      tone: input.toneFrom,
      identities: input.identityFrom,
      dropped: input.dropped,
      ...(scorer !== undefined && { modules: scorer.modules }),
      ...(input.identities.length > 0 && { speakers: input.identities }),
      report: shownReport,
      ...(sideGrid !== undefined && { sides: { ...sideGrid, by: `${by.at(-1)}/${trendBin}` } }),
      ...(trendBySide !== undefined && { trendsBySide: { ...trendBySide, time: by.at(-1) } }),
      ...(trendBySpeaker !== undefined && { trendsBySpeaker: { ...trendBySpeaker, time: by.at(-1) } }),
      ...(comparison !== undefined && { comparison }),
    };
    writeResult(parsed, `${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const parts = [summaryLine(file, input, rows.length), formatProfiles(shownReport, (s) => sideOf.get(s) ?? null)];
  if (sideGrid !== undefined) {
    // As the library does: a statement without a side is no side; it is counted, not listed as one.
    const sideless =
      sideGrid.skipped > 0
        ? `\n${plural(sideGrid.skipped, 'statement')} without a side ${sideGrid.skipped === 1 ? 'is' : 'are'} not in the side table or the trends by side`
        : '';
    parts.push(`Mean score by side and ${trendBin} (statements):\n${formatGrid(sideGrid, 'side')}${sideless}`);
  }
  if (trendBySide !== undefined) parts.push(formatTrends('by side', trendBySide));
  if (trendBySpeaker !== undefined) parts.push(formatTrends('by speaker', trendBySpeaker));
  if (comparison !== undefined) parts.push(formatComparison(comparison));
  writeResult(parsed, `${parts.join('\n\n')}\n`);
  if (table.invalid > 0) process.stderr.write(`${table.invalid} rows skipped: wrong number of fields\n`);
  return 0;
}

/** What the rows are: how many, where their tone and identities came from, and what the filters left out. */
function summaryLine(file: string, input: ReturnType<typeof profileRows>, count: number): string {
  const tone = {
    columns: 'tone from the file’s tone_score column (as score or extract computed it)',
    scored: 'tone scored from the text column',
    both: 'tone from the tone_score column where present, scored from the text elsewhere',
  }[input.toneFrom];
  const who = {
    'speaker_id column': 'speakers as the speaker_id column identifies them',
    resolved: `${input.identities.length} speakers after unifying names across the file`,
    'as written': 'speakers as written',
  }[input.identityFrom];
  const { confidence, kind, unknownKind } = input.dropped;
  const dropped = [
    ...(confidence > 0 ? [`${confidence} below --min-confidence`] : []),
    ...(kind > 0 ? [`${kind} of other speaker kinds`] : []),
    // Without a speaker_kind column, a bare name ("Margit Lund") tells no kind: say so rather than drop silently.
    ...(unknownKind > 0 ? [`${unknownKind} whose speaker kind nothing tells (no speaker_kind column, no title)`] : []),
  ];
  return `${count} statements from ${file}${dropped.length > 0 ? ` (left out: ${dropped.join(', ')})` : ''}; ${tone}; ${who}`;
}

/** speaker → side, from the rows (the first side seen for a speaker). */
function sideMap(rows: readonly CliRow[]): Map<string, string> {
  const sides = new Map<string, string>();
  for (const r of rows)
    if (r.speaker !== null && r.side !== null && !sides.has(r.speaker)) sides.set(r.speaker, r.side);
  return sides;
}

function binFlag(parsed: Parsed, by: readonly string[]): TimeBin | undefined {
  const bin = str(parsed, 'bin');
  if (bin === undefined) return undefined;
  if (!(TIME_BINS as readonly string[]).includes(bin))
    throw new UsageError(`--bin must be ${TIME_BINS.join(', ')}, got ${JSON.stringify(bin)}`, 'profile');
  if (by.length === 0)
    throw new UsageError('--bin bins the date column of --by (put it last: --by side,date --bin week)', 'profile');
  return bin as TimeBin;
}

function confidenceFlag(parsed: Parsed): number | undefined {
  const v = str(parsed, 'min-confidence');
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !(x >= 0 && x <= 1))
    throw new UsageError(`--min-confidence must be a number in [0, 1], got ${JSON.stringify(v)}`, 'profile');
  return x;
}

function kindsFlag(parsed: Parsed): SpeakerKind[] | undefined {
  const v = str(parsed, 'kinds');
  if (v === undefined) return undefined;
  const kinds = v.split(',').map((k) => k.trim());
  const bad = kinds.find((k) => !(KINDS as readonly string[]).includes(k));
  if (bad !== undefined)
    throw new UsageError(`--kinds takes ${KINDS.join(', ')} (comma-separated), got ${JSON.stringify(bad)}`, 'profile');
  return kinds as SpeakerKind[];
}

/**
 * The comparison of --compare A,B, or of the only two groups there are. With --bin, a date given is put in its
 * period (2026-03-02 → 2026-W10), as the groups are; a group with no statements is a usage error naming the
 * flag and the groups there are.
 */
function compareFlag(
  parsed: Parsed,
  groups: readonly string[],
  grouped: boolean,
  bin: TimeBin | undefined,
  compare: (a: string, b: string) => GroupComparison,
): GroupComparison | undefined {
  const pair = str(parsed, 'compare')
    ?.split(',')
    .map((s) => s.trim());
  if (pair !== undefined && (pair.length !== 2 || !grouped))
    throw new UsageError('--compare takes two groups, A,B, and needs --by COL', 'profile');
  if (pair !== undefined) {
    const [a, b] = pair.map((g) => {
      const group = inPeriod(g, bin);
      if (groups.includes(group)) return group;
      throw new UsageError(
        `--compare: ${JSON.stringify(g)}${group === g ? '' : ` (${group})`} has no statements; the groups are ${groups
          .map((x) => JSON.stringify(x))
          .join(', ')}`,
        'profile',
      );
    }) as [string, string];
    return compare(a, b);
  }
  if (grouped && groups.length === 2) return compare(groups[0] as string, groups[1] as string);
  return undefined;
}

/** A group named with a date, put in its period under --bin (the last part of a two-column group: "A · date"). */
function inPeriod(group: string, bin: TimeBin | undefined): string {
  if (bin === undefined) return group;
  const at = group.lastIndexOf(KEY_SEPARATOR);
  const head = at === -1 ? '' : group.slice(0, at + KEY_SEPARATOR.length);
  const date = at === -1 ? group : group.slice(at + KEY_SEPARATOR.length);
  const period = periodOf(date, bin);
  return period === null ? group : `${head}${period.key}`;
}
