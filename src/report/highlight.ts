/** A statement as escaped HTML with its evidence terms marked, cut for display when long. */
import type { Evidence } from '../scoring/types.js';
import { clip, escapeHtml } from './escape.js';

/** The marked-up text, and the evidence that could not be marked in it. */
export interface Highlighted {
  readonly html: string;
  /** Terms that are not in the text: the speech cue (scored with the statement), or a span that does not hold its term. */
  readonly unmarked: readonly Evidence[];
  /** Terms in the part of the text cut for display (counted, not listed: a long text can hold thousands). */
  readonly pastCut: number;
  readonly length: number;
  readonly cut: boolean;
}

/**
 * Escapes `text` and wraps each evidence term in `<mark>`, with its span (offsets into `text`) in
 * `data-span`. `offset` is where `text` starts in the scored string (an attribution statement's evidence is
 * in article offsets). Only the first `maxChars` characters are shown; terms past the cut are counted in
 * `pastCut`. A span that does not hold its term in `text` (a cue), or overlaps an earlier one or the cut, is
 * not marked and is returned in `unmarked`.
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
  let pastCut = 0;
  let html = '';
  let at = 0;
  for (const e of sorted) {
    const start = e.span[0] - offset;
    const end = e.span[1] - offset;
    const holds = start >= 0 && end <= text.length && start < end && text.slice(start, end) === e.term;
    if (holds && start >= shown.length) {
      pastCut++;
      continue;
    }
    if (!holds || start < at || end > shown.length) {
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
  return { html, unmarked, pastCut, length, cut };
}
