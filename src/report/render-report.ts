/** `renderReport()`: scored statements in, one self-contained static HTML page out. */
import { describeValue, InputError } from '../errors.js';
import { dimensionMixChart } from './charts/dimension-mix.js';
import { overTimeChart } from './charts/over-time.js';
import { shiftsChart } from './charts/shifts.js';
import { speakerMeansChart } from './charts/speaker-means.js';
import { displayName, escapeHtml } from './escape.js';
import { buildModel, type ReportModel } from './model.js';
import { type ResolvedReportOptions, resolveReportOptions } from './options.js';
import { page } from './page.js';
import { dimensionLegend, poleLegend, seriesLegend } from './sections/legends.js';
import { pointListings, speakerListings } from './sections/listings.js';
import { type StatementFormat, statementItem } from './sections/statement.js';
import type { SeriesModel } from './series.js';
import type { ReportOptions, ReportRow } from './types.js';

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Names as an escaped list. */
const names = (list: readonly string[]): string => list.map((n) => escapeHtml(displayName(n))).join(', ');

function figure(svg: string, caption: string, extra = ''): string {
  return `<figure><div class="chart">${svg}</div>${extra}<figcaption>${caption}</figcaption></figure>`;
}

function header(m: ReportModel, o: ResolvedReportOptions): string {
  const facts = [
    plural(m.rows.length, 'statement'),
    plural(m.speakers.length, 'speaker'),
    ...(m.bySpeaker === null
      ? []
      : [
          `${plural(m.bySpeaker.series.groups.length, m.bySpeaker.series.time ? 'period' : 'group')} by ${escapeHtml(m.bySpeaker.series.by)}`,
        ]),
    ...(m.unattributed > 0 ? [`${plural(m.unattributed, 'statement')} without a speaker`] : []),
    ...(o.unreadable > 0 ? [`${plural(o.unreadable, 'row')} could not be read`] : []),
  ];
  return (
    `<header><h1>${escapeHtml(o.title)}</h1>` +
    (o.subtitle === undefined ? '' : `<p class="subtitle">${escapeHtml(o.subtitle)}</p>`) +
    `<ul class="summary">${facts.map((f) => `<li>${f}</li>`).join('')}</ul>` +
    '<p>Each statement is scored from −1 (confrontational: threat, demand, rejection, accusation, escalation, ' +
    'hostility) to +1 (conciliatory: dialogue, cooperation, de-escalation, reassurance, concession, respect). ' +
    'Intervals are 95% percentile bootstrap intervals; a speaker with few statements has a wide one.</p></header>'
  );
}

/** One over-time figure: the chart, its legend, and each line's trend with its interval. */
function overTimeFigure(model: SeriesModel, who: string): string {
  const s = model.series;
  const omitted =
    s.omittedSpeakers > 0
      ? ` The ${plural(s.speakers.length, who)} with the most statements are drawn; ${plural(s.omittedSpeakers, `other ${who}`)} are counted in the other charts.`
      : '';
  const undated = s.notDrawn > 0 ? ` ${plural(s.notDrawn, 'statement')} without a date are not on the time axis.` : '';
  const trendList =
    s.summaries.length === 0
      ? ''
      : `<ul class="trends">${s.summaries.map((t) => `<li>${escapeHtml(displayName(t.speaker) + t.summary.slice(t.speaker.length))}</li>`).join('')}</ul>`;
  return (
    figure(
      overTimeChart(s),
      `Mean tone of each ${who} per ${escapeHtml(s.by)}; a dot’s size is its number of statements; select a dot for the statements behind it.` +
        (s.trends.length > 0 ? ' Dotted: each line’s trend (least squares over its statements).' : '') +
        omitted +
        undated,
      seriesLegend(s.speakers),
    ) + trendList
  );
}

function overTime(m: ReportModel, o: ResolvedReportOptions): string {
  if (m.bySpeaker === null) return '';
  const by = m.bySpeaker.series.by;
  return (
    `<section id="over-time"><h2>2. Tone by ${escapeHtml(by)}</h2>` +
    (m.bySide === null
      ? ''
      : `<h3>Per ${escapeHtml(o.side ?? '')}</h3>${overTimeFigure(m.bySide, escapeHtml(o.side ?? ''))}<h3>Per speaker</h3>`) +
    overTimeFigure(m.bySpeaker, 'speaker') +
    (m.bySpeaker.series.time
      ? `<p class="note">A trend is given a direction only with at least ${o.minN} statements in at least 3 periods and an interval that excludes 0.</p>`
      : '') +
    '</section>'
  );
}

function shifts(m: ReportModel): string {
  const c = m.comparison;
  if (c === null) return '';
  const lines = [
    ...c.speakers.map((s) => displayName(s.speaker) + s.summary.slice(s.speaker.length)),
    ...c.sides.map((s) => `Side ${displayName(s.speaker)}${s.summary.slice(s.speaker.length)}`),
    ...(c.overall === null ? [] : [`Everyone quoted, pooled${c.overall.summary.slice(c.overall.speaker.length)}`]),
  ];
  const only = [
    ...(c.onlyInA.length > 0 ? [`Only in ${escapeHtml(displayName(c.a))}: ${names(c.onlyInA)}.`] : []),
    ...(c.onlyInB.length > 0 ? [`Only in ${escapeHtml(displayName(c.b))}: ${names(c.onlyInB)}.`] : []),
  ];
  return (
    `<section id="shifts"><h2>3. Who moved, ${escapeHtml(displayName(c.a))} → ${escapeHtml(displayName(c.b))}</h2>` +
    figure(
      shiftsChart(c),
      `Change in each speaker's mean tone (${c.resamples} bootstrap resamples, seed ${c.seed}). ${only.join(' ')}`,
      poleLegend(),
    ) +
    `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></section>`
  );
}

