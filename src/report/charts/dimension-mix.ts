/** Chart 4: the dimension mix per speaker — how much of their weight is threat, demand, dialogue, … */
import * as Plot from '@observablehq/plot';
import { CONCILIATORY_DIMENSIONS, CONFRONTATIONAL_DIMENSIONS } from '../../index.js';
import { displayName, shortLabel } from '../escape.js';
import type { SpeakerSummary } from '../model.js';
import { renderChart } from '../svg.js';
import { CHART_STYLE, CHART_WIDTH, LABEL_CHARS, LABEL_MARGIN, ROW_HEIGHT } from './layout.js';

/**
 * Colours of the dimensions: confrontational ones in reds and browns (strongest act, darkest), conciliatory
 * ones in blues and teals, so the side reads at a glance; the legend and each segment's title name them.
 */
export const DIMENSION_COLOURS: Readonly<Record<string, string>> = {
  threat: '#67001f',
  demand: '#b2182b',
  rejection: '#d6604d',
  accusation: '#f4a582',
  escalation: '#8c510a',
  hostility: '#bf812d',
  pessimism: '#dfc27d',
  dialogue: '#053061',
  cooperation: '#2166ac',
  deescalation: '#4393c3',
  reassurance: '#92c5de',
  concession: '#01665e',
  respect: '#35978f',
  optimism: '#80cdc1',
};

/** Dimensions in legend order: confrontational first, then conciliatory. */
export const DIMENSION_ORDER: readonly string[] = [...CONFRONTATIONAL_DIMENSIONS, ...CONCILIATORY_DIMENSIONS];

/**
 * One stacked bar per speaker with evidence: each dimension's share of the speaker's total |weight|,
 * confrontational dimensions to the left of 0 and conciliatory ones to the right. Speakers in the order of
 * chart 1 (by mean tone); speakers without evidence are listed in the text alternative.
 * @example
 * ```ts
 * dimensionMixChart(model.speakers);
 * ```
 */
export function dimensionMixChart(speakers: readonly SpeakerSummary[]): string {
  const ordered = [...speakers].sort((a, b) => b.profile.mean - a.profile.mean);
  const withEvidence = ordered.filter((s) => s.profile.dimensions.length > 0);
  const segments = withEvidence.flatMap((s, i) =>
    s.profile.dimensions.map((d) => ({
      key: String(i),
      dimension: d.dimension,
      share: d.total < 0 ? -d.share : d.share,
      tip: `${displayName(s.profile.speaker)}: ${d.dimension} ${Math.round(d.share * 100)}% of their weight (${d.statements} statement${d.statements === 1 ? '' : 's'})`,
    })),
  );
  const labelOf = new Map(withEvidence.map((s, i) => [String(i), shortLabel(s.profile.speaker, LABEL_CHARS)]));
  const leans = withEvidence
    .map(
      (s) =>
        `${shortLabel(s.profile.speaker, LABEL_CHARS)}: ${s.profile.dimensions
          .slice(0, 2)
          .map((d) => `${d.dimension} ${Math.round(d.share * 100)}%`)
          .join(', ')}`,
    )
    .join('; ');
  const none = ordered.length - withEvidence.length;
  return renderChart({
    title: 'Dimension mix per speaker',
    description:
      `Share of each speaker's tone weight by dimension; confrontational dimensions to the left, conciliatory to the right. ${leans}.` +
      (none > 0 ? ` ${none} speaker${none === 1 ? ' has' : 's have'} no evidence.` : ''),
    plot: {
      width: CHART_WIDTH,
      height: Math.max(1, withEvidence.length) * ROW_HEIGHT + 50,
      marginLeft: LABEL_MARGIN,
      marginRight: 20,
      style: CHART_STYLE,
      x: {
        domain: [-1, 1],
        label: '← confrontational · share of weight · conciliatory →',
        labelAnchor: 'center',
        tickFormat: (v: number) => `${Math.round(Math.abs(v) * 100)}%`,
      },
      y: {
        domain: withEvidence.map((_, i) => String(i)),
        label: null,
        tickFormat: (k: string) => labelOf.get(k) ?? '',
      },
      color: {
        type: 'ordinal',
        domain: [...DIMENSION_ORDER],
        range: DIMENSION_ORDER.map((d) => DIMENSION_COLOURS[d] as string),
      },
      marks: [
        Plot.barX(
          segments,
          Plot.stackX({
            x: 'share',
            y: 'key',
            fill: 'dimension',
            order: [...DIMENSION_ORDER],
            title: 'tip',
            ariaDescription: 'dimension shares',
          }),
        ),
        Plot.ruleX([0]),
      ],
    },
  });
}
