/** `compareGroups()`: who moved toward which pole between two groups, with bootstrap intervals. */
import { describeValue, OptionsError } from '../errors.js';
import { bootstrapMeanDifference } from './bootstrap.js';
import type { CompareOptions, GroupComparison, Pole, SpeakerShift } from './compare-types.js';
import { counted, interval, signed } from './format.js';
import { checkField, resolveCompareOptions } from './options.js';
import { fnv1a32, mulberry32 } from './prng.js';
import { profileSpeakers } from './profile-speakers.js';
import { speakerOf } from './read-row.js';
import { mean } from './stats.js';
import type { ProfileReport, ProfileRow, SpeakerProfile } from './types.js';

/**
 * Compares each speaker's mean score in group `a` with group `b` (groups as `profileSpeakers` makes them
 * with `by`). For every speaker in both groups: the shift (meanB − meanA), the pole it points to, and a
 * percentile bootstrap interval from a seeded PRNG (deterministic). A shift is called only when both groups
 * hold at least `minN` statements (default 5) and the interval excludes 0; otherwise the summary says "not
 * enough statements". With `side`, the statements of each side are pooled too (`sides`). Pass a grouped
 * `ProfileReport`, or rows with `options.by`. Throws `OptionsError` if the input is not grouped or a group
 * is absent.
 * @example
 * ```ts
 * const cmp = compareGroups(rows, '2022-01-10', '2022-01-21', { by: 'date' });
 * cmp.allToward;             // 'conciliatory' when both sides scaled back their confrontational rhetoric
 * cmp.speakers[0].summary;   // 'Lavrov moved toward conciliatory by 0.31 (95% CI 0.12 to 0.50; …)'
 * compareGroups(rows, '2022-01-10', '2022-01-21', { by: 'date', side: 'side' }).sides; // one pooled shift per side
 * ```
 */
export function compareGroups(
  input: ProfileReport | Iterable<ProfileRow>,
  a: string,
  b: string,
  options: CompareOptions = {},
): GroupComparison {
  const { resamples, confidence, seed, minN } = resolveCompareOptions(options);
  // Rows are read twice with a side field (sides, then profiles): a one-pass iterable is kept first.
  const source = isReport(input) || Array.isArray(input) ? input : [...input];
  const sideOf = resolveSide(source, options);
  const report = isReport(source) ? source : profileSpeakers(source, options);
  if (report.by === null) {
    throw new OptionsError(
      'by',
      'compareGroups(): the profile is not grouped; profile with { by } or pass rows and options.by',
    );
  }
  for (const [name, group] of [
    ['a', a],
    ['b', b],
  ] as const) {
    if (!report.groups.includes(group)) {
      throw new OptionsError(
        name,
        `compareGroups(): group ${describeValue(group)} has no statements (groups: ${report.groups.map((g) => describeValue(g)).join(', ')})`,
      );
    }
  }
  const inA = new Map(report.profiles.filter((p) => p.group === a).map((p) => [p.speaker, p]));
  const inB = new Map(report.profiles.filter((p) => p.group === b).map((p) => [p.speaker, p]));
  const settings = { resamples, confidence, seed, minN };
  const speakers = [...inA.values()]
    .filter((p) => inB.has(p.speaker))
    .map((p) => shiftOf(p.speaker, p, inB.get(p.speaker) as SpeakerProfile, settings))
    .sort((x, y) => y.countA + y.countB - (x.countA + x.countB) || (x.speaker < y.speaker ? -1 : 1));
  const compared = speakers.filter((s) => s.enough);
  const poles = new Set(compared.map((s) => (s.significant ? s.toward : null)));
  const only = poles.size === 1 ? [...poles][0] : null;
  return {
    a,
    b,
    resamples,
    confidence,
    seed,
    minN,
    speakers,
    overall: shiftOf('(all)', pool([...inA.values()]), pool([...inB.values()]), settings),
    sides: sideOf === undefined ? [] : sideShifts([...inA.values()], [...inB.values()], sideOf, settings),
    onlyInA: [...inA.keys()].filter((s) => !inB.has(s)),
    onlyInB: [...inB.keys()].filter((s) => !inA.has(s)),
    allToward: compared.length > 0 && only !== undefined ? only : null,
  };
}

type Settings = { resamples: number; confidence: number; seed: number; minN: number };

