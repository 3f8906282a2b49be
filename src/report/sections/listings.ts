/**
 * The statements behind the charts: a listing per speaker (anchor of chart 1's bars) and per point of the
 * over-time chart (anchor of its dots). Long listings are sampled, and say how many statements they stand for.
 */
import { displayName, escapeHtml } from '../escape.js';
import type { SpeakerSummary } from '../model.js';
import type { PointListing } from '../series.js';
import type { ReportRow } from '../types.js';
import { type StatementFormat, statementItem } from './statement.js';

function listing(
  id: string,
  heading: string,
  listed: readonly number[],
  count: number,
  rows: readonly ReportRow[],
  f: StatementFormat,
): string {
  const shown =
    listed.length === count
      ? `${count} statement${count === 1 ? '' : 's'}`
      : `${listed.length} of ${count} statements, spread over the range of their scores`;
  return (
    `<section class="listing" id="${id}"><h4>${heading} <span class="count">(${shown})</span></h4>` +
    (listed.length > 0 ? `<ol>${listed.map((i) => statementItem(rows, i, f)).join('')}</ol>` : '') +
    '</section>'
  );
}

/**
 * Listings of each speaker's statements (a sample of `sample` per speaker).
 * @example
 * ```ts
 * speakerListings(model.speakers, model.rows, { textField: 'text', maxChars: 600, by: undefined });
 * ```
 */
export function speakerListings(
  speakers: readonly SpeakerSummary[],
  rows: readonly ReportRow[],
  f: StatementFormat,
): string {
  return speakers
    .map((s) => listing(s.anchor, escapeHtml(displayName(s.profile.speaker)), s.listed, s.profile.count, rows, f))
    .join('');
}

/**
 * Listings of the statements behind each point of the over-time chart.
 * @example
 * ```ts
 * pointListings(model.points, model.rows, { textField: 'text', maxChars: 600, by: 'date' });
 * ```
 */
export function pointListings(points: readonly PointListing[], rows: readonly ReportRow[], f: StatementFormat): string {
  return points
    .map((p) =>
      listing(
        p.point.anchor,
        `${escapeHtml(displayName(p.point.speaker))} · ${escapeHtml(displayName(p.point.group))}`,
        p.listed,
        p.point.count,
        rows,
        f,
      ),
    )
    .join('');
}
