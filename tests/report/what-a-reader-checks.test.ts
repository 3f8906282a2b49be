/**
 * What a new user checked in a report of their own (the "new user trial"): each statement with its cue and
 * source, dates as dates, speakers with one statement kept off the top of the speaker chart, one colour per
 * side, sections numbered without a gap, and "1 statement" in the singular.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/attribution/index.js';
import { type ReportRow, renderReport } from '../../src/report/index.js';
import { row } from './helpers.js';

/** The visible text of a page: tags and attribute values dropped, entities left as they are. */
const visible = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ');

describe('each listed statement shows its cue, what the cue did, and where it comes from', () => {
  const article =
    'Defence Minister Ilse Varga warned that Valdoria would close the border. ' +
    'Petra Sokol rejected the offer of talks. “We are ready to talk,” Oskar Lindqvist said.';
  const rows = analyzeArticle(article, {
    metadata: { article_id: 'https://wire.example/a1', outlet: 'Northern Wire', date: '2026-03-02T08:15:00Z' },
  }).statements as unknown as ReportRow[];
  const html = renderReport(rows, { by: 'date', minStatements: 1 });

  it('marks a cue that carried tone and says what it added', () => {
    expect(rows.some((r) => r.cue === 'warned')).toBe(true);
    expect(html).toMatch(/cue: <mark class="conf" title="threat −\d(\.\d)?">warned<\/mark>/);
    expect(html).toContain('the cue itself carries threat');
    // The cue's hit is said once, on the cue line, not again among the terms "also scored".
    expect(html).not.toMatch(/also scored: warned/);
  });

  it('says when a cue reversed the words it governs, and when it carried no tone', () => {
    // "rejected" is the scorer's rejection hit and an operator: it carries its own tone and reverses the offer.
    expect(html).toMatch(
      /cue: <mark class="conf" title="rejection −4\.0">rejected<\/mark> <span class="dim">— the cue itself carries rejection −4\.0, counted in the score, and reverses the tone of what it governs \(the marks show the tone after the reversal\)/,
    );
    expect(html).toContain('cue: said <span class="dim">(no tone of its own)</span>');
  });

  it('reads a cue’s effect from the cue_tone column of a file', () => {
    const fromFile = renderReport(
      [
        row('Varga', 'Valdoria would close the border', { cue: 'warned', cue_tone: 'threat:-4' }),
        row('Sokol', 'the offer of talks', { cue: 'contested', cue_tone: 'reverses' }),
      ],
      { minStatements: 1 },
    );
    expect(fromFile).toMatch(/cue: <mark class="conf" title="threat −4\.0">warned<\/mark>/);
    expect(fromFile).toContain('the marks show the words’ own tone; the score counts them reversed');
    // A cue that does both (the scorer's "reject": a rejection hit that also reverses the act it governs).
    const both = renderReport(
      [row('Sokol', 'calls for talks', { cue: 'dismissed', cue_tone: 'rejection:-4 reverses' })],
      { minStatements: 1 },
    );
    expect(both).toMatch(/cue: <mark class="conf" title="rejection −4\.0">dismissed<\/mark>/);
    expect(both).toContain('the marks show the words’ own tone; the score counts them reversed');
  });

  it('shows the source of each statement: outlet and article, so an editor can check it', () => {
    expect(html).toContain(
      'source: <span class="src" title="outlet">Northern Wire</span> · <span class="src" title="article_id">https://wire.example/a1</span>',
    );
    const chosen = renderReport(rows, { source: ['outlet'], minStatements: 1 });
    expect(chosen).not.toContain('title="article_id"');
    expect(renderReport(rows, { source: [], minStatements: 1 })).not.toContain('class="source"');
  });

  it('shows dates as dates, never as the timestamps or week keys the rows hold', () => {
    expect(visible(html)).toContain('2 Mar 2026');
    expect(visible(html)).not.toContain('2026-03-02T08:15:00Z');
    const weekly = renderReport(rows, { by: 'date', bin: 'week', minStatements: 1 });
    expect(visible(weekly)).not.toMatch(/2026-W\d\d/);
    expect(visible(weekly)).toContain('week of 2 Mar 2026');
  });
});