function strongest(m: ReportModel, f: StatementFormat, top: number): string {
  if (top === 0) return '';
  const list = (indexes: readonly number[], empty: string): string =>
    indexes.length === 0
      ? `<p>${empty}</p>`
      : `<ol class="statements">${indexes.map((i) => statementItem(m.rows, i, f)).join('')}</ol>`;
  return (
    '<section id="strongest"><h2>5. The strongest statements each way</h2><div class="columns">' +
    `<div><h3>Most confrontational</h3>${list(m.mostConfrontational, 'No statement scored below 0.')}</div>` +
    `<div><h3>Most conciliatory</h3>${list(m.mostConciliatory, 'No statement scored above 0.')}</div>` +
    '</div><p class="note">Marked words are the lexicon evidence behind each score; hover or read the title of a mark for its dimension and weight.</p></section>'
  );
}

function footer(m: ReportModel, o: ResolvedReportOptions, cut: number): string {
  const read = m.rows.length + o.unreadable;
  const parts = [
    `Rows: ${read.toLocaleString('en')} read = ${m.rows.length.toLocaleString('en')} in this report + ${o.unreadable.toLocaleString('en')} that could not be read.`,
    'Every statement is counted in every chart; the listings show a sample of each speaker’s and each point’s statements, spread over the range of their scores.',
    ...(cut > 0
      ? [
          `${plural(cut, 'listed statement')} longer than ${o.maxChars.toLocaleString('en')} characters ${cut === 1 ? 'is' : 'are'} cut for display (their scores use the whole text).`,
        ]
      : []),
    ...(o.generator === undefined ? [] : [`Made with ${escapeHtml(o.generator)}.`]),
    'This page has no scripts and loads nothing from the network.',
  ];
  return `<footer>${parts.map((p) => `<p>${p}</p>`).join('')}</footer>`;
}

/**
 * Renders scored statements as one self-contained HTML report: no script, no network, no external font or
 * stylesheet, printable. Charts are inline SVG (Observable Plot): (1) each speaker's mean tone with a
 * bootstrap interval; (2) with `by`, tone per group and speaker, each point linked to its statements;
 * (3) who moved between two groups (`compareGroups`); (4) the dimension mix per speaker; (5) the strongest
 * statements each way, evidence marked. Every string from the rows is escaped. Deterministic: the same rows
 * and options give the same bytes. Throws `InputError` on a malformed row, `OptionsError` on a bad option.
 * @example
 * ```ts
 * import { createScorer } from 'detente';
 * import { renderReport } from 'detente/report';
 * import { writeFileSync } from 'node:fs';
 *
 * const scorer = createScorer();
 * const rows = [
 *   { speaker: 'Petrova', date: '2026-03-02', text: 'We will never accept an ultimatum.' },
 *   { speaker: 'Petrova', date: '2026-03-16', text: 'We are ready to resume the dialogue.' },
 * ].map((r) => ({ ...r, tone: scorer.score(r.text) }));
 * writeFileSync('report.html', renderReport(rows, { title: 'March talks', by: 'date' }));
 * ```
 */
export function renderReport(rows: Iterable<ReportRow>, options: ReportOptions = {}): string {
  const o = resolveReportOptions(options);
  if (rows === null || typeof rows !== 'object' || typeof (rows as Iterable<unknown>)[Symbol.iterator] !== 'function')
    throw new InputError(`renderReport(): rows must be an iterable of scored statements, got ${describeValue(rows)}`);
  const m = buildModel(rows, o);
  const f: StatementFormat = { textField: o.textField, maxChars: o.maxChars, by: o.by };
  const listed = new Set<number>([...m.mostConciliatory, ...m.mostConfrontational]);
  for (const s of m.speakers) for (const i of s.listed) listed.add(i);
  const points = [...(m.bySide?.listings ?? []), ...(m.bySpeaker?.listings ?? [])];
  for (const p of points) for (const i of p.listed) listed.add(i);
  const cut = [...listed].filter((i) => {
    const text = (m.rows[i] as ReportRow)[o.textField];
    return typeof text === 'string' && text.length > o.maxChars;
  }).length;
  const body =
    '<main>' +
    header(m, o) +
    (m.rows.length === 0
      ? '<p>No statements to report.</p>'
      : '<section id="speakers"><h2>1. Mean tone per speaker</h2>' +
        figure(
          speakerMeansChart(m.speakers),
          'Bars: mean tone; black lines: 95% bootstrap intervals; n: statements. Select a bar for the speaker’s statements.',
        ) +
        '</section>' +
        overTime(m, o) +
        shifts(m) +
        '<section id="dimensions"><h2>4. What they lean on</h2>' +
        figure(
          dimensionMixChart(m.speakers),
          'Each bar splits a speaker’s tone weight by dimension: confrontational dimensions left of 0, conciliatory ones right.',
          dimensionLegend(),
        ) +
        '</section>' +
        strongest(m, f, o.top) +
        '<section id="statements"><h2>The statements behind the charts</h2>' +
        (points.length > 0
          ? `<h3>By ${escapeHtml(m.bySpeaker?.series.by ?? '')}</h3>${pointListings(points, m.rows, f)}`
          : '') +
        `<h3>By speaker</h3>${speakerListings(m.speakers, m.rows, f)}</section>`) +
    footer(m, o, cut) +
    '</main>';
  return page(o.title, body);
}
