/**
 * Reports in headless Chromium: the example statements and the Geneva article rendered by `renderReport`,
 * loaded from a file as a reader opens them, and checked with the DOM — one bar per speaker, axis labels, a
 * point per (speaker, group), every anchor resolving, evidence marks matching the evidence spans — plus
 * hostile reports (no dialog, no request, no script), a phone-width layout and A4 print.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { periodOf } from '../../src/index.js';
import { LABEL_CHARS } from '../../src/report/charts/layout.js';
import { shortLabel } from '../../src/report/escape.js';
import { type ReportOptions, type ReportRow, renderReport } from '../../src/report/index.js';
import { corpusRows, exampleRows, genevaRows, HOSTILE, hostileRows } from '../report/helpers.js';
import { type Browser, describeInChromium, launchChromium } from './chromium.js';

// Page-side code runs in Chromium; the project's lib has no DOM types, so the little it uses is declared here.
interface El {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El> & { readonly length: number };
  getBoundingClientRect(): { readonly width: number };
}
declare const document: El & {
  readonly documentElement: { readonly scrollWidth: number };
  readonly body: El;
  readonly title: string;
  getElementById(id: string): El | null;
};
declare const window: { readonly location: { readonly hash: string } };
declare const getComputedStyle: (element: El | null) => { readonly fontSize: string };

const dir = mkdtempSync(join(tmpdir(), 'detente-report-'));
let browser: Browser;
let fileCount = 0;

/** What happened while a page was open: dialogs, requests other than the page itself, page errors. */
interface Watch {
  readonly dialogs: string[];
  readonly requests: string[];
  readonly errors: string[];
}

