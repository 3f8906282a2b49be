/** Chart 3: who moved toward which pole between two groups (`compareGroups`), with bootstrap intervals. */
import * as Plot from '@observablehq/plot';
import type { GroupComparison, SpeakerShift } from '../../profile/compare-types.js';
import { displayName, shortLabel, signed } from '../escape.js';
import { POLE_COLOURS } from '../palette.js';
import { renderChart } from '../svg.js';
import { CHART_STYLE, CHART_WIDTH, LABEL_CHARS, LABEL_MARGIN, ROW_HEIGHT } from './layout.js';

/**
 * A dot per compared speaker (and `(all)`) at its shift (mean in `b` − mean in `a`), with the interval as a
 * line: blue when the interval lies above 0 (toward conciliatory), red when below (toward confrontational),
 * grey and hollow when it crosses 0 (no clear shift).
 * @example
 * ```ts
 * shiftsChart(compareGroups(rows, '2026-03-02', '2026-03-16', { by: 'date' }));
 * ```
 */
export function shiftsChart(c: GroupComparison): string {
  // Speakers, then each side pooled, then everyone pooled.
  const all = [
    ...c.speakers.map((s) => ({ s, label: shortLabel(s.speaker, LABEL_CHARS) })),
    ...c.sides.map((s) => ({ s, label: `${shortLabel(s.speaker, LABEL_CHARS - 7)} (side)` })),
    ...(c.overall === null ? [] : [{ s: c.overall, label: 'everyone (all)' }]),
  ];
  const rows = all.map(({ s, label }: { s: SpeakerShift; label: string }, i) => ({
    key: String(i),
    label,
    shift: s.shift,
    low: s.low,
    high: s.high,
    colour: !s.significant
      ? POLE_COLOURS.neutral
      : s.shift > 0
        ? POLE_COLOURS.conciliatory
        : POLE_COLOURS.confrontational,
    // Filled only for a finding: enough statements in both groups and an interval that excludes 0.
    significant: s.significant,
    tip: displayName(s.speaker) + s.summary.slice(s.speaker.length),
  }));
  const labelOf = new Map(rows.map((r) => [r.key, r.label]));
  const reach = Math.max(0.5, ...rows.map((r) => Math.max(Math.abs(r.low), Math.abs(r.high))));
  const limit = Math.min(2, Math.ceil(reach * 10) / 10);
  const moved = c.speakers.filter((s) => s.significant);
  const description =
    `Change in mean tone from ${shortLabel(c.a)} to ${shortLabel(c.b)} for ${c.speakers.length} speakers in both groups, with ` +
    `${Math.round(c.confidence * 100)}% bootstrap intervals. ` +
    (moved.length === 0
      ? 'No speaker shifted clearly.'
      : moved
          .map((s) => `${shortLabel(s.speaker, LABEL_CHARS)} toward ${s.toward} by ${Math.abs(s.shift).toFixed(2)}`)
          .join('; '));
  return renderChart({
    title: `Shift in tone, ${shortLabel(c.a)} → ${shortLabel(c.b)}`,
    description,
    plot: {
      width: CHART_WIDTH,
      height: Math.max(1, rows.length) * ROW_HEIGHT + 50,
      marginLeft: LABEL_MARGIN,
      marginRight: 20,
      style: CHART_STYLE,
      x: {
        domain: [-limit, limit],
        label: '← confrontational · shift · conciliatory →',
        labelAnchor: 'center',
        grid: true,
        tickFormat: (v: number) => signed(v, 1),
      },
      y: { domain: rows.map((r) => r.key), label: null, tickFormat: (k: string) => labelOf.get(k) ?? '' },
      marks: [
        Plot.ruleX([0]),
        Plot.ruleY(rows, {
          x1: (r) => Math.max(-limit, r.low),
          x2: (r) => Math.min(limit, r.high),
          y: 'key',
          stroke: 'colour',
          strokeWidth: 2,
          ariaHidden: 'true',
        }),
        Plot.dot(rows, {
          x: (r) => Math.max(-limit, Math.min(limit, r.shift)),
          y: 'key',
          r: 5,
          stroke: 'colour',
          fill: (r) => (r.significant ? r.colour : 'white'),
          strokeWidth: 2,
          title: 'tip',
          ariaDescription: 'shifts',
        }),
      ],
    },
  });
}
