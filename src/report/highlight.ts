/** A statement as escaped HTML with its evidence terms marked, cut for display when long. */
import type { Evidence } from '../scoring/types.js';
import { clip, escapeHtml } from './escape.js';

/** The marked-up text, and the evidence that could not be marked in it. */
export interface Highlighted {
  readonly html: string;
  /** Terms outside the shown text: the speech cue (scored with the statement), or past the display cut. */
  readonly unmarked: readonly Evidence[];
  readonly length: number;
  readonly cut: boolean;
}

/**
 * Escapes `text` and wraps each evidence term in `<mark>`, with its span (offsets into `text`) in
 * `data-span`. `offset` is where `text` starts in the scored string (an attribution statement's evidence is
 * in article offsets). Only the first `maxChars` characters are shown. A span that does not hold its term in
 * `text`, or overlaps an earlier one, is not marked and is returned in `unmarked`.
 * @example
 * ```ts
 * highlight('We reject the ultimatum.', scorer.score('We reject the ultimatum.').evidence, 0, 600).html;
 * // 'We <mark class="conf" data-span="3,9" title="rejection −4">reject</mark> the ultimatum.'
 * ```
 */
export function highlight(text: string, evidence: readonly Evidence[], offset: number, maxChars: number): Highlighted {
  const { shown, length, cut } = clip(text, maxChars);
  const sorted = [...evidence].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const unmarked: Evidence[] = [];
  let html = '';
  let at = 0;
  for (const e of sorted) {
    const start = e.span[0] - offset;
    const end = e.span[1] - offset;
    if (start < at || end > shown.length || text.slice(start, end) !== e.term || start === end) {
      unmarked.push(e);
      continue;
    }
    const side = e.weight > 0 ? 'conc' : e.weight < 0 ? 'conf' : 'zero';
    const weight = (e.weight < 0 ? '−' : '+') + Math.abs(Math.round(e.weight * 100) / 100);
    html +=
      escapeHtml(shown.slice(at, start)) +
      `<mark class="${side}" data-span="${start},${end}" title="${escapeHtml(`${e.dimension} ${weight}`)}">` +
      `${escapeHtml(shown.slice(start, end))}</mark>`;
    at = end;
  }
  html += escapeHtml(shown.slice(at));
  return { html, unmarked, length, cut };
}