describe('the speaker chart draws speakers with enough statements and lists the others', () => {
  const rows = [
    row('Petrova', 'We welcome the talks and are ready to continue the dialogue.'),
    ...Array.from({ length: 4 }, () => row('Lindqvist', 'We reject the ultimatum.')),
    ...Array.from({ length: 3 }, (_, i) => row('Osei', i === 0 ? 'We welcome this.' : 'We reject this.')),
  ];

  it('keeps a one-statement speaker off the chart, says the minimum, and links them below it', () => {
    const html = renderReport(rows);
    const chart = html.slice(html.indexOf('<section id="speakers">'), html.indexOf('</section>'));
    const bars = [...chart.matchAll(/aria-description="speaker means"[\s\S]*?<\/g>/g)][0]?.[0] ?? '';
    expect(bars.match(/<rect/g)).toHaveLength(2);
    expect(chart).toContain('Speakers with at least 3 statements are drawn');
    expect(chart).toMatch(
      /Fewer than 3 statements, not drawn[^<]*<a href="#sp-\d+">Petrova<\/a> \(1 statement, mean \+0\.\d\d\)/,
    );
    expect(renderReport(rows, { minStatements: 1 })).not.toContain('Fewer than');
  });
});

describe('sides keep one colour across the page', () => {
  const rows = ['2026-03-02', '2026-03-09', '2026-03-16'].flatMap((date) => [
    row('Kovac', 'We reject the ultimatum.', { side: 'Ardenia', date }),
    row('Dragan', 'We warn them.', { side: 'Ardenia', date }),
    row('Lund', 'We welcome the talks.', { side: 'Belmark', date }),
    row('Osei', 'We are ready to talk.', { side: 'mediator', date }),
  ]);
  const html = renderReport(rows, { by: 'date', bin: 'week', side: 'side', minStatements: 1 });
  const legends = [...html.matchAll(/<ul class="legend">([\s\S]*?)<\/ul>/g)].map((m) => m[1] as string);
  const entries = (legend: string) =>
    new Map(
      [
        ...legend.matchAll(
          /stroke="(#[0-9a-f]{6})" stroke-width="3" stroke-dasharray="([^"]+)"\/><\/svg>([^<]+)<\/li>/g,
        ),
      ].map((m) => [m[3], { colour: m[1], style: m[2] }]),
    );

  it('draws each speaker in their side’s colour, told apart within a side by the dash', () => {
    const [bySide, bySpeaker] = [entries(legends[0] ?? ''), entries(legends[1] ?? '')];
    expect([...bySide.keys()].sort()).toEqual(['Ardenia', 'Belmark', 'mediator']);
    for (const [speaker, side] of [
      ['Kovac', 'Ardenia'],
      ['Dragan', 'Ardenia'],
      ['Lund', 'Belmark'],
      ['Osei', 'mediator'],
    ] as const)
      expect(bySpeaker.get(speaker)?.colour).toBe(bySide.get(side)?.colour);
    expect(bySpeaker.get('Kovac')?.style).not.toBe(bySpeaker.get('Dragan')?.style);
    expect(new Set([...bySide.values()].map((e) => e.colour)).size).toBe(3);
  });
});

describe('sections and counts read right', () => {
  it('numbers the sections without a gap when one is left out', () => {
    const html = renderReport([row('Petrova', 'We reject it.'), row('Petrova', 'We welcome it.')], {
      minStatements: 1,
    });
    const headings = [...html.matchAll(/<h2>(\d+)\. /g)].map((m) => Number(m[1]));
    expect(headings).toEqual([1, 2, 3]);
  });

  it('says 1 statement, 1 speaker, 1 point: never "1 statements"', () => {
    const html = renderReport(
      [row('Petrova', 'We reject it.', { date: '2026-03-02' }), row(null, 'We welcome it.', { date: '2026-03-09' })],
      { by: 'date', minStatements: 1 },
    );
    expect(html).not.toMatch(/\b1 (statements|speakers|groups|points|weeks|days|others?) (are|were)?/);
    expect(html).not.toMatch(/\b1 (statements|speakers|groups|points)\b/);
    expect(html).toContain('<li>1 statement without a speaker</li>');
  });

  it('says what the data is: statements, speakers, articles and the dates they span', () => {
    const html = renderReport(
      [
        row('Petrova', 'We reject it.', { article_id: 'a1', date: '2026-03-02T10:00:00Z' }),
        row('Lund', 'We welcome it.', { article_id: 'a2', date: '2026-04-03' }),
      ],
      { by: 'date', subtitle: 'Statements extracted from articles.csv' },
    );
    expect(html).toContain('<p class="subtitle">Statements extracted from articles.csv</p>');
    expect(html).toContain('<li>2 articles</li><li>2 Mar 2026 to 3 Apr 2026</li>');
  });
});
