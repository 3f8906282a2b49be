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

/** Most labelled ticks on the x axis; with more groups every k-th is labelled. */
const MAX_TICKS = 8;

/**
 * The over-time chart for `series`: a line per speaker (or side) through its mean in each group, a dot per
 * (line, group) sized by its statements and linked to them, and on a time axis each line's trend as a dotted
 * line (its least-squares fit; the interval is in the list under the chart). Its input is the series alone,
 * whatever produced the groups (periods of a date, or any group column).
 * @example
 * ```ts
 * overTimeChart(model.bySpeaker.series);
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
  const trends = series.trends.map((t) => ({ ...t, key: index.get(t.speaker) ?? '' }));
  const keys = series.speakers.map((_, i) => String(i));
  const keyOf = new Map(series.groups.map((g) => [g.x, g.key]));
  const xs = series.groups.map((g) => g.x);
  const low = Math.min(...xs);
  const high = Math.max(...xs);
  const pad = Math.max(0.5, (high - low) * 0.06);
  const step = Math.ceil(xs.length / MAX_TICKS);
  const lines = series.what === 'speaker' ? 'speakers' : `values of ${series.what}`;
  const description =
    `Mean tone per ${series.by} for ${series.speakers.length} ${lines} (${series.groups.length} groups, ` +
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
    title: `Tone by ${series.by}, per ${series.what}`,
    description,
    plot: {
      width: CHART_WIDTH,
      height: 300,
      marginLeft: 44,
      marginRight: 20,
      marginBottom: 60,
      style: CHART_STYLE,
      x: {
        type: 'linear',
        domain: [low - pad, high + pad],
        ticks: xs.filter((_, i) => i % step === 0),
        tickFormat: (x: number) => shortLabel(keyOf.get(x) ?? '', 14),
        tickRotate: xs.length > 3 ? -30 : 0,
        label: series.by,
        labelAnchor: 'center',
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
              x: 'x',
              y: 'mean',
              stroke: seriesColour(i),
              strokeWidth: 2,
              strokeDasharray: seriesDash(i),
              ariaHidden: 'true',
            },
          ),
        ),
        Plot.link(trends, {
          x1: 'x1',
          y1: 'y1',
          x2: 'x2',
          y2: 'y2',
          stroke: 'key',
          strokeWidth: 1.5,
          strokeDasharray: '1,4',
          strokeLinecap: 'round',
          title: (t: (typeof trends)[number]) => displayName(t.speaker) + t.summary.slice(t.speaker.length),
          ariaDescription: 'trends',
        }),
        Plot.dot(data, {
          x: 'x',
          y: 'mean',
          r: 'count',
          fill: 'key',
          stroke: 'white',
          href: 'href',
          title: 'tip',
          ariaDescription: 'means per group',
        }),
      ],
    },
  });
}
