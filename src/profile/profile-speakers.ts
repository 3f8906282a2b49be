/** `profileSpeakers()`: per-speaker (and per-group) summaries of scored statements. */
import { describeValue, InputError } from '../errors.js';
import { ProfileAccumulator } from './accumulator.js';
import { resolveProfileOptions } from './options.js';
import { checkRow, groupOf, UNATTRIBUTED } from './read-row.js';
import type { ProfileOptions, ProfileReport, ProfileRow, SpeakerProfile } from './types.js';

/**
 * Summarises scored statements per speaker: count, mean and sd of score, label counts, the dimensions they
 * lean on, their strongest evidence and their most conciliatory and most confrontational statements (each
 * pointing back to the row index and text). With `by`, one profile per (speaker, group). Pure; throws
 * `InputError` on a malformed row and `OptionsError` on a bad option.
 * @example
 * ```ts
 * const report = profileSpeakers([
 *   { speaker: 'Lavrov', text: 'a useful, honest discussion', tone: scorer.score('a useful, honest discussion'), date: '2022-01-21' },
 *   { speaker: 'Blinken', text: 'There is no trade space there', tone: scorer.score('There is no trade space there'), date: '2022-01-21' },
 * ], { by: 'date' });
 * report.profiles[0]; // { speaker: 'Blinken', group: '2022-01-21', count: 1, mean: -0.6, … }
 * ```
 */
export function profileSpeakers(rows: Iterable<ProfileRow>, options: ProfileOptions = {}): ProfileReport {
  const { by, unattributed, textField } = resolveProfileOptions(options);
  if (
    rows === null ||
    typeof rows !== 'object' ||
    typeof (rows as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw new InputError(
      `profileSpeakers(): rows must be an iterable of scored statements, got ${describeValue(rows)}`,
    );
  }
  // group → speaker → accumulator; Maps keep first-appearance order and treat "__proto__" as a plain key.
  const groups = new Map<string | undefined, Map<string, ProfileAccumulator>>();
  let skipped = 0;
  let index = 0;
  for (const raw of rows) {
    const row = checkRow(raw, index);
    if (row.speaker === null && unattributed === 'skip') {
      skipped++;
      index++;
      continue;
    }
    const speaker = row.speaker ?? UNATTRIBUTED;
    const group = by === undefined ? undefined : groupOf(row, by, index);
    let speakers = groups.get(group);
    if (speakers === undefined) {
      speakers = new Map();
      groups.set(group, speakers);
    }
    let acc = speakers.get(speaker);
    if (acc === undefined) {
      acc = new ProfileAccumulator(speaker, group);
      speakers.set(speaker, acc);
    }
    const text = row[textField];
    acc.add(row, index, typeof text === 'string' ? text : undefined);
    index++;
  }
  const profiles: SpeakerProfile[] = [];
  for (const speakers of groups.values()) {
    profiles.push(...[...speakers.values()].map((acc) => acc.finish()).sort(byCountThenName));
  }
  return {
    by: by === undefined ? null : typeof by === 'function' ? '(function)' : by,
    groups: by === undefined ? [] : ([...groups.keys()] as string[]),
    profiles,
    skipped,
  };
}

function byCountThenName(a: SpeakerProfile, b: SpeakerProfile): number {
  return b.count - a.count || (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0);
}
