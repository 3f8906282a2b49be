import { beforeAll, describe, expect, it } from 'vitest';
import { periodOf, trends } from '../../src/index.js';
import { escapeHtml } from '../../src/report/escape.js';
import { type ReportRow, renderReport } from '../../src/report/index.js';
import { corpusRows, exampleRows, row } from './helpers.js';

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
    expect(html).toContain('<li>5 weeks with statements</li>');
    expect(html).toContain('<h2>2. Tone by date, per week</h2>');
    // Ticks name each week by its Monday, as a date, never as a week key.
    const ticks = [...html.matchAll(/<text[^>]*>(\d{1,2} Mar|\d{1,2} Apr)</g)].map((m) => m[1]);
    expect(ticks.slice(0, 5)).toEqual(['3 Mar', '10 Mar', '17 Mar', '24 Mar', '31 Mar']);
    expect(html).not.toMatch(/2025-W\d\d/);
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
    expect(html).toContain('<h2>3. Who moved, week of 3 Mar 2025 → week of 31 Mar 2025</h2>');
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

describe('"Who moved" by default: the first half of the periods against the second half', () => {
  // Three statements a week over four weeks: no week alone holds the 5 a shift needs, each half holds 6.
  const texts = {
    hard: 'We reject these talks and we will retaliate.',
    soft: 'We welcome the talks and we are ready to compromise.',
  };
  const weeks = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'];
  const rows = weeks.flatMap((date, w) =>
    [0, 1, 2].map(() => row('Ana Lind', w < 2 ? texts.hard : texts.soft, { date })),
  );

  it('compares the first two weeks with the last two, and calls the shift', () => {
    const html = renderReport(rows, { by: 'date', bin: 'week', minStatements: 1 });
    expect(html).toContain(
      '<h2>3. Who moved, week of 2 Mar 2026 – week of 9 Mar 2026 → week of 16 Mar 2026 – week of 23 Mar 2026</h2>',
    );
    expect(html).toMatch(
      /<li>Ana Lind moved toward conciliatory by [\d.]+ \(mean −[\d.]+ → \+[\d.]+; .*6 → 6 statements\)/,
    );
  });

  it('leaves the middle period out when their number is odd', () => {
    const five = [...rows, ...[0, 1, 2].map(() => row('Ana Lind', texts.soft, { date: '2026-03-30' }))];
    const html = renderReport(five, { by: 'date', bin: 'week', minStatements: 1 });
    expect(html).toContain(
      '<h2>3. Who moved, week of 2 Mar 2026 – week of 9 Mar 2026 → week of 23 Mar 2026 – week of 30 Mar 2026</h2>',
    );
  });

  it('compares the first and the last period when there are only two or three, and the groups given with compare', () => {
    const three = rows.filter((r) => r['date'] !== '2026-03-23');
    expect(renderReport(three, { by: 'date', bin: 'week', minStatements: 1 })).toContain(
      '<h2>3. Who moved, week of 2 Mar 2026 → week of 16 Mar 2026</h2>',
    );
    const given = renderReport(rows, {
      by: 'date',
      bin: 'week',
      minStatements: 1,
      compare: ['2026-03-02', '2026-03-23'],
    });
    expect(given).toContain('<h2>3. Who moved, week of 2 Mar 2026 → week of 23 Mar 2026</h2>');
    expect(given).toMatch(/<li>Ana Lind: not enough statements \(3 → 3 statements/);
  });
});
