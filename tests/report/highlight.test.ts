import { describe, expect, it } from 'vitest';
import { createScorer, type Evidence } from '../../src/index.js';
import { clip, displayName, escapeHtml, shortLabel, signed } from '../../src/report/escape.js';
import { highlight } from '../../src/report/highlight.js';
import { sampleBySpread } from '../../src/report/sample.js';
import { row } from './helpers.js';

const scorer = createScorer();
/** The marks of highlighted HTML: [data-span, marked text]. */
const marks = (html: string): [string, string][] =>
  [...html.matchAll(/<mark class="\w+" data-span="(\d+,\d+)"[^>]*>([^<]*)<\/mark>/g)].map((m) => [
    m[1] as string,
    m[2] as string,
  ]);

describe('escapeHtml, clip, shortLabel, signed', () => {
  it.each([
    ['<b>"x" & \'y\'</b>', '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;'],
    ['&amp;', '&amp;amp;'],
    ['plain', 'plain'],
  ])('escapeHtml(%j)', (input, expected) => expect(escapeHtml(input)).toBe(expected));

  it('clip never splits a surrogate pair and reports the full length', () => {
    expect(clip('ab😀cd', 3)).toEqual({ shown: 'ab', length: 6, cut: true });
    expect(clip('abc', 3)).toEqual({ shown: 'abc', length: 3, cut: false });
  });

  it('shortLabel and displayName cut with an ellipsis', () => {
    expect(shortLabel('Ardenian Foreign Minister Irena Kovac', 20)).toBe('Ardenian Foreign Mi…');
    expect(displayName('x'.repeat(500))).toHaveLength(160);
  });

  it.each([
    [-0.4167, '−0.42'],
    [0.5, '+0.50'],
    [-0.001, '0.00'],
  ])('signed(%d) = %s', (value, text) => expect(signed(value)).toBe(text));
});

describe('highlight: evidence marks match the evidence spans', () => {
  it.each([
    'We reject the ultimatum and warn our neighbours.',
    'There is no trade space there — none.',
    'We welcome the talks, but we will never accept threats.',
    '<b>We</b> "reject" & condemn',
  ])('%s', (text) => {
    const { evidence } = scorer.score(text);
    expect(evidence.length).toBeGreaterThan(0);
    const h = highlight(text, evidence, 0, 600);
    expect(marks(h.html)).toEqual(evidence.map((e) => [`${e.span[0]},${e.span[1]}`, escapeHtml(e.term)]));
    expect(h.html.replace(/<[^>]+>/g, '')).toBe(escapeHtml(text));
    expect(h.unmarked).toEqual([]);
  });

  it('evidence in article offsets is shifted by the statement start; the cue outside the text is unmarked', () => {
    const article = 'Mr. Lavrov warned: “We reject the ultimatum.”';
    const start = article.indexOf('We');
    const text = article.slice(start, -1);
    const content = scorer
      .score(text)
      .evidence.map((e) => ({ ...e, span: [e.span[0] + start, e.span[1] + start] as const }));
    const cue: Evidence = { ...(content[0] as Evidence), term: 'warned', span: [11, 17], dimension: 'threat' };
    const h = highlight(text, [cue, ...content], start, 600);
    expect(marks(h.html)).toEqual(content.map((e) => [`${e.span[0] - start},${e.span[1] - start}`, e.term]));
    expect(marks(h.html)[0]).toEqual(['3,9', 'reject']);
    expect(h.unmarked.map((e) => e.term)).toEqual(['warned']);
  });

  it('a span that does not hold its term is not marked', () => {
    const text = 'We reject it.';
    const [e] = scorer.score(text).evidence as [Evidence];
    const h = highlight(text, [{ ...e, span: [0, 2] }], 0, 600);
    expect(marks(h.html)).toEqual([]);
    expect(h.unmarked).toHaveLength(1);
  });

  it('terms past the display cut are counted, not marked', () => {
    const text = `We reject it. ${'Filler words here. '.repeat(100)}We condemn it.`;
    const h = highlight(text, scorer.score(text).evidence, 0, 100);
    expect(marks(h.html)).toEqual([['3,9', 'reject']]);
    expect(h.pastCut).toBe(1);
    expect(h.cut).toBe(true);
  });
});

describe('sampleBySpread', () => {
  const rows = [-0.9, 0.2, 0.5, -0.1, 0.8, 0, 0.3].map((s) => ({
    ...row('x', ''),
    tone: { score: s, label: 'neutral' as const },
  }));
  const all = rows.map((_, i) => i);

  it('keeps all when there is room', () => expect(sampleBySpread(all, rows, 10)).toEqual(all));
  it('takes the lowest, the highest and evenly spaced ranks between, in input order', () => {
    // by score: 0 (−0.9), 3, 5, 1 (+0.2, the middle rank), 6, 2, 4 (+0.8)
    expect(sampleBySpread(all, rows, 3)).toEqual([0, 1, 4]);
  });
  it('takes none for k = 0', () => expect(sampleBySpread(all, rows, 0)).toEqual([]));
});
