import { beforeAll, describe, expect, it } from 'vitest';
import { InputError, OptionsError } from '../../src/index.js';
import { type ReportRow, renderReport } from '../../src/report/index.js';
import { exampleRows, HOSTILE, hostileRows, row } from './helpers.js';
import { REPORT_ELEMENTS, startTags } from './tags.js';

/** Every `href` value of the page. */
const hrefs = (html: string): string[] => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] as string);
/** Every `id` value of the page. */
const ids = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] as string));

describe('renderReport: the example statements', () => {
  let rows: ReportRow[];
  let html: string;
  beforeAll(async () => {
    rows = await exampleRows();
    html = renderReport(rows, { title: 'Example', by: 'date' });
  });

  it('is one HTML page with a policy that forbids scripts and network, and four charts with text alternatives', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;`);
    const svgs = [...html.matchAll(/<svg\b[^>]*>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(4);
    for (const svg of svgs) {
      expect(svg).toMatch(/ role="img"/);
      expect(svg).toMatch(/ aria-label="[^"]{20,}"/);
    }
    expect([...html.matchAll(/<svg\b[^>]*><title>[^<]+<\/title>/g)]).toHaveLength(4);
  });

  it('counts every statement and speaker in its header', () => {
    const speakers = new Set(rows.map((r) => r.speaker)).size;
    expect(html).toContain(`<li>${rows.length} statements</li>`);
    expect(html).toContain(`<li>${speakers} speakers</li>`);
    expect(html).toContain('<li>2 periods by date (day)</li>');
  });

  it('loads nothing: no script, no src, no url(), and every link is an anchor in the page', () => {
    expect(html).not.toMatch(/<script|\ssrc=|url\(|@import|<link|<iframe|<object|<embed/i);
    const links = hrefs(html);
    expect(links.length).toBeGreaterThan(0);
    const targets = ids(html);
    for (const href of links) {
      expect(href.startsWith('#')).toBe(true);
      expect(targets.has(href.slice(1))).toBe(true);
    }
  });

  it('is deterministic: the same rows and options give the same bytes', () => {
    expect(renderReport(rows, { title: 'Example', by: 'date' })).toBe(html);
  });

  it('without a group field draws charts 1 and 4 only', () => {
    const plain = renderReport(rows);
    expect([...plain.matchAll(/<svg\b/g)]).toHaveLength(2);
    expect(plain).not.toContain('id="over-time"');
  });
});

describe('renderReport: untrusted text', () => {
  const html = renderReport(hostileRows(), { title: '<script>alert("title")</script>', by: 'date' });

  it.each(HOSTILE.filter((p) => p.includes('<')))('%s never appears raw: its < is escaped', (payload) => {
    expect(html).not.toContain(payload);
    expect(html).toContain(
      payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    );
  });

  it('has only the elements a report is made of, no event handler, no source, and links only within the page', () => {
    const tags = startTags(html);
    expect(tags.length).toBeGreaterThan(100);
    expect(tags.map((t) => t.name).filter((n) => !REPORT_ELEMENTS.has(n))).toEqual([]);
    const attributes = tags.flatMap((t) => [...t.attributes.keys()]);
    expect(attributes.filter((a) => a.startsWith('on') || a === 'src' || a === 'srcdoc' || a === 'autofocus')).toEqual(
      [],
    );
    for (const t of tags) {
      const href = t.attributes.get('href');
      if (href !== undefined) expect(href).toMatch(/^#[a-z]+-[\d-]+$/);
    }
  });

  it('the check can fail: a raw tag and handler are found', () => {
    const tags = startTags('<p>x</p><img src=x onerror="alert(1)"><a href="javascript:x">');
    expect(tags.map((t) => t.name)).toEqual(['p', 'img', 'a']);
    expect(tags[1]?.attributes.get('onerror')).toBe('alert(1)');
  });
});

describe('renderReport: size and counts', () => {
  const megabyte = `We reject the ultimatum. ${'The talks went on. '.repeat(60_000)}`.slice(0, 1 << 20);

  it('a 1 MB statement is cut for display, its length stated, and counted', () => {
    const small = renderReport([row('Petrova', 'We reject the ultimatum.'), row('Lindqvist', 'We welcome the talks.')]);
    const big = renderReport([row('Petrova', megabyte), row('Lindqvist', 'We welcome the talks.')]);
    expect(big.length - small.length).toBeLessThan(8_000);
    expect(big).toContain('cut for display: the first 600 of 1,048,576 characters');
    expect(big).toContain('<li>2 statements</li>');
    expect(big).toMatch(/1 listed statement longer than 600 characters is cut for display/);
    expect(big).toMatch(/[\d,]+ more evidence terms in the part not shown/);
  });

  it('a 100 KB speaker name is cut to 22 characters on the axes and 160 elsewhere', () => {
    const name = `Minister ${'Very '.repeat(20_000)}Long`;
    const html = renderReport([row(name, 'We reject the ultimatum.'), row('Lindqvist', 'We welcome the talks.')]);
    expect(html.length).toBeLessThan(60_000);
    expect(html).toContain('>Minister Very Very Ve…<');
    expect(html).toContain(`>${name.slice(0, 159)}…<`);
  });

  it('lists a sample and says how many statements it stands for', () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      row('Petrova', i % 2 === 0 ? 'We reject this.' : 'We welcome this.'),
    );
    const html = renderReport(rows, { sample: 5 });
    expect(html).toContain('5 of 50 statements, spread over the range of their scores');
    expect([...html.matchAll(/<li class="statement"/g)].length).toBeLessThanOrEqual(5 + 2 * 5);
    expect(html).toContain('<li>50 statements</li>');
  });

  it('counts statements without a speaker and rows the caller could not read', () => {
    const html = renderReport([row(null, 'We reject this.'), row('Petrova', 'We welcome this.')], { unreadable: 3 });
    expect(html).toContain('<li>1 statement without a speaker</li>');
    expect(html).toContain('<li>3 rows could not be read</li>');
    expect(html).toContain('Rows: 5 read = 2 in this report + 3 that could not be read.');
  });

  it('an empty input is a report that says so', () => {
    const html = renderReport([]);
    expect(html).toContain('No statements to report.');
    expect(html).toContain('<li>0 statements</li>');
  });
});

describe('renderReport: mistakes', () => {
  const rows = [row('Petrova', 'We reject this.', { date: 'a' }), row('Petrova', 'We welcome this.', { date: 'b' })];

  it.each([
    [{ top: -1 }, 'top'],
    [{ top: 1.5 }, 'top'],
    [{ title: '' }, 'title'],
    [{ compare: ['a'] }, 'compare'],
    [{ compare: ['a', 'b'] }, 'compare'],
    [{ maxChars: 5 }, 'maxChars'],
    [{ by: 7 }, 'by'],
  ])('%j is an OptionsError naming %s', (options, option) => {
    expect(() => renderReport(rows, options as never)).toThrow(OptionsError);
    try {
      renderReport(rows, options as never);
    } catch (err) {
      expect((err as OptionsError).option).toBe(option);
    }
  });

  it('a compared group without statements is an OptionsError', () => {
    expect(() => renderReport(rows, { by: 'date', compare: ['a', 'zzz'] })).toThrow(/group "zzz" has no statements/);
  });

  it('rows that are not scored statements are an InputError', () => {
    expect(() => renderReport(null as never)).toThrow(InputError);
    expect(() => renderReport([{ speaker: 'x', tone: { score: 'high', label: 'neutral' } }] as never)).toThrow(
      InputError,
    );
  });
});
