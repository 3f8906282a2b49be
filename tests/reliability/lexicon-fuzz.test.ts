/**
 * Lexicon loading on generated input: junk values, junk modules with prototype-named keys, and well-formed
 * modules with random terms. `validateModule` and `createScorer` either succeed or throw a typed error; a
 * scorer built from any accepted module scores any string; no built-in prototype changes.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Scorer } from '../../src/index.js';
import { createScorer, DIMENSIONS, LexiconError, OptionsError, poleOf, validateModule } from '../../src/index.js';
import { fuzzTimeout, runs } from './fuzz-runs.js';
import { guardPrototypes } from './prototype-guard.js';

vi.setConfig({ testTimeout: fuzzTimeout() });

const changes = guardPrototypes();
afterAll(() => expect(changes()).toEqual([]));

const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'id',
  'kind',
  'entries',
  'term',
  'weight',
  'dimension',
  'version',
  'language',
];
const KINDS = [
  'tone',
  'negator',
  'intensifier',
  'hedge',
  'contrast',
  'conditional',
  'inflection',
  'speech-verb',
  'title',
  'word-class',
  'filler',
  'constructor',
];
const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 }));
const leaf = fc.oneof(
  fc.constantFrom(...HOSTILE_KEYS, ...KINDS, ...DIMENSIONS, '1.0.0', 'en'),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -12, max: 12 }),
  fc.boolean(),
  fc.constant(null),
);
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(key, tie('tree'), { maxKeys: 5 }),
  ),
}));
/** Module-shaped junk: a plausible envelope with each field sometimes replaced by junk. */
const junkModule = fc
  .record(
    {
      id: fc.oneof(fc.constant('junk'), tree),
      version: fc.oneof(fc.constant('1.0.0'), tree),
      language: fc.oneof(fc.constant('en'), tree),
      kind: fc.oneof(fc.constantFrom(...KINDS), tree),
      entries: fc.oneof(fc.array(fc.oneof(tree, fc.dictionary(key, leaf, { maxKeys: 6 })), { maxLength: 6 }), tree),
    },
    { requiredKeys: [] },
  )
  .chain((m) => fc.dictionary(key, tree, { maxKeys: 2 }).map((extra) => ({ ...m, ...extra })));
/** JSON text of junk, parsed the way a user loads a file (JSON.parse makes `__proto__` an own key). */
const junkJson = fc.oneof(tree, junkModule).map((v) => JSON.parse(JSON.stringify(v) ?? 'null'));

const typed = (err: unknown): boolean => err instanceof LexiconError || err instanceof OptionsError;

describe('lexicon loading on generated junk', () => {
  it('validateModule returns a frozen module or throws LexiconError', () => {
    fc.assert(
      fc.property(fc.oneof(tree, junkModule, junkJson, fc.anything()), (value) => {
        try {
          expect(Object.isFrozen(validateModule(value))).toBe(true);
        } catch (err) {
          expect(err, String(err)).toBeInstanceOf(LexiconError);
        }
      }),
      { numRuns: runs(1000) },
    );
    expect(changes()).toEqual([]);
  });

  it('createScorer({ lexicons, extra, thresholds }) on junk builds a working scorer or throws a typed error', () => {
    fc.assert(
      fc.property(
        junkModule,
        fc.oneof(fc.constant(undefined), fc.array(tree, { maxLength: 3 })),
        fc.oneof(fc.constant(undefined), tree),
        fc.string({ maxLength: 80 }),
        (mod, extra, thresholds, text) => {
          let scorer: Scorer;
          try {
            scorer = createScorer({
              core: false,
              packs: [],
              lexicons: [mod as never],
              ...(extra === undefined ? {} : { extra: extra as never }),
              ...(thresholds === undefined ? {} : { thresholds: thresholds as never }),
            });
          } catch (err) {
            expect(typed(err), String(err)).toBe(true);
            return;
          }
          const r = scorer.score(text);
          expect(Math.abs(r.score)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: runs(500) },
    );
  });
});

// Well-formed modules whose terms are random strings (prototype names, punctuation, unicode): they load or are
// rejected for the term's shape, and an accepted module scores any text within bounds, spans slicing back.
const termWord = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'prototype',
    "n't",
    "'s",
    'de-escalate',
    'U.S.',
    '“no”',
    'İstanbul',
  ),
  fc.string({ minLength: 1, maxLength: 10 }),
);
const term = fc.array(termWord, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const toneEntry = fc
  .record({ term, dimension: fc.constantFrom(...DIMENSIONS), weight: fc.double({ min: 0.1, max: 10, noNaN: true }) })
  .map((e) => ({ ...e, weight: e.weight * (poleOf(e.dimension) ?? 1) }));

describe('well-formed modules with random terms', () => {
  it('load or fail with a LexiconError on the term; accepted ones score any text', () => {
    fc.assert(
      fc.property(
        fc.array(toneEntry, { minLength: 1, maxLength: 8 }),
        fc.array(termWord, { maxLength: 12 }),
        (entries, words) => {
          let scorer: Scorer;
          try {
            scorer = createScorer({
              core: false,
              packs: [],
              lexicons: [{ id: 'random', version: '1.0.0', language: 'en', kind: 'tone', entries } as never],
            });
          } catch (err) {
            expect(err).toBeInstanceOf(LexiconError);
            expect((err as LexiconError).field).toBe('term');
            return;
          }
          const text = [...words, ...entries.map((e) => e.term)].join(' ');
          const r = scorer.score(text);
          expect(Math.abs(r.score)).toBeLessThanOrEqual(1);
          for (const e of r.evidence) expect(text.slice(e.span[0], e.span[1])).toBe(e.term);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
