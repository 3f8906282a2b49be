/** HTML legends under the charts (swatch + name), so no chart depends on colour alone. */
import { DIMENSION_COLOURS, DIMENSION_ORDER } from '../charts/dimension-mix.js';
import { seriesColour, seriesDash } from '../charts/over-time.js';
import { displayName, escapeHtml } from '../escape.js';
import { POLE_COLOURS } from '../palette.js';

const swatch = (colour: string, dashed = false): string =>
  `<span class="swatch${dashed ? ' dashed' : ''}" style="background:${colour};border-color:${colour}"></span>`;

/**
 * The legend of the over-time chart: one entry per speaker drawn, in the chart's colours.
 * @example
 * ```ts
 * seriesLegend(['Petrova', 'Lindqvist']); // '<ul class="legend">…Petrova…</ul>'
 * ```
 */
export function seriesLegend(speakers: readonly string[]): string {
  return `<ul class="legend">${speakers
    .map((s, i) => `<li>${swatch(seriesColour(i), seriesDash(i) !== 'none')}${escapeHtml(displayName(s))}</li>`)
    .join('')}</ul>`;
}

/**
 * The legend of the dimension mix: confrontational dimensions, then conciliatory ones.
 * @example
 * ```ts
 * dimensionLegend(); // '<ul class="legend">…threat…dialogue…</ul>'
 * ```
 */
export function dimensionLegend(): string {
  return `<ul class="legend">${DIMENSION_ORDER.map(
    (d) => `<li>${swatch(DIMENSION_COLOURS[d] as string)}${d}</li>`,
  ).join('')}</ul>`;
}

/**
 * The legend of the tone scale: the two poles and "no clear shift".
 * @example
 * ```ts
 * poleLegend(); // '<ul class="legend">…confrontational…conciliatory…</ul>'
 * ```
 */
export function poleLegend(): string {
  return (
    `<ul class="legend"><li>${swatch(POLE_COLOURS.confrontational)}toward confrontational</li>` +
    `<li>${swatch(POLE_COLOURS.conciliatory)}toward conciliatory</li>` +
    '<li><span class="swatch hollow"></span>hollow grey: no clear shift (the interval crosses 0)</li></ul>'
  );
}
