/** `compareGroups()`: who moved toward which pole between two groups, with bootstrap intervals. */
import { describeValue, OptionsError } from '../errors.js';
import { bootstrapMeanDifference } from './bootstrap.js';
import type { CompareOptions, GroupComparison, Pole, SpeakerShift } from './compare-types.js';
import { resolveCompareOptions } from './options.js';
import { fnv1a32, mulberry32 } from './prng.js';
import { profileSpeakers } from './profile-speakers.js';
import { mean } from './stats.js';
import type { ProfileReport, ProfileRow, SpeakerProfile } from './types.js';

/**
 * Compares each speaker's mean score in group `a` with group `b` (groups as `profileSpeakers` makes them
 * with `by`). For every speaker in both groups: the shift (meanB − meanA), the pole it points to, and a
 * percentile bootstrap interval from a seeded PRNG (deterministic). Pass a grouped `ProfileReport`, or rows
 * with `options.by`. Throws `OptionsError` if the input is not grouped or a group is absent.
 * @example
 * ```ts
 * const cmp = compareGroups(rows, '2022-01-10', '2022-01-21', { by: 'date' });
 * cmp.allToward;             // 'conciliatory' when both sides scaled back their confrontational rhetoric
 * cmp.speakers[0].summary;   // 'Lavrov moved toward conciliatory by 0.31 (95% CI 0.12 to 0.50; …)'
 * ```
 */
export function compareGroups(
  input: ProfileReport | Iterable<ProfileRow>,
  a: string,
  b: string,
  options: CompareOptions = {},
): GroupComparison {
  const { resamples, confidence, seed } = resolveCompareOptions(options);
  const report = isReport(input) ? input : profileSpeakers(input, options);
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
  const settings = { resamples, confidence, seed };
  const speakers = [...inA.values()]
    .filter((p) => inB.has(p.speaker))
    .map((p) => shiftOf(p.speaker, p, inB.get(p.speaker) as SpeakerProfile, settings))
    .sort((x, y) => y.countA + y.countB - (x.countA + x.countB) || (x.speaker < y.speaker ? -1 : 1));
  const pooledA = pool([...inA.values()]);
  const pooledB = pool([...inB.values()]);
  const poles = new Set(speakers.map((s) => (s.significant ? s.toward : null)));
  const only = poles.size === 1 ? [...poles][0] : null;
  return {
    a,
    b,
    ...settings,
    speakers,
    overall: shiftOf('(all)', pooledA, pooledB, settings),
    onlyInA: [...inA.keys()].filter((s) => !inB.has(s)),
    onlyInB: [...inB.keys()].filter((s) => !inA.has(s)),
    allToward: speakers.length > 0 && only !== undefined ? only : null,
  };
}

type Sample = Pick<SpeakerProfile, 'scores' | 'labels'>;

function shiftOf(
  speaker: string,
  a: Sample,
  b: Sample,
  s: { resamples: number; confidence: number; seed: number },
): SpeakerShift {
  // A per-speaker seed: one speaker's interval does not depend on which others are in the data.
  const random = mulberry32((s.seed ^ fnv1a32(speaker)) >>> 0);
  const { estimate, low, high } = bootstrapMeanDifference(a.scores, b.scores, {
    resamples: s.resamples,
    confidence: s.confidence,
    random,
  });
  const toward: Pole | null = estimate > 0 ? 'conciliatory' : estimate < 0 ? 'confrontational' : null;
  const significant = low > 0 || high < 0;
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
    significant,
    confrontationalShareA: a.labels.confrontational / a.scores.length,
    confrontationalShareB: b.labels.confrontational / b.scores.length,
  };
  return { ...shift, summary: summarise(shift, s.confidence) };
}

function summarise(x: Omit<SpeakerShift, 'summary'>, confidence: number): string {
  const ci = `${Math.round(confidence * 100)}% CI ${fmt(x.low)} to ${fmt(x.high)}`;
  const detail = `mean ${fmt(x.meanA)} → ${fmt(x.meanB)}; ${ci}; ${x.countA} → ${x.countB} statements`;
  if (!x.significant || x.toward === null) return `${x.speaker}: no clear shift (${fmt(x.shift)}; ${detail})`;
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

function fmt(value: number): string {
  return (value >= 0 ? '+' : '−') + Math.abs(value).toFixed(2);
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
