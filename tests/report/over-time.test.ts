import { beforeAll, describe, expect, it } from 'vitest';
import { periodOf, trends } from '../../src/index.js';
import { escapeHtml } from '../../src/report/escape.js';
import { type ReportRow, renderReport } from '../../src/report/index.js';
import { corpusRows, exampleRows } from './helpers.js';

const pairs = (rows: readonly ReportRow[], line: (r: ReportRow) => unknown, group: (r: ReportRow) => unknown) =>
  new Set(rows.map((r) => `${String(line(r))}\u0000${String(group(r))}`));
const week = (r: ReportRow): string => periodOf(r['date'], 'week')?.key ?? '';
const links = (html: string, prefix: string): number => html.match(new RegExp(`href="#${prefix}-`, 'g'))?.length ?? 0;

describe('chart 2 from the profile layer: weekly bins, a line per speaker and per side, trends', () => {
  let rows: ReportRow[];
  let html: string;
  beforeAll(async () => {
    rows = await corpusRows();
    html = renderReport(rows, {
      by: 'date',
      bin: 'week',
      side: 'side',
      series: 20,
      compare: ['2025-03-03', '2025-04-04'],
    });
  });

  it('groups the dates into ISO weeks, in time order', () => {
    expect(html).toContain('<li>5 periods by date (week)</li>');
    expect(html).toContain('<h2>2. Tone by date (week)</h2>');
    const ticks = [...html.matchAll(/>(2025-W\d\d)</g)].map((m) => m[1]);
    expect(ticks.slice(0, 5)).toEqual(['2025-W10', '2025-W11', '2025-W12', '2025-W13', '2025-W14']);
  });

  it('draws a point per (speaker, week) and per (side, week), each linked to its statements', () => {
    expect(links(html, 'pt')).toBe(pairs(rows, (r) => r.speaker, week).size);
    expect(links(html, 'sd')).toBe(pairs(rows, (r) => r['side'], week).size);
  });

  it('shows the trend of every speaker and side as trends() gives it, interval and all', () => {
    for (const series of ['speaker', 'side']) {
      const report = trends(rows, { time: 'date', bin: 'week', series });
      expect(report.series.length).toBeGreaterThan(3);
      for (const t of report.series) expect(html).toContain(`<li>${escapeHtml(t.summary)}</li>`);
    }
  });

  it('compares the weeks of the two dates given, speakers and sides', () => {
    expect(html).toContain('<h2>3. Who moved, 2025-W10 → 2025-W14</h2>');
    expect(html).toMatch(/<li>Side Ardenia /);
    expect(html).toMatch(/<li>Side Belmark[: ]/);
  });
});

describe('chart 2 over any group column', () => {
  it('keeps the groups in their order, on no time axis and with no trend', async () => {
    const rows = (await exampleRows()).map((r, i) => ({ ...r, round: i % 3 === 0 ? 'second' : 'first' }));
    const html = renderReport(rows, { by: 'round' });
    expect(html).toContain('<li>2 groups by round</li>');
    expect(html).not.toContain('class="trends"');
    expect(links(html, 'pt')).toBe(
      pairs(
        rows,
        (r) => r.speaker,
        (r) => r['round'],
      ).size,
    );
  });
});
