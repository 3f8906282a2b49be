/** `profileSpeakers()`: per-speaker (and per-group) summaries of scored statements. */
import { describeValue, InputError } from '../errors.js';
import { ProfileAccumulator } from './accumulator.js';
import { groupingName, KEY_SEPARATOR, orderGroups } from './group-keys.js';
import { resolveProfileOptions } from './options.js';
import { checkRow, groupOf, speakerOf, UNATTRIBUTED } from './read-row.js';
import type { ProfileOptions, ProfileReport, ProfileRow, SpeakerProfile } from './types.js';

/**
 * Summarises scored statements per speaker: count, mean and sd of score, label counts, the dimensions they
 * lean on, their strongest evidence and their most conciliatory and most confrontational statements (each
 * pointing back to the row index and text). With `by`, one profile per (speaker, group): a field, a function,
 * a date field in time bins (`{ field: 'date', bin: 'week' }`), or several of these (`['side', …]`). With
 * `speakerField`, profiles another field (`'side'`: one profile per side). Pure; throws
 * `InputError` on a malformed row and `OptionsError` on a bad option.
 * @example
 * ```ts
 * const report = profileSpeakers([
 *   { speaker: 'Lavrov', text: 'a useful, honest discussion', tone: scorer.score('a useful, honest discussion'), date: '2022-01-21' },
 *   { speaker: 'Blinken', text: 'There is no trade space there', tone: scorer.score('There is no trade space there'), date: '2022-01-21' },
 * ], { by: 'date' });
 * report.profiles[0]; // { speaker: 'Blinken', group: '2022-01-21', count: 1, mean: -0.6, … }
 * profileSpeakers(rows, { speakerField: 'side', by: { field: 'date', bin: 'week' } }); // side × ISO week
 * ```
 */
export function profileSpeakers(rows: Iterable<ProfileRow>, options: ProfileOptions = {}): ProfileReport {
  const { by, byList, unattributed, textField, speakerField } = resolveProfileOptions(options);
  if (
    rows === null ||
    typeof rows !== 'object' ||
    typeof (rows as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw new InputError(
      `profileSpeakers(): rows must be an iterable of scored statements, got ${describeValue(rows)}`,
    );
  }
  // group name → its values and speaker → accumulator; Maps keep first-appearance order and treat
  // "__proto__" as a plain key. Without `by`, the one group is named ''.
  const groups = new Map<string, { values: readonly string[]; speakers: Map<string, ProfileAccumulator> }>();
  let skipped = 0;
  let index = 0;
  for (const raw of rows) {
    const row = checkRow(raw, index, speakerField);
    const who = speakerOf(row, speakerField) ?? null;
    if (who === null && unattributed === 'skip') {
      skipped++;
      index++;
      continue;
    }
    const speaker = who ?? UNATTRIBUTED;
    const values = by.map((b) => groupOf(row, b, index));
    const name = values.join(KEY_SEPARATOR);
    let group = groups.get(name);
    if (group === undefined) {
      group = { values, speakers: new Map() };
      groups.set(name, group);
    }
    let acc = group.speakers.get(speaker);
    if (acc === undefined) {
      acc = new ProfileAccumulator(speaker, by.length === 0 ? undefined : name);
      group.speakers.set(speaker, acc);
    }
    const text = row[textField];
    acc.add(row, index, typeof text === 'string' ? text : undefined);
    index++;
  }
  const ordered = orderGroups(
    [...groups.values()].map((g) => g.values),
    by,
  ).map((values) => groups.get(values.join(KEY_SEPARATOR))!);
  const profiles: SpeakerProfile[] = [];
  for (const { values, speakers } of ordered) {
    const finished = [...speakers.values()].map((acc) => acc.finish()).sort(byCountThenName);
    profiles.push(...(byList ? finished.map((p) => ({ ...p, keys: values })) : finished));
  }
  return {
    by: groupingName(by, byList),
    groups: by.length === 0 ? [] : ordered.map((g) => g.values.join(KEY_SEPARATOR)),
    profiles,
    skipped,
  };
}

function byCountThenName(a: SpeakerProfile, b: SpeakerProfile): number {
  return b.count - a.count || (a.speaker < b.speaker ? -1 : a.speaker > b.speaker ? 1 : 0);
}
