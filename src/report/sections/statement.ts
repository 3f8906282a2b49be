/** One statement as a list item: speaker, score and label, its text with evidence marked, and its terms. */
import type { Evidence } from '../../scoring/types.js';
import { displayName, escapeHtml, shortLabel, signed } from '../escape.js';
import { highlight } from '../highlight.js';
import type { ReportRow } from '../types.js';

/** How statements are shown: the text field, the display cut, and the group field (if any). */
export interface StatementFormat {
  readonly textField: string;
  readonly maxChars: number;
  readonly by: string | undefined;
}

/** Where the statement's text starts in the scored string: an attribution statement's `spans.content[0]`. */
function contentOffset(row: ReportRow): number {
  const spans = row['spans'] as { content?: unknown } | undefined;
  const content = spans !== null && typeof spans === 'object' ? spans.content : undefined;
  return Array.isArray(content) && typeof content[0] === 'number' ? content[0] : 0;
}

/** Evidence entries with a usable span and term (rows from a file or a caller may carry anything). */
function usableEvidence(row: ReportRow): Evidence[] {
  const evidence = row.tone.evidence;
  if (!Array.isArray(evidence)) return [];
  return evidence.filter(
    (e: Evidence) =>
      e !== null &&
      typeof e === 'object' &&
      typeof e.term === 'string' &&
      Array.isArray(e.span) &&
      Number.isInteger(e.span[0]) &&
      Number.isInteger(e.span[1]) &&
      typeof e.weight === 'number' &&
      typeof e.dimension === 'string',
  );
}

/** Terms listed under a statement; the rest are counted. */
const LISTED_TERMS = 5;

const termList = (evidence: readonly Evidence[]): string =>
  evidence
    .slice(0, LISTED_TERMS)
    .map(
      (e) =>
        `${escapeHtml(shortLabel(e.term, 80))} <span class="dim">(${escapeHtml(e.dimension)} ${signed(e.weight, 1)})</span>`,
    )
    .join(', ') + (evidence.length > LISTED_TERMS ? ` and ${evidence.length - LISTED_TERMS} more` : '');

/**
 * The `<li>` of row `index`. Every string from the row is escaped; long texts are cut at `maxChars` with
 * their full length stated.
 * @example
 * ```ts
 * statementItem(rows, 3, { textField: 'text', maxChars: 600, by: 'date' });
 * // '<li class="statement" data-row="3">…<q>We <mark …>reject</mark> …</q>…</li>'
 * ```
 */
export function statementItem(rows: readonly ReportRow[], index: number, f: StatementFormat): string {
  const row = rows[index] as ReportRow;
  const raw = row[f.textField];
  const text = typeof raw === 'string' ? raw : '';
  const evidence = usableEvidence(row);
  const h = highlight(text, evidence, contentOffset(row), f.maxChars);
  const { score, label } = row.tone;
  const group = f.by === undefined ? undefined : row[f.by];
  const meta = [
    `<span class="who">${escapeHtml(displayName(row.speaker ?? '(unattributed)'))}</span>`,
    ...(group === undefined || group === null || group === ''
      ? []
      : [`<span class="grp">${escapeHtml(displayName(String(group)))}</span>`]),
    `<span class="score ${escapeHtml(label)}">${signed(score)} ${escapeHtml(label)}</span>`,
  ].join(' ');
  const notes: string[] = [];
  if (h.cut)
    notes.push(
      `cut for display: the first ${f.maxChars.toLocaleString('en')} of ${h.length.toLocaleString('en')} characters`,
    );
  if (h.pastCut > 0)
    notes.push(
      `${h.pastCut.toLocaleString('en')} more evidence term${h.pastCut === 1 ? '' : 's'} in the part not shown`,
    );
  if (h.unmarked.length > 0) notes.push(`also scored: ${termList(h.unmarked)}`);
  return (
    `<li class="statement" data-row="${index}"><div class="meta">${meta}</div>` +
    `<q>${h.html}${h.cut ? '…' : ''}</q>` +
    (notes.length > 0 ? `<div class="note">${notes.join('; ')}</div>` : '') +
    '</li>'
  );
}