/** One pooled shift per side with statements in both groups, sides in order of first appearance in `a`. */
function sideShifts(
  inA: readonly SpeakerProfile[],
  inB: readonly SpeakerProfile[],
  sideOf: (speaker: string) => string | null | undefined,
  settings: Settings,
): SpeakerShift[] {
  const bySide = (profiles: readonly SpeakerProfile[]): Map<string, SpeakerProfile[]> => {
    const sides = new Map<string, SpeakerProfile[]>();
    for (const p of profiles) {
      const side = sideOf(p.speaker);
      if (typeof side !== 'string' || side === '') continue;
      sides.set(side, [...(sides.get(side) ?? []), p]);
    }
    return sides;
  };
  const a = bySide(inA);
  const b = bySide(inB);
  return [...a]
    .filter(([side]) => b.has(side))
    .map(([side, profiles]) => shiftOf(side, pool(profiles), pool(b.get(side) as SpeakerProfile[]), settings));
}

/** `options.side` as a function from speaker to side: a function as given, or a row field read from the rows. */
function resolveSide(
  input: ProfileReport | Iterable<ProfileRow>,
  options: CompareOptions,
): ((speaker: string) => string | null | undefined) | undefined {
  const { side } = options;
  if (side === undefined || typeof side === 'function') return side;
  checkField(side, 'side', 'compareGroups');
  if (isReport(input))
    throw new OptionsError('side', 'compareGroups(): options.side names a row field, so it needs rows, not a report');
  const speakerField = options.speakerField ?? 'speaker';
  const sides = new Map<string, string>();
  for (const row of input) {
    const speaker = speakerOf(row, speakerField);
    const value = row[side];
    if (typeof speaker === 'string' && typeof value === 'string' && value !== '' && !sides.has(speaker))
      sides.set(speaker, value);
  }
  return (speaker) => sides.get(speaker);
}

type Sample = Pick<SpeakerProfile, 'scores' | 'labels'>;

function shiftOf(speaker: string, a: Sample, b: Sample, s: Settings): SpeakerShift {
  // A per-speaker seed: one speaker's interval does not depend on which others are in the data.
  const random = mulberry32((s.seed ^ fnv1a32(speaker)) >>> 0);
  const { estimate, low, high } = bootstrapMeanDifference(a.scores, b.scores, {
    resamples: s.resamples,
    confidence: s.confidence,
    random,
  });
  const toward: Pole | null = estimate > 0 ? 'conciliatory' : estimate < 0 ? 'confrontational' : null;
  const enough = a.scores.length >= s.minN && b.scores.length >= s.minN;
  const significant = enough && (low > 0 || high < 0);
  const shift = {
    speaker,
    countA: a.scores.length,
    countB: b.scores.length,
    meanA: mean(a.scores),
    meanB: mean(b.scores),
    shift: estimate,
    low,
    high,
    toward,
    enough,
    significant,
    confrontationalShareA: a.labels.confrontational / a.scores.length,
    confrontationalShareB: b.labels.confrontational / b.scores.length,
  };
  return { ...shift, summary: summarise(shift, s) };
}

function summarise(x: Omit<SpeakerShift, 'summary'>, s: Settings): string {
  const counts = `${x.countA} → ${counted(x.countB, 'statement')}`;
  if (!x.enough) return `${x.speaker}: not enough statements (${counts}; a shift needs ${s.minN} in each group)`;
  const ci = interval(s.confidence, x.low, x.high);
  const detail = `mean ${signed(x.meanA)} → ${signed(x.meanB)}; ${ci}; ${counts}`;
  if (!x.significant || x.toward === null)
    return `${x.speaker}: not enough statements to tell a direction (${signed(x.shift)}; ${detail}; the interval includes 0)`;
  return `${x.speaker} moved toward ${x.toward} by ${Math.abs(x.shift).toFixed(2)} (${detail})`;
}

function pool(profiles: readonly SpeakerProfile[]): Sample {
  const labels = { conciliatory: 0, confrontational: 0, neutral: 0, mixed: 0 };
  const scores: number[] = [];
  for (const p of profiles) {
    scores.push(...p.scores);
    for (const k of Object.keys(labels) as (keyof typeof labels)[]) labels[k] += p.labels[k];
  }
  return { scores, labels };
}

function isReport(input: unknown): input is ProfileReport {
  return (
    input !== null &&
    typeof input === 'object' &&
    Array.isArray((input as ProfileReport).profiles) &&
    'by' in input &&
    'groups' in input
  );
}
