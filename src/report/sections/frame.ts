/** The page's frame: the header (what the data is, in numbers and dates) and the footer (the accounting). */
import { dayLabel } from '../dates.js';
import { escapeHtml } from '../escape.js';
import type { ReportModel } from '../model.js';
import type { ResolvedReportOptions } from '../options.js';
import { plural } from '../plural.js';

/** "is" or "are" for a count. */
export const verb = (n: number): string => (n === 1 ? 'is' : 'are');

/** The distinct values of a field the rows have, or 0 when none has it. */
function distinct(m: ReportModel, field: string): number {
  const values = new Set<string>();
  for (const row of m.rows) {
    const v = Object.hasOwn(row, field) ? row[field] : undefined;
    if (typeof v === 'string' ? v !== '' : typeof v === 'number') values.add(String(v));
  }
  return values.size;
}

/**
 * The header: title, subtitle, and what the data is — statements, speakers, articles, the dates they span,
 * the periods or groups, what could not be read — then how to read a score.
 * @example
 * ```ts
 * header(model, options); // '<header><h1>March talks</h1>…<li>84 statements</li>…</header>'
 * ```
 */
export function header(m: ReportModel, o: ResolvedReportOptions): string {
  const articles = distinct(m, 'article_id');
  const series = m.bySpeaker?.series;
  const groups =
    series === undefined
      ? []
      : [
          series.bin !== null
            ? `${plural(series.groups.length, series.bin)} with statements`
            : `${plural(series.groups.length, 'group')} by ${escapeHtml(series.by)}`,
        ];
  const facts = [
    plural(m.rows.length, 'statement'),
    plural(m.speakers.length, 'speaker'),
    ...(articles > 0 ? [plural(articles, 'article')] : []),
    ...(m.dates === null
      ? []
      : [
          m.dates.first === m.dates.last
            ? `on ${dayLabel(m.dates.first)}`
            : `${dayLabel(m.dates.first)} to ${dayLabel(m.dates.last)}`,
        ]),
    ...groups,
    ...(m.unattributed > 0 ? [`${plural(m.unattributed, 'statement')} without a speaker`] : []),
    ...(o.unreadable > 0 ? [`${plural(o.unreadable, 'row')} could not be read`] : []),
  ];
  return (
    `<header><h1>${escapeHtml(o.title)}</h1>` +
    (o.subtitle === undefined || o.subtitle === '' ? '' : `<p class="subtitle">${escapeHtml(o.subtitle)}</p>`) +
    `<ul class="summary">${facts.map((f) => `<li>${f}</li>`).join('')}</ul>` +
    '<p>Each statement is scored from −1 (confrontational: threat, demand, rejection, accusation, escalation, ' +
    'hostility) to +1 (conciliatory: dialogue, cooperation, de-escalation, reassurance, concession, respect); a ' +
    'statement introduced by a speech verb with a tone of its own (“warned”, “praised”, “rejected”) carries that ' +
    'tone too. Intervals are 95% percentile bootstrap intervals; a speaker with few statements has a wide one.</p></header>'
  );
}

/**
 * The footer: rows read = in the report + could not be read, how listings are sampled, what was cut.
 * @example
 * ```ts
 * footer(model, options, 0); // '<footer><p>Rows: 84 read = 84 in this report + 0 that could not be read.</p>…'
 * ```
 */
export function footer(m: ReportModel, o: ResolvedReportOptions, cut: number): string {
  const read = m.rows.length + o.unreadable;
  const parts = [
    `Rows: ${read.toLocaleString('en')} read = ${m.rows.length.toLocaleString('en')} in this report + ${o.unreadable.toLocaleString('en')} that could not be read.`,
    'Every statement is counted in every chart; the listings show a sample of each speaker’s and each point’s statements, spread over the range of their scores.',
    ...(cut > 0
      ? [
          `${plural(cut, 'listed statement')} longer than ${o.maxChars.toLocaleString('en')} characters ${verb(cut)} cut for display (their scores use the whole text).`,
        ]
      : []),
    ...(o.generator === undefined ? [] : [`Made with ${escapeHtml(o.generator)}.`]),
    'This page has no scripts and loads nothing from the network.',
  ];
  return `<footer>${parts.map((p) => `<p>${p}</p>`).join('')}</footer>`;
}
