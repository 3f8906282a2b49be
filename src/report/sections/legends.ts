/** HTML legends under the charts (swatch + name), so no chart depends on colour alone. */
import { DIMENSION_COLOURS, DIMENSION_ORDER } from '../charts/dimension-mix.js';
import { displayName, escapeHtml } from '../escape.js';
import { POLE_COLOURS } from '../palette.js';
import type { LineStyle } from '../types.js';

const swatch = (colour: string): string =>
  `<span class="swatch" style="background:${colour};border-color:${colour}"></span>`;

/**
 * The legend of the over-time chart: one entry per line drawn, a stroke in its colour and dash pattern.
 * @example
 * ```ts
 * seriesLegend(['Petrova', 'Lindqvist'], [{ colour: '#0072b2', dash: 'none' }, { colour: '#0072b2', dash: '6,3' }]);
 * // '<ul class="legend">…Petrova…</ul>'
 * ```
 */
export function seriesLegend(speakers: readonly string[], styles: readonly LineStyle[]): string {
  return `<ul class="legend">${speakers
    .map((s, i) => {
      const { colour, dash } = styles[i] ?? { colour: 'currentColor', dash: 'none' };
      // A short stroke drawn as the chart draws the line (colour and dash pattern come from the palette, not the rows).
      const line =
        `<svg class="stroke" width="26" height="8" aria-hidden="true"><line x1="1" y1="4" x2="25" y2="4" ` +
        `stroke="${colour}" stroke-width="3" stroke-dasharray="${dash}"/></svg>`;
      return `<li>${line}${escapeHtml(displayName(s))}</li>`;
    })
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
