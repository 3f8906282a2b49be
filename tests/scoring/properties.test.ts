import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/index.js';
import { wordyText } from '../helpers/arbitraries.js';
import { testScorer } from '../helpers/test-scorer.js';

// FUZZ_RUNS raises the number of generated cases locally (CI keeps the default bounded).
const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
const scorers = [testScorer(), createScorer()];

// Text built from lexicon-ish words, function words and punctuation, so properties are checked on texts
// with hits and modifiers, not only on random noise.
const wordy = wordyText({ maxLength: 60 });
const anyText = fc.oneof(
  wordy,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

describe.each(scorers.map((s, i) => [i === 0 ? 'test lexicon' : 'real lexicons', s] as const))(
  'properties (%s)',
  (_name, scorer) => {
    it('never throws on a string; score in [-1, 1]; label matches the sign', () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const r = scorer.score(text);
          expect(r.score).toBeGreaterThanOrEqual(-1);
          expect(r.score).toBeLessThanOrEqual(1);
          expect(Number.isFinite(r.score)).toBe(true);
          if (r.label === 'conciliatory') expect(r.score).toBeGreaterThan(0);
          if (r.label === 'confrontational') expect(r.score).toBeLessThan(0);
          expect(r.conciliatory).toBeGreaterThanOrEqual(0);
          expect(r.confrontational).toBeGreaterThanOrEqual(0);
        }),
        { numRuns },
      );
    });

    it('is deterministic, across calls and across scorer instances', () => {
      const other = createScorer();
      fc.assert(
        fc.property(anyText, (text) => {
          const a = scorer.score(text);
          scorer.score('They threatened us, but we negotiate.');
          expect(scorer.score(text)).toEqual(a);
          if (scorer.modules.length === other.modules.length) expect(other.score(text)).toEqual(a);
        }),
        { numRuns },
      );
    });

    it('evidence spans lie inside the input, in order, and slice back to the matched text', () => {
      fc.assert(
        fc.property(anyText, (text) => {
          let previousEnd = 0;
          for (const e of scorer.score(text).evidence) {
            expect(e.span[0]).toBeGreaterThanOrEqual(previousEnd);
            expect(e.span[1]).toBeLessThanOrEqual(text.length);
            expect(e.span[0]).toBeLessThan(e.span[1]);
            expect(text.slice(e.span[0], e.span[1])).toBe(e.term);
            previousEnd = e.span[1];
          }
        }),
        { numRuns },
      );
    });

    it('hits count the evidence with a non-zero weight', () => {
      fc.assert(
        fc.property(wordy, (text) => {
          const r = scorer.score(text);
          expect(r.hits).toBe(r.evidence.filter((e) => e.weight !== 0).length);
        }),
        { numRuns },
      );
    });
  },
);

describe('total on hostile text', () => {
  const scorer = createScorer();
  it.each([
    ['a megabyte without spaces', 'x'.repeat(1 << 20)],
    ['a megabyte of words', 'We will not negotiate. '.repeat(45_000)],
    ['unbalanced quotes', `${'“'.repeat(10_000)}threaten${'”'.repeat(3)}`],
    ['repeated negators', `${'not '.repeat(50_000)}threaten`],
    ['control characters', '\u0000\u0001\u0002threaten\u001b[31m'],
    ['lone surrogates', '\ud800threaten\udc00 \udfff'],
  ])('%s', (_name, text) => {
    const r = scorer.score(text);
    expect(r.score).toBeGreaterThanOrEqual(-1);
    expect(r.score).toBeLessThanOrEqual(1);
  });
});
