/**
 * Observable Plot rendered to a static SVG string in Node: Plot builds its chart in a server-side DOM
 * (linkedom), and the serialised element is the chart. linkedom escapes text when it serialises, so tick
 * labels and titles built from untrusted strings stay text. No script, font or stylesheet is referenced.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { escapeHtml } from './escape.js';

// linkedom, like the HTML serialisation standard, leaves < and > raw inside attribute values. They are inert
// in a quoted value, but a reader that re-parses the page as something else (mXSS) could be fooled, so the
// one attribute that carries untrusted text, the label, is written by escapeHtml instead.
const LABEL_SLOT = 'detente-aria-label';

/** The options of one chart: Plot's, plus the chart's text alternative. */
export interface ChartSpec {
  /** Plot options (marks, scales, size); `document` is supplied here. */
  readonly plot: Plot.PlotOptions;
  /** A one-line title (the SVG's `<title>`). */
  readonly title: string;
  /** What the chart shows, for screen readers (`aria-label` of the SVG). */
  readonly description: string;
}

interface MinimalElement {
  outerHTML: string;
  firstChild: unknown;
  textContent: string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  insertBefore(node: unknown, child: unknown): unknown;
  querySelector(selector: string): MinimalElement | null;
}

/**
 * Renders a Plot chart to an SVG string with a `<title>`, `role="img"` and an `aria-label`.
 * @example
 * ```ts
 * renderChart({ plot: { marks: [Plot.barX([1, 2])] }, title: 'Two bars', description: 'Bars of 1 and 2' });
 * // '<svg role="img" aria-label="Bars of 1 and 2" …><title>Two bars</title>…</svg>'
 * ```
 */
export function renderChart(spec: ChartSpec): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...spec.plot, document } as Plot.PlotOptions) as unknown as MinimalElement;
  const title = (document as unknown as { createElementNS(ns: string, name: string): MinimalElement }).createElementNS(
    'http://www.w3.org/2000/svg',
    'title',
  );
  title.textContent = spec.title;
  svg.insertBefore(title, svg.firstChild);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', LABEL_SLOT);
  return svg.outerHTML.replace(`aria-label="${LABEL_SLOT}"`, () => `aria-label="${escapeHtml(spec.description)}"`);
}
