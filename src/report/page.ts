/**
 * The HTML shell of a report: one self-contained file. A Content-Security-Policy forbids scripts, network
 * and external resources even if something slipped through escaping (defence in depth; escaping is the
 * first line). Styles are inline; fonts are the reader's own. The layout reflows down to 375 px and prints
 * on A4.
 */
import { escapeHtml } from './escape.js';

/** No script, no connection, no external anything: only inline styles and data: images are allowed. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

const CSS = `
:root { color-scheme: light; --conf: #b2182b; --conc: #2166ac; --grey: #6b6b6b; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 980px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.6em; margin: 0.2em 0; }
h2 { font-size: 1.25em; margin: 1.6em 0 0.3em; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.3em; }
h4 { font-size: 1em; margin: 1em 0 0.2em; }
p, li { overflow-wrap: anywhere; }
.subtitle, .count, .note, .dim, figcaption { color: #555; }
.summary { display: flex; flex-wrap: wrap; gap: 8px 20px; padding: 0; list-style: none; }
figure { margin: 12px 0; break-inside: avoid; page-break-inside: avoid; }
.chart { overflow-x: auto; }
.chart svg { display: block; width: 100%; max-width: 560px; height: auto; }
figcaption { font-size: 0.9em; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 0; margin: 4px 0; list-style: none; font-size: 0.9em; }
.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px; border: 2px solid; }
.swatch.dashed { background: transparent !important; border-style: dashed; }
.swatch.hollow { background: #fff; border-color: var(--grey); border-radius: 50%; }
ol.statements, .listing ol { padding-left: 1.4em; }
.statement { margin: 0.5em 0 0.8em; }
.statement q { display: block; quotes: none; white-space: pre-wrap; border-left: 3px solid #ddd; padding-left: 8px; }
.meta { font-size: 0.88em; display: flex; flex-wrap: wrap; gap: 2px 10px; }
.who { font-weight: 600; }
.score { font-variant-numeric: tabular-nums; }
.score.confrontational { color: var(--conf); }
.score.conciliatory { color: var(--conc); }
.score.neutral, .score.mixed { color: var(--grey); }
mark { padding: 0 1px; border-radius: 2px; }
mark.conf { background: #fddbc7; color: #67001f; border-bottom: 2px solid var(--conf); }
mark.conc { background: #d1e5f0; color: #053061; border-bottom: 2px dotted var(--conc); }
mark.zero { background: #eee; }
.note { font-size: 0.85em; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 0 24px; }
footer { margin-top: 2em; padding-top: 0.5em; border-top: 1px solid #ddd; font-size: 0.9em; color: #444; }
a { color: var(--conc); }
:target { outline: 2px solid #999; outline-offset: 4px; }
@media (max-width: 480px) { body { font-size: 14px; } main { padding: 10px; } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .chart { overflow: visible; }
  .chart svg { max-width: 100%; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .statement, .listing h4 { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * A complete HTML document around `body` (already escaped HTML), titled `title` (escaped here).
 * @example
 * ```ts
 * page('March talks', '<main>…</main>'); // '<!doctype html><html lang="en">…'
 * ```
 */
export function page(title: string, body: string): string {
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="referrer" content="no-referrer">' +
    `<title>${escapeHtml(title)}</title><style>${CSS}</style></head>\n<body>${body}</body></html>\n`
  );
}
