/** The text `detente profile` prints: the profiles table, the side × period table, trends and comparisons. */
import type { GroupComparison, ProfileReport, TrendReport } from '../../index.js';

const num = (x: number): string => (x >= 0 ? ' ' : '') + x.toFixed(2);

/**
 * The profiles as a plain-text table; with `sideOf`, a side column after the speaker.
 * @example
 * ```ts
 * formatProfiles(profileSpeakers(rows)); // 'speaker  n  mean  sd  conc  conf  neut  mix  leans on\n…'
 * ```
 */
export function formatProfiles(report: ProfileReport, sideOf?: (speaker: string) => string | null): string {
  const grouped = report.by !== null;
  const width = Math.max(7, ...report.profiles.map((p) => p.speaker.length));
  const sides = report.profiles.map((p) => sideOf?.(p.speaker) ?? '');
  const sWidth = sides.some((x) => x !== '') ? Math.max(4, ...sides.map((x) => x.length)) : 0;
  const gWidth = grouped ? Math.max(5, ...report.profiles.map((p) => (p.group ?? '').length)) : 0;
  const cols = (speaker: string, side: string, group: string): string =>
    `${speaker.padEnd(width)}  ${sWidth > 0 ? `${side.padEnd(sWidth)}  ` : ''}${grouped ? `${group.padEnd(gWidth)}  ` : ''}`;
  const head = `${cols('speaker', 'side', 'group')}${'n'.padStart(4)}  ${'mean'.padStart(6)}  ${'sd'.padStart(5)}  conc  conf  neut  mix  leans on`;
  const lines = [head, '-'.repeat(head.length + 10)];
  report.profiles.forEach((p, i) => {
    const leans = p.dimensions
      .slice(0, 3)
      .map((d) => `${d.dimension} ${Math.round(d.share * 100)}%`)
      .join(', ');
    lines.push(
      `${cols(p.speaker, sides[i] ?? '', p.group ?? '')}${String(p.count).padStart(4)}  ${num(p.mean).padStart(6)}  ${p.sd.toFixed(2).padStart(5)}  ${String(p.labels.conciliatory).padStart(4)}  ${String(p.labels.confrontational).padStart(4)}  ${String(p.labels.neutral).padStart(4)}  ${String(p.labels.mixed).padStart(3)}  ${leans}`,
    );
  });
  return lines.join('\n');
}

/**
 * A table of mean scores, one row per profile key (a side) and one column per group (a period): "−0.45 (8)".
 * @example
 * ```ts
 * formatGrid(profileSpeakers(rows, { speakerField: 'side', by: { field: 'date', bin: 'week' } }), 'side');
 * ```
 */
export function formatGrid(report: ProfileReport, label: string): string {
  const keys = [...new Set(report.profiles.map((p) => p.speaker))];
  const cell = new Map(report.profiles.map((p) => [`${p.speaker}\u0000${p.group ?? ''}`, p]));
  const width = Math.max(label.length, ...keys.map((k) => k.length));
  const cellWidth = Math.max(10, ...report.groups.map((g) => g.length));
  const lines = [`${label.padEnd(width)}  ${report.groups.map((g) => g.padStart(cellWidth)).join('  ')}`];
  for (const key of keys) {
    const cells = report.groups.map((g) => {
      const p = cell.get(`${key}\u0000${g}`);
      return (p === undefined ? '·' : `${num(p.mean).trim()} (${p.count})`).padStart(cellWidth);
    });
    lines.push(`${key.padEnd(width)}  ${cells.join('  ')}`);
  }
  return lines.join('\n');
}

/**
 * Trends as text: a heading that says what the slope, the interval and the minimums are, then one line each.
 * @example
 * ```ts
 * formatTrends('by side', trends(rows, { time: 'date', series: 'side' }));
 * ```
 */
export function formatTrends(title: string, t: TrendReport): string {
  const head =
    `Trends ${title}: score change per ${t.bin} (least-squares slope), ${Math.round(t.confidence * 100)}% bootstrap ` +
    `interval (${t.resamples} resamples, seed ${t.seed}); a direction needs ${t.minN} statements in ${t.minPeriods} ${t.bin}s ` +
    'and an interval that excludes 0';
  return [head, ...t.series.map((s) => `  ${s.summary}`)].join('\n');
}

/**
 * A group comparison as text: one sentence per speaker, then the overall line per side (or over everyone
 * when no side is known), then who appears in one group only.
 * @example
 * ```ts
 * formatComparison(compareGroups(rows, 'before', 'after', { by: 'phase' }));
 * ```
 */
export function formatComparison(c: GroupComparison): string {
  const lines = [
    `${c.a} → ${c.b} (${Math.round(c.confidence * 100)}% bootstrap intervals, ${c.resamples} resamples; a shift needs ${c.minN} statements in each group)`,
  ];
  for (const s of c.speakers) lines.push(`  ${s.summary}`);
  if (c.sides.length > 0) for (const s of c.sides) lines.push(`  side ${s.summary}`);
  else if (c.overall !== null) lines.push(`  overall (everyone quoted): ${c.overall.summary}`);
  if (c.onlyInA.length > 0) lines.push(`  only in ${c.a}: ${c.onlyInA.join(', ')}`);
  if (c.onlyInB.length > 0) lines.push(`  only in ${c.b}: ${c.onlyInB.join(', ')}`);
  if (c.allToward !== null) lines.push(`  every speaker with enough statements moved toward ${c.allToward}`);
  return lines.join('\n');
}
