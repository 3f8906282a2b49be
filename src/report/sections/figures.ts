/**
 * The numbered sections of the page, each a chart with its caption, legend and sentences: mean tone per
 * speaker, tone over time (per side and per speaker), who moved, what they lean on, the strongest statements.
 * A section is left out when it has nothing to show, and the others are numbered without a gap.
 */
import { dimensionMixChart } from '../charts/dimension-mix.js';
import { overTimeChart } from '../charts/over-time.js';
import { shiftsChart } from '../charts/shifts.js';
import { speakerMeansChart } from '../charts/speaker-means.js';
import { displayName, escapeHtml, signed } from '../escape.js';
import type { ReportModel } from '../model.js';
import type { ResolvedReportOptions } from '../options.js';
import { plural } from '../plural.js';
import type { SeriesModel } from '../series.js';
import { verb } from './frame.js';
import { dimensionLegend, poleLegend, seriesLegend } from './legends.js';
import { type StatementFormat, statementItem } from './statement.js';

function figure(svg: string, caption: string, extra = ''): string {
  return `<figure><div class="chart">${svg}</div>${extra}<figcaption>${caption}</figcaption></figure>`;
}

const heading = (n: number, id: string, title: string): string => `<section id="${id}"><h2>${n}. ${title}</h2>`;

/**
 * Section: each speaker's mean tone, for the speakers with `minStatements` or more; the others listed below
 * with their counts and means, each linked to their statements.
 * @example
 * ```ts
 * speakersSection(1, model, options);
 * ```
 */
export function speakersSection(n: number, m: ReportModel, o: ResolvedReportOptions): string {
  const min = o.minStatements;
  const rule =
    min > 1
      ? ` Speakers with at least ${plural(min, 'statement')} are drawn (one statement’s mean is that statement).`
      : '';
  const chart =
    m.drawn.length === 0
      ? `<p>No speaker has ${plural(min, 'statement')} or more.</p>`
      : figure(
          speakerMeansChart(m.drawn),
          `Bars: mean tone; black lines: 95% bootstrap intervals; n: statements. Select a bar for the speaker’s statements.${rule}`,
        );
  const few =
    m.few.length === 0
      ? ''
      : `<p class="few">Fewer than ${plural(min, 'statement')}, not drawn (counted in every other chart): ${m.few
          .map(
            (s) =>
              `<a href="#${s.anchor}">${escapeHtml(displayName(s.profile.speaker))}</a> (${plural(s.profile.count, 'statement')}, mean ${signed(s.profile.mean)})`,
          )
          .join('; ')}.</p>`;
  return `${heading(n, 'speakers', 'Mean tone per speaker')}${chart}${few}</section>`;
}

/** One over-time figure: the chart, its legend, and each line's trend with its interval. */
function overTimeFigure(model: SeriesModel, who: string): string {
  const s = model.series;
  const unit = s.bin ?? escapeHtml(s.by);
  const omitted =
    s.omittedSpeakers > 0
      ? ` The ${plural(s.speakers.length, who)} with the most statements are drawn; ${plural(s.omittedSpeakers, `other ${who}`)} ${verb(s.omittedSpeakers)} counted in the other charts.`
      : '';
  const undated =
    s.notDrawn > 0
      ? ` ${plural(s.notDrawn, 'statement')} without a date ${verb(s.notDrawn)} not on the time axis.`
      : '';
  const trendList =
    s.summaries.length === 0
      ? ''
      : `<ul class="trends">${s.summaries.map((t) => `<li>${escapeHtml(displayName(t.speaker) + t.summary.slice(t.speaker.length))}</li>`).join('')}</ul>`;
  const colours =
    who === 'speaker' && s.styles.some((st, i) => s.styles.findIndex((x) => x.colour === st.colour) !== i)
      ? ' Speakers are drawn in their side’s colour, told apart by the dash pattern.'
      : '';
  return (
    figure(
      overTimeChart(s),
      `Mean tone of each ${who} in each ${unit}; a dot’s size is its number of statements; select a dot for the statements behind it.` +
        (s.trends.length > 0 ? ' Dotted: each line’s trend (least squares over its statements).' : '') +
        colours +
        omitted +
        undated,
      seriesLegend(s.speakers, s.styles),
    ) + trendList
  );
}

/**
 * Section: tone over time (or by group), per side then per speaker, with each line's trend.
 * @example
 * ```ts
 * overTimeSection(2, model, options);
 * ```
 */
