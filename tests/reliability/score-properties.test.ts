/**
 * Scoring properties beyond tests/scoring/properties.test.ts: a neutral sentence never flips a label; results
 * survive the word cache being reset; spans stay true when lower-casing changes the text's length; the same
 * texts score identically in worker threads (see worker-determinism.test.ts for the threads).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { statements } from '../../benchmarks/lib/corpus.mjs';
import { createScorer, explain } from '../../src/index.js';
import { MAX_CACHED } from '../../src/scoring/word-lookup.js';
import { SEPARATORS, TONE_WORDS, wordyText } from '../helpers/arbitraries.js';
import { fuzzTimeout, runs } from './fuzz-runs.js';

vi.setConfig({ testTimeout: fuzzTimeout() });

const scorer = createScorer({ packs: ['diplomacy', 'labor', 'corporate'] });
const wordy = wordyText({ minLength: 1, maxLength: 50 });
const corpus = statements(200, 11) as string[];
const text = fc.oneof(
  wordy,
  fc.constantFrom(...corpus),
  fc.tuple(fc.constantFrom(...corpus), wordy).map(([a, b]) => `${a} ${b}`),
);

// Neutral sentences: words no lexicon uses, so a sentence built from them has no evidence (checked, not assumed).
const NEUTRAL_WORDS = [
  'the',
  'meeting',
  'took',
  'place',
  'in',
  'Geneva',
  'on',
  'Friday',
  'morning',
  'delegates',
  'arrived',
  'by',
  'car',
  'weather',
  'was',
  'mild',
  'hall',
  'has',
  'tall',
  'windows',
  'and',
  'a',
  'long',
  'table',
  'lunch',
  'served',
];
const neutral = fc
  .array(fc.constantFrom(...NEUTRAL_WORDS), { minLength: 2, maxLength: 14 })
  .map((w) => `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`)
  .filter((s) => scorer.score(s).evidence.length === 0);
const POLES = new Set(['conciliatory', 'confrontational']);

describe('a neutral sentence does not flip a label', () => {
  it('before or after the text, on its own line: no pole flip, no sign flip, |score| does not grow, same evidence', () => {
    fc.assert(
      fc.property(text, neutral, fc.boolean(), (t, n, before) => {
        const a = scorer.score(t);
        const joined = before ? `${n}\n${t}` : `${t}\n${n}`;
        const b = scorer.score(joined);
        if (POLES.has(a.label) && POLES.has(b.label)) expect(b.label).toBe(a.label);
        expect(Math.sign(b.score) === 0 || Math.sign(b.score) === Math.sign(a.score)).toBe(true);
        expect(Math.abs(b.score)).toBeLessThanOrEqual(Math.abs(a.score) + 1e-4);
        expect(b.evidence.map((e) => [e.lemma, e.weight])).toEqual(a.evidence.map((e) => [e.lemma, e.weight]));
        // A pole label may fade to neutral with dilution, but never to the other pole or to mixed.
        if (POLES.has(a.label)) expect([a.label, 'neutral']).toContain(b.label);
      }),
      { numRuns: runs(400) },
    );
  });

  it('ten neutral sentences keep a confrontational statement confrontational (the DESIGN example)', () => {
    const one = 'We will respond with a severe and coordinated economic response.';
    const tenNeutral = fc.sample(neutral, { numRuns: 10, seed: 3 }).join(' ');
    expect(scorer.score(one).label).toBe('confrontational');
    expect(scorer.score(`${tenNeutral}\n${one}`).label).toBe('confrontational');
  });
});

describe('the word cache', () => {
  it(`results are unchanged after the cache of learned forms is reset (> ${MAX_CACHED} distinct forms)`, () => {
    const local = createScorer();
    const samples = [...corpus.slice(0, 50), ...fc.sample(wordy, { numRuns: 100, seed: 5 })];
    const before = samples.map((s) => local.score(s));
    const flood = Array.from({ length: MAX_CACHED + 5_000 }, (_, i) => `zq${i.toString(36)}ing`).join(' ');
    local.score(flood);
    local.score(flood);
    expect(samples.map((s) => local.score(s))).toEqual(before);
  });
});

describe('spans when lower-casing changes the length', () => {
  // "İ" lower-cases to two code units; the tokenizer then lower-cases per token, and offsets must stay exact.
  const odd = fc.constantFrom('İ', 'İstanbul', 'ǅ', 'ΐ', 'ß', 'ﬁ', '\u0130\u0130');
  it('every evidence span slices back to its term', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...TONE_WORDS), fc.constantFrom(...SEPARATORS), odd), { maxLength: 40 }),
        (parts) => {
          const t = parts.join(' ');
          for (const e of scorer.score(t).evidence) {
            expect(t.slice(e.span[0], e.span[1])).toBe(e.term);
            expect(e.span[1]).toBeLessThanOrEqual(t.length);
          }
        },
      ),
      { numRuns: runs(400) },
    );
  });
});

describe('explain', () => {
  it('never throws on a result and names every evidence term', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 120 })), (t) => {
        const r = scorer.score(t);
        const out = explain(r);
        expect(typeof out).toBe('string');
        for (const e of r.evidence) expect(out).toContain(JSON.stringify(e.term));
      }),
      { numRuns: runs(300) },
    );
  });
});
