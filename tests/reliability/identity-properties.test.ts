/**
 * Speaker identity on strings nobody wrote for it: parseSpeaker and resolveSpeakers never throw on a string,
 * and a corpus's ids do not depend on the order of its rows.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseSpeaker, resolveSpeakers } from '../../src/index.js';
import { fuzzTimeout, runs } from './fuzz-runs.js';

vi.setConfig({ testTimeout: fuzzTimeout() });

// Pieces of speaker strings: titles, names, countries, organisation words, determiners, punctuation.
const PIECES = [
  'Foreign Minister',
  'President',
  'Mr.',
  'Ms',
  'Col.',
  'the',
  'a',
  'senior',
  'official',
  'Irena',
  'Ivo',
  'Kovac',
  'Sergei',
  'Sergey',
  'Dragan',
  'Belmark',
  "Belmark's",
  'Ardenia’s',
  'Ardenian',
  'Foreign Ministry',
  'ministry',
  'minister',
  'of',
  'for the Basin',
  ',',
  'von der',
  'Jr.',
  'U.N.',
  'envoy',
];
const speakerString = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join(' ')),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const row = fc.record({
  speaker: fc.option(speakerString, { nil: null }),
  article_id: fc.constantFrom('a1', 'a2', 'a3'),
});

describe('speaker identity properties', () => {
  it('parseSpeaker never throws on a string and gives a name no longer than its input', () => {
    fc.assert(
      fc.property(speakerString, (s) => {
        const p = parseSpeaker(s);
        expect(p.name.length).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: runs(500) },
    );
  });

  it('resolveSpeakers never throws and gives each row one id that does not depend on row order', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), fc.integer({ min: 0, max: 1000 }), (rows, seed) => {
        const forward = resolveSpeakers(rows).rows.map((r) => r.speakerId);
        // The same rows in another order (a seeded rotation and reversal).
        const k = rows.length === 0 ? 0 : seed % rows.length;
        const order = [...rows.keys()]
          .slice(k)
          .concat([...rows.keys()].slice(0, k))
          .reverse();
        const shuffled = resolveSpeakers(order.map((i) => rows[i]!)).rows.map((r) => r.speakerId);
        order.forEach((i, j) => {
          expect(shuffled[j]).toBe(forward[i]);
        });
        rows.forEach((r, i) => {
          expect(forward[i] === null).toBe(r.speaker === null || r.speaker.trim() === '');
        });
      }),
      { numRuns: runs(300) },
    );
  });
});
