/**
 * Chart 2: tone over time (or over any groups): a line per speaker through their mean in each group, a dot
 * per (speaker, group) sized by its statements and linked to their listing.
 */
import * as Plot from '@observablehq/plot';
import { displayName, shortLabel, signed } from '../escape.js';
import { SERIES_COLOURS, TONE_DOMAIN } from '../palette.js';
import { renderChart } from '../svg.js';
import type { OverTimeSeries, SeriesPoint } from '../types.js';
import { CHART_STYLE, CHART_WIDTH } from './layout.js';

/** The colour of the `i`-th speaker of the series (repeats after eight, with a dash pattern). */
export function seriesColour(i: number): string {
  return SERIES_COLOURS[i % SERIES_COLOURS.length] as string;
}

/** The dash pattern of the `i`-th speaker: solid for the first eight, dashed after. */
export function seriesDash(i: number): string {
  return i < SERIES_COLOURS.length ? 'none' : '5,3';
}

/**
 * The over-time chart for `series`: its input is one point per (speaker, group), whatever produced the
 * groups (a date column, time bins, any group column).
 * @example
 * ```ts
 * overTimeChart({ by: 'date', groups: ['2026-03-02', '2026-03-16'], speakers: ['Petrova'], omittedSpeakers: 0,
 *   points: [{ speaker: 'Petrova', group: '2026-03-02', mean: -0.4, count: 3, anchor: 'pt-0-0' }] });
 * ```
 */
export function overTimeChart(series: OverTimeSeries): string {
  const index = new Map(series.speakers.map((s, i) => [s, String(i)]));
  const data = series.points.map((p: SeriesPoint) => ({
    ...p,
    key: index.get(p.speaker) ?? '',
    href: `#${p.anchor}`,
    tip: `${displayName(p.speaker)}, ${displayName(p.group)}: mean ${signed(p.mean)}, ${p.count} statement${p.count === 1 ? '' : 's'}`,
  }));
  const keys = series.speakers.map((_, i) => String(i));
  const description =
    `Mean tone per ${series.by} for ${series.speakers.length} speakers (${series.groups.length} groups, ` +
    `${series.points.length} points), from −1 (confrontational) to +1 (conciliatory). ` +
    series.speakers
      .map((s) => {
        const own = data.filter((d) => d.speaker === s);
        const first = own[0];
        const last = own.at(-1);
        return first && last
          ? `${shortLabel(s)}: ${signed(first.mean)} in ${shortLabel(first.group)} to ${signed(last.mean)} in ${shortLabel(last.group)}`
          : '';
      })
      .filter((t) => t !== '')
      .join('; ');
  return renderChart({
    title: `Tone by ${series.by}, per speaker`,
    description,
    plot: {
      width: CHART_WIDTH,
      height: 300,
      marginLeft: 44,
      marginRight: 20,
      marginBottom: 56,
      style: CHART_STYLE,
      x: {
        type: 'point',
        domain: [...series.groups],
        label: series.by,
        tickRotate: series.groups.length > 4 ? -30 : 0,
        padding: 0.3,
        tickFormat: (g: string) => shortLabel(g, 14),
      },
      y: {
        domain: [...TONE_DOMAIN],
        label: '↑ conciliatory · mean tone',
        grid: true,
        tickFormat: (v: number) => signed(v, 1),
      },
      color: { type: 'ordinal', domain: keys, range: keys.map((_, i) => seriesColour(i)) },
      r: { range: [3, 9] },
      marks: [
        Plot.ruleY([0]),
        ...keys.map((key, i) =>
          Plot.line(
            data.filter((d) => d.key === key),
            {
              x: 'group',
              y: 'mean',
              stroke: seriesColour(i),
              strokeWidth: 2,
              strokeDasharray: seriesDash(i),
              ariaHidden: 'true',
            },
          ),
        ),
        Plot.dot(data, {
          x: 'group',
          y: 'mean',
          r: 'count',
          fill: 'key',
          stroke: 'white',
          href: 'href',
          title: 'tip',
          ariaDescription: 'speaker means per group',
        }),
      ],
    },
  });
}
