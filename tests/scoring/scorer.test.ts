import { describe, expect, it } from 'vitest';
import { createScorer, DetenteError, explain, InputError, OptionsError } from '../../src/index.js';
import { TEST_MODULES, testScorer } from '../helpers/test-scorer.js';

describe('createScorer options', () => {
  it.each([
    [{ packs: ['nope'] }, 'packs'],
    [{ packs: 'diplomacy' }, 'packs'],
    [{ lexicons: {} }, 'lexicons'],
    [{ thresholds: { label: 2 } }, 'thresholds.label'],
    [{ thresholds: { label: Number.NaN } }, 'thresholds.label'],
    [{ thresholds: { colour: 1 } }, 'thresholds.colour'],
    [{ core: 'yes' }, 'core'],
    [{ lexicon: [] }, 'lexicon'],
  ])('%j throws OptionsError on %s', (options, option) => {
    let caught: unknown;
    try {
      createScorer(options as never);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(OptionsError);
    expect((caught as OptionsError).code).toBe('E_OPTIONS');
    expect((caught as OptionsError).option).toBe(option);
  });

  it('lists its modules in layering order', () => {
    const scorer = createScorer({ packs: ['diplomacy', 'labor'] });
    expect(scorer.modules.at(-2)).toMatch(/^packs\/diplomacy@/);
    expect(scorer.modules.at(-1)).toMatch(/^packs\/labor@/);
    expect(createScorer({ packs: [] }).modules.some((m) => m.startsWith('packs/'))).toBe(false);
  });

  it('extra entries layer last and win for the same term', () => {
    const scorer = testScorer({ extra: [{ term: 'negotiate', dimension: 'hostility', weight: -1 }] });
    expect(scorer.score('We negotiate.').evidence[0]?.source).toBe('extra@0.0.0');
  });
});

describe('independence of scorers', () => {
  it('two scorers with different extras do not leak into each other or into a third', () => {
    const a = testScorer({ extra: [{ term: 'lockout', dimension: 'escalation', weight: -6 }] });
    const b = testScorer({ extra: [{ term: 'handshake', dimension: 'respect', weight: 2 }] });
    const c = testScorer();
    expect(a.score('a lockout and a handshake').evidence.map((e) => e.lemma)).toEqual(['lockout']);
    expect(b.score('a lockout and a handshake').evidence.map((e) => e.lemma)).toEqual(['handshake']);
    expect(c.score('a lockout and a handshake').evidence).toEqual([]);
  });

  it('never mutates a shared module', () => {
    const before = JSON.stringify(TEST_MODULES);
    testScorer({ extra: [{ term: 'negotiate', dimension: 'hostility', weight: -1 }] });
    expect(JSON.stringify(TEST_MODULES)).toBe(before);
  });
});

describe('score input', () => {
  const scorer = testScorer();
  it.each([42, null, undefined, {}, ['text'], Symbol('x')])('throws InputError on %s', (value) => {
    expect(() => scorer.score(value as never)).toThrow(InputError);
    try {
      scorer.score(value as never);
    } catch (err) {
      expect(err).toBeInstanceOf(DetenteError);
      expect((err as DetenteError).code).toBe('E_INPUT');
    }
  });

  it('empty text is 0, neutral, with no evidence', () => {
    expect(scorer.score('')).toEqual({
      score: 0,
      label: 'neutral',
      conciliatory: 0,
      confrontational: 0,
      hits: 0,
      dimensions: {},
      evidence: [],
      tokens: 0,
    });
  });
});

describe('explain', () => {
  it('renders the verdict and each hit with its modifiers', () => {
    const text = explain(testScorer().score('We will never accept it, but we hope.'));
    expect(text.split('\n')[0]).toMatch(/^(confrontational|neutral|conciliatory|mixed) \(score -?\d/);
    expect(text).toContain('"never accept" [8, 20) rejection -4 → -2.3');
    expect(text).toContain('intensifier "will" ×1.15');
    expect(text).toContain('contrast "but" ×0.5');
  });

  it('says when nothing matched', () => {
    expect(explain(testScorer().score('The weather is mild.'))).toContain('no lexicon terms matched');
  });
});