/** Writes `html` to a file and opens it; every request but the file's own is recorded and refused. */
async function open(html: string, viewport = { width: 1000, height: 900 }): Promise<{ page: Page; watch: Watch }> {
  const file = join(dir, `report-${fileCount++}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const watch: Watch = { dialogs: [], requests: [], errors: [] };
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    watch.requests.push(route.request().url());
    return route.abort();
  });
  await page.goto(url);
  return { page, watch };
}

/** The expected marks of a listed row: its evidence spans that lie in the shown text, as [start, end, term]. */
function expectedMarks(row: ReportRow, maxChars: number): [number, number, string][] {
  const text = String(row['text'] ?? '');
  const content = (row['spans'] as { content?: [number, number] } | undefined)?.content;
  const offset = content?.[0] ?? 0;
  return (row.tone.evidence ?? [])
    .map((e) => [e.span[0] - offset, e.span[1] - offset, e.term] as [number, number, string])
    .filter(([s, e, term]) => s >= 0 && e <= Math.min(text.length, maxChars) && text.slice(s, e) === term)
    .sort((a, b) => a[0] - b[0]);
}

interface Dom {
  readonly bars: number;
  readonly barLabels: string[];
  readonly axisLabels: string[];
  readonly points: number;
  readonly sidePoints: number;
  readonly trendLines: number;
  readonly anchors: { href: string; resolves: boolean }[];
  readonly marks: { row: number; marks: [number, number, string][] }[];
}

async function readDom(page: Page): Promise<Dom> {
  return page.evaluate(() => {
    const means = document.querySelector('svg[aria-label^="Mean tone of"]');
    const charts = [...document.querySelectorAll('#over-time svg')];
    const overTime = charts.find((svg) => svg.querySelector('title')?.textContent?.endsWith('per speaker')) ?? null;
    const bySide = charts.find((svg) => !svg.querySelector('title')?.textContent?.endsWith('per speaker')) ?? null;
    return {
      bars: means?.querySelectorAll('[aria-description="speaker means"] rect').length ?? 0,
      barLabels: [...(means?.querySelectorAll('[aria-label="y-axis tick label"] text') ?? [])].map(
        (t) => t.textContent ?? '',
      ),
      axisLabels: [...document.querySelectorAll('svg [aria-label$="-axis label"] text')].map(
        (t) => t.textContent ?? '',
      ),
      points: overTime?.querySelectorAll('[aria-description="means per group"] circle').length ?? 0,
      sidePoints: bySide?.querySelectorAll('[aria-description="means per group"] circle').length ?? 0,
      trendLines:
        overTime?.querySelectorAll('[aria-description="trends"] line, [aria-description="trends"] path').length ?? 0,
      anchors: [...document.querySelectorAll('a')].map((a) => {
        const href = a.getAttribute('href') ?? '';
        return { href, resolves: href.startsWith('#') && document.getElementById(href.slice(1)) !== null };
      }),
      marks: [...document.querySelectorAll('li.statement')].map((li) => ({
        row: Number(li.getAttribute('data-row')),
        marks: [...li.querySelectorAll('mark')].map((m) => {
          const [s, e] = (m.getAttribute('data-span') ?? '').split(',').map(Number);
          return [s, e, m.textContent ?? ''] as [number, number, string];
        }),
      })),
    };
  });
}

/** The DOM checks of the acceptance, for any report. */
async function checkReport(
  rows: readonly ReportRow[],
  options: ReportOptions & { by: string },
  groupOf: (row: ReportRow) => string = (row) => String(row[options.by] ?? ''),
): Promise<Dom> {
  const html = renderReport(rows, options);
  const { page, watch } = await open(html);
  const dom = await readDom(page);
  const speakers = [...new Set(rows.map((r) => r.speaker ?? '(unattributed)'))];
  // One bar per speaker, each labelled with the speaker's name.
  expect(dom.bars).toBe(speakers.length);
  expect(dom.barLabels.sort()).toEqual(speakers.map((s) => shortLabel(s, LABEL_CHARS)).sort());
  // Axis labels name the scale.
  expect(dom.axisLabels).toContain('← confrontational · mean tone · conciliatory →');
  expect(dom.axisLabels.some((l) => l.includes('mean tone') && l.includes('conciliatory'))).toBe(true);
  expect(dom.axisLabels.some((l) => l.startsWith(options.by))).toBe(true);
  // A point per (speaker, group), and per (side, group) with sides.
  const pairs = new Set(rows.map((r) => `${r.speaker ?? '(unattributed)'}\u0000${groupOf(r)}`));
  expect(dom.points).toBe(pairs.size);
  const side = options.side;
  if (side !== undefined)
    expect(dom.sidePoints).toBe(new Set(rows.map((r) => `${String(r[side])}\u0000${groupOf(r)}`)).size);
  // Every link points at something in the page: a bar at its speaker's statements, a dot at its point's.
  expect(dom.anchors.length).toBe(dom.bars + dom.points + dom.sidePoints);
  expect(dom.anchors.filter((a) => !a.resolves)).toEqual([]);
  // Evidence marks are exactly the evidence spans of each listed statement.
  expect(dom.marks.length).toBeGreaterThan(0);
  for (const { row, marks } of dom.marks)
    expect(marks, `row ${row}`).toEqual(expectedMarks(rows[row] as ReportRow, options.maxChars ?? 600));
  expect(dom.marks.some((m) => m.marks.length > 0)).toBe(true);
  // Following a dot's link lands on its statements.
  const first = page.locator('#over-time svg a').first();
  const href = await first.getAttribute('href');
  await first.click();
  expect(await page.evaluate(() => window.location.hash)).toBe(href);
  expect(watch).toEqual({ dialogs: [], requests: [], errors: [] });
  await page.close();
  return dom;
}

describeInChromium('reports in headless Chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('examples/statements.csv by date: bars, axes, a point per (speaker, date), anchors, evidence marks', async () => {
    await checkReport(await exampleRows(), { title: 'Example', by: 'date' });
  });

  it('the Geneva article (analyzeArticle, evidence in article offsets) by kind of statement', async () => {
    await checkReport(genevaRows(), { title: 'Geneva', by: 'kind', series: 20 });
  });

  it('the Ardenia–Belmark corpus by ISO week and side: points per (speaker, week) and (side, week), trend lines', async () => {
    const week = (r: ReportRow): string => periodOf(r['date'], 'week')?.key ?? '';
    const dom = await checkReport(await corpusRows(), { by: 'date', bin: 'week', side: 'side', series: 20 }, week);
    expect(dom.sidePoints).toBeGreaterThan(0);
    expect(dom.trendLines).toBeGreaterThan(5);
  });

  it('hostile speakers, groups, texts and title: no dialog, no request, no script, even without the CSP', async () => {
    const html = renderReport(hostileRows(), { title: '<script>alert("title")</script>', by: 'date' });
    const withoutPolicy = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(withoutPolicy).not.toBe(html);
    for (const page of [html, withoutPolicy]) {
      const { page: p, watch } = await open(page);
      // Hover the names, marks and chart labels an attacker controls: an injected handler would fire here.
      for (const el of (await p.locator('.who, mark, svg text').all()).slice(0, 40))
        await el.hover({ force: true, timeout: 500 }).catch(() => {});
      await p.keyboard.press('Tab');
      const state = await p.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scripts: document.querySelectorAll('script, img, iframe, object, embed, link').length,
        handlers: [...document.querySelectorAll('*')].flatMap((e) =>
          e.getAttributeNames().filter((n: string) => n.startsWith('on')),
        ),
        imports: [...document.querySelectorAll('style')].filter((s) => (s.textContent ?? '').includes('@import'))
          .length,
        title: document.title,
        text: document.body.textContent ?? '',
      }));
      expect(state).toMatchObject({ pwned: undefined, scripts: 0, handlers: [], imports: 0 });
      expect(state.title).toBe('<script>alert("title")</script>');
      for (const payload of HOSTILE) expect(state.text).toContain(payload);
      expect(watch).toEqual({ dialogs: [], requests: [], errors: [] });
      await p.close();
    }
  });

  it('the check can fail: markup injected into a report runs without the CSP and is caught', async () => {
    const html = renderReport(hostileRows())
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace('</main>', '<img src="https://example.invalid/x.png" onerror="alert(7)"></main>');
    const { page, watch } = await open(html);
    await page.waitForTimeout(300);
    expect(watch.requests).toEqual(['https://example.invalid/x.png']);
    expect(watch.dialogs).toEqual(['7']);
    await page.close();
  });

  it('at 375 px: no sideways scrolling, and chart text stays at least 9 px', async () => {
    const { page } = await open(renderReport(await exampleRows(), { by: 'date' }), { width: 375, height: 800 });
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      scales: [...document.querySelectorAll('.chart svg')].map(
        (svg) => svg.getBoundingClientRect().width / Number(svg.getAttribute('viewBox')?.split(' ')[2]),
      ),
      fontSize: Number.parseFloat(getComputedStyle(document.querySelector('.chart svg')).fontSize),
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(375);
    for (const scale of layout.scales) expect(scale * layout.fontSize).toBeGreaterThanOrEqual(9);
    await page.close();
  });

  it('prints on A4: nothing wider than the page, and a PDF of a few pages', async () => {
    const { page } = await open(renderReport(await exampleRows(), { by: 'date' }), { width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(794);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    await page.close();
  });
});
