/** `detente profile FILE --speaker COL [--by COL]`: per-speaker tone table, and who moved between two groups. */

import type { GroupComparison, ProfileReport, ProfileRow } from '../../index.js';
import { compareGroups, createScorer, profileSpeakers } from '../../index.js';
import { delimiterFlag, encodingFlag, list, oneFile, parse, str, UsageError } from '../args.js';
import { HELP } from '../help.js';
import { scorerOptions } from '../lexicon-files.js';
import { OUTPUT_FLAG, writeResult } from '../output.js';
import { readTable } from '../read-table.js';

const FLAGS = {
  ...OUTPUT_FLAG,
  encoding: { type: 'string' },
  speaker: { type: 'string' },
  text: { type: 'string' },
  by: { type: 'string' },
  compare: { type: 'string' },
  delimiter: { type: 'string' },
  json: { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true },
} as const;

const num = (x: number): string => (x >= 0 ? ' ' : '') + x.toFixed(2);

/**
 * The profiles as a plain-text table.
 * @example
 * ```ts
 * formatProfiles(profileSpeakers(rows)); // 'speaker  n  mean  sd  conc  conf  neut  mixed  leans on\n…'
 * ```
 */
export function formatProfiles(report: ProfileReport): string {
  const grouped = report.by !== null;
  const width = Math.max(7, ...report.profiles.map((p) => p.speaker.length));
  const gWidth = grouped ? Math.max(5, ...report.profiles.map((p) => (p.group ?? '').length)) : 0;
  const head = `${'speaker'.padEnd(width)}  ${grouped ? `${'group'.padEnd(gWidth)}  ` : ''}${'n'.padStart(4)}  ${'mean'.padStart(6)}  ${'sd'.padStart(5)}  conc  conf  neut  mix  leans on`;
  const lines = [head, '-'.repeat(head.length + 10)];
  for (const p of report.profiles) {
    const leans = p.dimensions
      .slice(0, 3)
      .map((d) => `${d.dimension} ${Math.round(d.share * 100)}%`)
      .join(', ');
    lines.push(
      `${p.speaker.padEnd(width)}  ${grouped ? `${(p.group ?? '').padEnd(gWidth)}  ` : ''}${String(p.count).padStart(4)}  ${num(p.mean).padStart(6)}  ${p.sd.toFixed(2).padStart(5)}  ${String(p.labels.conciliatory).padStart(4)}  ${String(p.labels.confrontational).padStart(4)}  ${String(p.labels.neutral).padStart(4)}  ${String(p.labels.mixed).padStart(3)}  ${leans}`,
    );
  }
  return lines.join('\n');
}

/**
 * A group comparison as text: one sentence per speaker.
 * @example
 * ```ts
 * formatComparison(compareGroups(rows, 'before', 'after', { by: 'phase' }));
 * ```
 */
export function formatComparison(c: GroupComparison): string {
  const lines = [`${c.a} → ${c.b} (${Math.round(c.confidence * 100)}% bootstrap intervals, ${c.resamples} resamples)`];
  for (const s of c.speakers) lines.push(`  ${s.summary}`);
  if (c.overall !== null) lines.push(`  overall: ${c.overall.summary}`);
  if (c.onlyInA.length > 0) lines.push(`  only in ${c.a}: ${c.onlyInA.join(', ')}`);
  if (c.onlyInB.length > 0) lines.push(`  only in ${c.b}: ${c.onlyInB.join(', ')}`);
  if (c.allToward !== null) lines.push(`  every compared speaker moved toward ${c.allToward}`);
  return lines.join('\n');
}

/**
 * Runs `detente profile`. Resolves with the exit code.
 * @example
 * ```ts
 * await profileCommand(['statements.csv', '--speaker', 'speaker', '--by', 'date']);
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
  const text = str(parsed, 'text') ?? 'text';
  const by = str(parsed, 'by');
  const scorer = createScorer(scorerOptions(list(parsed, 'pack'), list(parsed, 'lexicon'), 'profile'));
  const table = await readTable(
    file,
    delimiterFlag(parsed, 'profile', file),
    [speaker, text, ...(by === undefined ? [] : [by])],
    'profile',
    encodingFlag(parsed, 'profile'),
  );
  const rows: ProfileRow[] = table.rows.map((r) => ({
    speaker: (r[speaker] ?? '').trim() === '' ? null : (r[speaker] ?? '').trim(),
    tone: scorer.score(r[text] ?? ''),
    text: r[text] ?? '',
    ...(by !== undefined && { group: r[by] ?? '' }),
  }));
  // The group value rides in a fixed field, so a --by column named like a row field (speaker, tone) is safe.
  const report = profileSpeakers(rows, { ...(by !== undefined && { by: 'group' }), textField: 'text' });
  let comparison: GroupComparison | undefined;
  const pair = str(parsed, 'compare')
    ?.split(',')
    .map((s) => s.trim());
  if (pair !== undefined && (pair.length !== 2 || by === undefined))
    throw new UsageError('--compare takes two groups, A,B, and needs --by COL', 'profile');
  if (pair !== undefined) comparison = compareGroups(report, pair[0]!, pair[1]!);
  else if (by !== undefined && report.groups.length === 2)
    comparison = compareGroups(report, report.groups[0]!, report.groups[1]!);
  if (parsed.values.json === true) {
    writeResult(
      parsed,
      `${JSON.stringify({ file, modules: scorer.modules, report, ...(comparison !== undefined && { comparison }) }, null, 2)}\n`,
    );
    return 0;
  }
  writeResult(
    parsed,
    `${formatProfiles(report)}\n${comparison === undefined ? '' : `\n${formatComparison(comparison)}\n`}`,
  );
  if (table.invalid > 0) process.stderr.write(`${table.invalid} rows skipped: wrong number of fields\n`);
  return 0;
}
