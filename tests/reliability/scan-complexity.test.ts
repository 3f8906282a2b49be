/**
 * Scoring does linear work: the tokenizer's character reads, the word lookups and the phrase-trie probes are
 * counted (tests/reliability/counting.ts) on 1×, 10× and 100× inputs, ordinary and pathological, and each
 * count must grow at most linearly. No timing: counts only.
 */
import { describe, expect, it } from 'vitest';
import { statements } from '../../benchmarks/lib/corpus.mjs';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { resolveScorerOptions } from '../../src/scoring/resolve-options.js';
import { measureScan, type Work } from './counting.js';

const modules = resolveScorerOptions({ packs: ['diplomacy', 'labor', 'corporate'] }).modules;
const lexicon = compileLexicon(modules);
const allTerms = modules
  .filter((m) => !['inflection', 'filler'].includes(m.kind))
  .flatMap((m) => m.entries.map((e) => e.term));
const prose = (statements(40, 7) as string[]).join(' ');
const words = (text: string): string[] => text.split(' ');
const longest = allTerms.reduce((a, b) => (words(b).length > words(a).length ? b : a));

/** Input families: `make(k)` builds the k× input; the 1× unit is given so that 100× reaches the pathological size. */
const FAMILIES: [string, (k: number) => string][] = [
  ['generated statements', (k) => prose.repeat(k)],
  ['100,000 curly quote marks at 100×', (k) => '“'.repeat(1000 * k)],
  ['straight quotes around words', (k) => '"threaten" '.repeat(100 * k)],
  ['1 MB without spaces at 100×', (k) => 'x'.repeat(10_000 * k)],
  ['a lexicon word glued 10,000× at 100×', (k) => 'threaten'.repeat(100 * k)],
  ['hyphen-joined lexicon words', (k) => 'threaten-'.repeat(1000 * k)],
  ['apostrophe-joined letters', (k) => "a'".repeat(5000 * k)],
  ['deeply repeated negators', (k) => `${'not '.repeat(1000 * k)}threaten`],
  ['alternating negators and terms', (k) => 'never not threaten no trade space '.repeat(200 * k)],
  ['intensifiers and hedges piled up', (k) => 'very very extremely may perhaps '.repeat(200 * k)],
  ['every lexicon term in one clause', (k) => allTerms.join(' ').repeat(k)],
  ['every lexicon term, one per clause', (k) => allTerms.join(', ').repeat(k)],
  ['prefixes of the longest term, repeated', (k) => `${words(longest).slice(0, -1).join(' ')} `.repeat(100 * k)],
  ['fillers inside a phrase', (k) => 'no the the trade our space '.repeat(300 * k)],
  ['abbreviation periods', (k) => 'Mr. U.S. J. etc. '.repeat(500 * k)],
  ['sentence marks only', (k) => '. ! ? … — '.repeat(1000 * k)],
  ['lone surrogates and controls', (k) => '\ud800\u0000\udfff\u001b'.repeat(1000 * k)],
];

/**
 * Steps of one trie walk at most: 12 term words, each after up to 2 skipped fillers, and the final miss; each
 * step costs at most two edge probes (the word's own id, then its base lemma's).
 */
const MAX_WALK = 12 * 3 + 1;
const KEYS: (keyof Work)[] = ['chars', 'tokens', 'lookups', 'probes', 'hits'];
// Linear growth: 10× the input may cost at most 10× the work, plus 10% and a constant for edge effects.
const within = (small: number, big: number): boolean => big <= small * 11 + 64;

describe('scoring work grows linearly (1× / 10× / 100×)', () => {
  it.each(FAMILIES)('%s', (_name, make) => {
    const sizes = [1, 10, 100].map((k) => make(k));
    const work = sizes.map((text) => measureScan(lexicon, text));
    for (const key of KEYS) {
      for (let i = 1; i < work.length; i++) {
        const [a, b] = [work[i - 1]?.[key] ?? 0, work[i]?.[key] ?? 0];
        if (b < 0) continue; // characters not counted on texts this long
        expect(within(a, b), `${key}: ${a} → ${b}`).toBe(true);
      }
    }
    for (const [i, w] of work.entries()) {
      const length = sizes[i]?.length ?? 0;
      // The counters really count: every character is read at least once, and at most four times (the
      // tokenizer's pass and look-ahead, and the word lookup comparing a word with a cached form).
      if (w.chars >= 0) {
        expect(w.chars).toBeGreaterThanOrEqual(length);
        expect(w.chars).toBeLessThanOrEqual(4 * length + 4);
      }
      expect(w.lookups).toBe(w.tokens);
      // Each token starts at most one trie walk, bounded by the longest term: a walk starts only where no
      // earlier match covers the token.
      expect(w.probes).toBeLessThanOrEqual(w.tokens * 2 * MAX_WALK);
    }
  });

  it('the probe counter sees the trie walks (a control that must count)', () => {
    const w = measureScan(lexicon, 'There is no trade space there — none.');
    expect(w.hits).toBeGreaterThan(0);
    expect(w.probes).toBeGreaterThanOrEqual(w.hits + 1);
  });

  it('every lexicon term in one text is matched, and the count of hits scales with the copies', () => {
    const one = measureScan(lexicon, allTerms.join(', '));
    const ten = measureScan(lexicon, `${allTerms.join(', ')}, `.repeat(10));
    expect(one.hits).toBeGreaterThan(allTerms.length / 4);
    expect(ten.hits).toBeGreaterThanOrEqual(9 * one.hits);
  });
});
