/**
 * One statement as a list item: speaker, date and score; its text with the evidence marked; its speech cue
 * and what the cue did to the tone; where it comes from (outlet, article, URL), so an editor can check it.
 */
import type { Evidence } from '../../scoring/types.js';
import { type CueEffect, cueEffect } from '../cue.js';
import { dateLabel } from '../dates.js';
import { displayName, escapeHtml, shortLabel, signed } from '../escape.js';
import { highlight } from '../highlight.js';
import type { ReportRow } from '../types.js';

/** How statements are shown: the text field, the display cut, the group field (if any), the source fields. */
export interface StatementFormat {
  readonly textField: string;
  readonly maxChars: number;
  readonly by: string | undefined;
  readonly source: readonly string[];
}

/**
 * Where the statement's text starts in the scored string: an attribution statement's `spans.content[0]`, else
 * 0 (a row from a file, whose evidence was scored on its text).
 */
function contentOffset(row: ReportRow): number {
  const spans = row.spans as { content?: unknown } | undefined;
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

const weightText = (weight: number): string => signed(weight, 1);

const termList = (evidence: readonly Evidence[]): string =>
  evidence
    .slice(0, LISTED_TERMS)
    .map(
      (e) =>
        `${escapeHtml(shortLabel(e.term, 80))} <span class="dim">(${escapeHtml(e.dimension)} ${weightText(e.weight)})</span>`,
    )
    .join(', ') + (evidence.length > LISTED_TERMS ? ` and ${evidence.length - LISTED_TERMS} more` : '');

/** The cue line: the cue as said, marked when it carried tone, and what it did (its own hit, a reversal, both). */
function cueLine(effect: CueEffect): string {
  const cue = escapeHtml(shortLabel(effect.cue, 80));
  const reversal =
    effect.reverses === 'no'
      ? ''
      : 'reverses the tone of what it governs' +
        (effect.reverses === 'marked'
          ? ' (the marks show the tone after the reversal)'
          : ' (the marks show the words’ own tone; the score counts them reversed)');
  if (effect.adds !== null) {
    const { dimension, weight } = effect.adds;
    const side = weight > 0 ? 'conc' : 'conf';
    return (
      `<div class="cue">cue: <mark class="${side}" title="${escapeHtml(`${dimension} ${weightText(weight)}`)}">${cue}</mark> ` +
      `<span class="dim">— the cue itself carries ${escapeHtml(dimension)} ${weightText(weight)}, counted in the score` +
      `${reversal === '' ? '' : `, and ${reversal}`}</span></div>`
    );
  }
  if (reversal !== '')
    return `<div class="cue">cue: <mark class="rev">${cue}</mark> <span class="dim">— the cue ${reversal}</span></div>`;
  return `<div class="cue">cue: ${cue} <span class="dim">(no tone of its own)</span></div>`;
}

/** The source line: the values of the source fields the row has, each once. */
function sourceLine(row: ReportRow, fields: readonly string[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const field of fields) {
    const value = Object.hasOwn(row, field) ? row[field] : undefined;
    if (value === undefined || value === null || typeof value === 'object') continue;
    const text = String(value).trim();
    if (text === '' || seen.has(text)) continue;
    seen.add(text);
    parts.push(`<span class="src" title="${escapeHtml(field)}">${escapeHtml(shortLabel(text, 200))}</span>`);
  }
  return parts.length === 0 ? '' : `<div class="source">source: ${parts.join(' · ')}</div>`;
}

/**
 * The `<li>` of row `index`. Every string from the row is escaped; long texts are cut at `maxChars` with
 * their full length stated; a date is shown as a date ("2 Mar 2026"), whatever time the row gives.
 * @example
 * ```ts
 * statementItem(rows, 3, { textField: 'text', maxChars: 600, by: 'date', source: ['outlet'] });
 * // '<li class="statement" data-row="3">…<q>We <mark …>reject</mark> …</q>…</li>'
 * ```
 */
export function statementItem(rows: readonly ReportRow[], index: number, f: StatementFormat): string {
  const row = rows[index] as ReportRow;
  const raw = row[f.textField];
  const text = typeof raw === 'string' ? raw : '';
  const evidence = usableEvidence(row);
  const effect = cueEffect(row, evidence);
  const h = highlight(
    text,
    evidence.filter((e) => e !== effect?.hit),
    contentOffset(row),
    f.maxChars,
  );
  const { score, label } = row.tone;
  const group = f.by === undefined ? undefined : row[f.by];
  const groupText =
    group === undefined || group === null || group === '' ? null : (dateLabel(group) ?? displayName(String(group)));
  const meta = [
    `<span class="who">${escapeHtml(displayName(row.speaker ?? '(unattributed)'))}</span>`,
    ...(groupText === null ? [] : [`<span class="grp">${escapeHtml(groupText)}</span>`]),
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
    (effect === null ? '' : cueLine(effect)) +
    sourceLine(row, f.source) +
    (notes.length > 0 ? `<div class="note">${notes.join('; ')}</div>` : '') +
    '</li>'
  );
}