export function overTimeSection(n: number, m: ReportModel, o: ResolvedReportOptions): string {
  if (m.bySpeaker === null) return '';
  const s = m.bySpeaker.series;
  const title = s.bin !== null ? `Tone by ${escapeHtml(o.by ?? '')}, per ${s.bin}` : `Tone by ${escapeHtml(s.by)}`;
  return (
    heading(n, 'over-time', title) +
    (m.bySide === null
      ? ''
      : `<h3>Per ${escapeHtml(o.side ?? '')}</h3>${overTimeFigure(m.bySide, escapeHtml(o.side ?? ''))}<h3>Per speaker</h3>`) +
    overTimeFigure(m.bySpeaker, 'speaker') +
    (s.time
      ? `<p class="note">A trend is given a direction only with at least ${plural(o.minN, 'statement')} in at least 3 periods and an interval that excludes 0.</p>`
      : '') +
    '</section>'
  );
}

/**
 * Section: who moved between the two compared groups, per speaker, per side and everyone pooled.
 * @example
 * ```ts
 * shiftsSection(3, model);
 * ```
 */
export function shiftsSection(n: number, m: ReportModel): string {
  const c = m.comparison;
  if (c === null) return '';
  const label = (key: string): string =>
    m.bySpeaker?.series.groups.find((g) => g.key === key)?.label ?? displayName(key);
  const names = (list: readonly string[]): string => list.map((s) => escapeHtml(displayName(s))).join(', ');
  const lines = [
    ...c.speakers.map((s) => displayName(s.speaker) + s.summary.slice(s.speaker.length)),
    ...c.sides.map((s) => `Side ${displayName(s.speaker)}${s.summary.slice(s.speaker.length)}`),
    ...(c.overall === null ? [] : [`Everyone quoted, pooled${c.overall.summary.slice(c.overall.speaker.length)}`]),
  ];
  const only = [
    ...(c.onlyInA.length > 0 ? [`Only in ${escapeHtml(label(c.a))}: ${names(c.onlyInA)}.`] : []),
    ...(c.onlyInB.length > 0 ? [`Only in ${escapeHtml(label(c.b))}: ${names(c.onlyInB)}.`] : []),
  ];
  return (
    heading(n, 'shifts', `Who moved, ${escapeHtml(label(c.a))} → ${escapeHtml(label(c.b))}`) +
    figure(
      shiftsChart(c, label),
      `Change in each speaker's mean tone (${c.resamples} bootstrap resamples, seed ${c.seed}). ${only.join(' ')}`,
      poleLegend(),
    ) +
    `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></section>`
  );
}

/**
 * Section: the dimension mix of the speakers drawn in the first chart.
 * @example
 * ```ts
 * dimensionsSection(4, model);
 * ```
 */
export function dimensionsSection(n: number, m: ReportModel): string {
  if (m.drawn.length === 0) return '';
  return (
    heading(n, 'dimensions', 'What they lean on') +
    figure(
      dimensionMixChart(m.drawn),
      'Each bar splits a speaker’s tone weight by dimension, from the same tone as every other chart (a speech ' +
        'verb’s tone included): confrontational dimensions left of 0, conciliatory ones right.',
      dimensionLegend(),
    ) +
    '</section>'
  );
}

/**
 * Section: the strongest statements each way, evidence marked.
 * @example
 * ```ts
 * strongestSection(5, model, format, 5);
 * ```
 */
export function strongestSection(n: number, m: ReportModel, f: StatementFormat, top: number): string {
  if (top === 0) return '';
  const list = (indexes: readonly number[], empty: string): string =>
    indexes.length === 0
      ? `<p>${empty}</p>`
      : `<ol class="statements">${indexes.map((i) => statementItem(m.rows, i, f)).join('')}</ol>`;
  return (
    `${heading(n, 'strongest', 'The strongest statements each way')}<div class="columns">` +
    `<div><h3>Most confrontational</h3>${list(m.mostConfrontational, 'No statement scored below 0.')}</div>` +
    `<div><h3>Most conciliatory</h3>${list(m.mostConciliatory, 'No statement scored above 0.')}</div>` +
    '</div><p class="note">Marked words are the lexicon evidence behind each score; hover or read the title of a ' +
    'mark for its dimension and weight. A marked cue carried tone of its own.</p></section>'
  );
}
