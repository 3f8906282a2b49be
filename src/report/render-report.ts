/** `renderReport()`: scored statements in, one self-contained static HTML page out. */
import { describeValue, InputError } from '../errors.js';
import { escapeHtml } from './escape.js';
import { buildModel } from './model.js';
import { resolveReportOptions } from './options.js';
import { page } from './page.js';
import {
  dimensionsSection,
  overTimeSection,
  shiftsSection,
  speakersSection,
  strongestSection,
} from './sections/figures.js';
import { footer, header } from './sections/frame.js';
import { pointListings, speakerListings } from './sections/listings.js';
import type { StatementFormat } from './sections/statement.js';
import type { ReportOptions, ReportRow } from './types.js';

/**
 * Renders scored statements as one self-contained HTML report: no script, no network, no external font or
 * stylesheet, printable. Charts are inline SVG (Observable Plot): (1) each speaker's mean tone with a
 * bootstrap interval (speakers with `minStatements` or more; the others listed); (2) with `by`, tone per
 * group or period, per side and per speaker, each point linked to its statements; (3) who moved between two
 * groups (`compareGroups`); (4) the dimension mix per speaker; (5) the strongest statements each way,
 * evidence and cues marked, each with its source. Sections with nothing to show are left out and the rest
 * numbered in order. Every string from the rows is escaped. Deterministic: the same rows and options give the
 * same bytes. Throws `InputError` on a malformed row, `OptionsError` on a bad option.
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
  const f: StatementFormat = { textField: o.textField, maxChars: o.maxChars, by: o.by, source: m.source };
  const listed = new Set<number>([...m.mostConciliatory, ...m.mostConfrontational]);
  for (const s of m.speakers) for (const i of s.listed) listed.add(i);
  const points = [...(m.bySide?.listings ?? []), ...(m.bySpeaker?.listings ?? [])];
  for (const p of points) for (const i of p.listed) listed.add(i);
  const cut = [...listed].filter((i) => {
    const text = (m.rows[i] as ReportRow)[o.textField];
    return typeof text === 'string' && text.length > o.maxChars;
  }).length;
  let body = `<main>${header(m, o)}`;
  if (m.rows.length === 0) body += '<p>No statements to report.</p>';
  else {
    // Sections with nothing to show are left out; the others are numbered in order, without a gap.
    const sections: ((n: number) => string)[] = [
      (n) => speakersSection(n, m, o),
      (n) => overTimeSection(n, m, o),
      (n) => shiftsSection(n, m),
      (n) => dimensionsSection(n, m),
      (n) => strongestSection(n, m, f, o.top),
    ];
    let n = 1;
    for (const section of sections) {
      const html = section(n);
      if (html !== '') {
        body += html;
        n++;
      }
    }
    body +=
      '<section id="statements"><h2>The statements behind the charts</h2>' +
      (points.length > 0
        ? `<h3>By ${escapeHtml(m.bySpeaker?.series.bin ?? m.bySpeaker?.series.by ?? '')}</h3>${pointListings(points, m.rows, f)}`
        : '') +
      `<h3>By speaker</h3>${speakerListings(m.speakers, m.rows, f)}</section>`;
  }
  return page(o.title, `${body}${footer(m, o, cut)}</main>`);
}
