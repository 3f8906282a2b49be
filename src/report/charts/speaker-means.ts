/** Chart 1: each speaker's mean tone with its bootstrap interval, sorted, with the number of statements. */
import * as Plot from '@observablehq/plot';
import { displayName, shortLabel, signed } from '../escape.js';
import type { SpeakerSummary } from '../model.js';
import { DIVERGING_SCHEME, TONE_DOMAIN } from '../palette.js';
import { renderChart } from '../svg.js';
import { CHART_STYLE, CHART_WIDTH, LABEL_CHARS, LABEL_MARGIN, ROW_HEIGHT } from './layout.js';

interface Bar {
  readonly key: string;
  readonly label: string;
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  readonly count: number;
  readonly href: string;
  readonly tip: string;
}

/**
 * One bar per speaker (mean tone, coloured on the diverging scale), its 95 % bootstrap interval as a black
 * line, and `n = count` at the right. Most conciliatory at the top. Each bar links to the speaker's listing.
 * @example
 * ```ts
 * speakerMeansChart(model.speakers); // '<svg role="img" aria-label="Mean tone of 3 speakers: …">…</svg>'
 * ```
 */
export function speakerMeansChart(speakers: readonly SpeakerSummary[]): string {
  // Keys are positions, not names: two long names that share a prefix must stay two bars.
  const bars: Bar[] = speakers
    .map((s, i) => ({
      key: String(i),
      label: shortLabel(s.profile.speaker, LABEL_CHARS),
      mean: s.profile.mean,
      low: s.interval.low,
      high: s.interval.high,
      count: s.profile.count,
      href: `#${s.anchor}`,
      tip: `${displayName(s.profile.speaker)}: mean ${signed(s.profile.mean)} (95% interval ${signed(s.interval.low)} to ${signed(s.interval.high)}), ${s.profile.count} statements`,
    }))
    .sort((a, b) => b.mean - a.mean || Number(a.key) - Number(b.key));
  const labelOf = new Map(bars.map((b) => [b.key, b.label]));
  const top = bars[0];
  const bottom = bars.at(-1);
  const description =
    top === undefined || bottom === undefined
      ? 'Mean tone per speaker: no statements.'
      : `Mean tone of ${bars.length} speakers on a scale from −1 (confrontational) to +1 (conciliatory), with 95% bootstrap intervals. Highest: ${top.label} ${signed(top.mean)}; lowest: ${bottom.label} ${signed(bottom.mean)}.`;
  return renderChart({
    title: 'Mean tone per speaker',
    description,
    plot: {
      width: CHART_WIDTH,
      height: Math.max(1, bars.length) * ROW_HEIGHT + 50,
      marginLeft: LABEL_MARGIN,
      marginRight: 56,
      style: CHART_STYLE,
      x: {
        domain: [...TONE_DOMAIN],
        label: '← confrontational · mean tone · conciliatory →',
        labelAnchor: 'center',
        grid: true,
        tickFormat: (v: number) => signed(v, 1),
      },
      y: { domain: bars.map((b) => b.key), label: null, tickFormat: (k: string) => labelOf.get(k) ?? '' },
      color: { type: 'diverging', scheme: DIVERGING_SCHEME, domain: [...TONE_DOMAIN], pivot: 0 },
      marks: [
        // A thin outline keeps a bar near 0 (a pale colour on this scale) visible.
        Plot.barX(bars, {
          x: 'mean',
          y: 'key',
          fill: 'mean',
          stroke: '#555',
          strokeWidth: 0.5,
          href: 'href',
          title: 'tip',
          ariaDescription: 'speaker means',
        }),
        Plot.ruleY(bars, {
          x1: 'low',
          x2: 'high',
          y: 'key',
          stroke: 'currentColor',
          strokeWidth: 1.5,
          ariaHidden: 'true',
        }),
        Plot.text(bars, {
          x: TONE_DOMAIN[1],
          y: 'key',
          text: (b: Bar) => `n = ${b.count}`,
          textAnchor: 'start',
          dx: 6,
          ariaHidden: 'true',
        }),
        Plot.ruleX([0]),
      ],
    },
  });
}
