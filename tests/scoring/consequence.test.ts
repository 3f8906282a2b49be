/**
 * The `consequence` constraint (lexicon/constraint.ts, scoring/scan.ts) on the frozen test lexicons plus one small
 * module: a term that counts only in the consequence of a condition — its sentence states one, and the term is
 * not inside it. Checked once the sentence has been read, so the consequence may come first ("we will respond if
 * they attack").
 */
import { describe, expect, it } from 'vitest';
import { createScorer, explain, LexiconError, type LexiconModule, validateModule } from '../../src/index.js';
import { TEST_MODULES } from '../helpers/test-scorer.js';

const responses: LexiconModule<'tone'> = {
  id: 'test/responses',
  version: '1.0.0',
  language: 'en',
  kind: 'tone',
  entries: [{ term: 'will respond', dimension: 'threat', weight: -4.4, when: { consequence: true } }],
};
const otherwise: LexiconModule<'conditional'> = {
  id: 'test/otherwise',
  version: '1.0.0',
  language: 'en',
  kind: 'conditional',
  entries: [{ term: 'or else', opens: 'consequence' }],
};
const scorer = createScorer({ core: false, packs: [], lexicons: [...TEST_MODULES, otherwise, responses] });
const responded = (text: string) => scorer.score(text).evidence.filter((e) => e.lemma === 'will respond');

describe('a term in the consequence of a condition', () => {
  it.each([
    ['If they cross the border, we will respond.'],
    ['We will respond if they cross the border.'],
    ['Unless the ships turn back, we will respond.'],
    ['Turn the ships back, or else we will respond.'],
    ['In the event that talks fail, we will respond.'],
  ])('counts in "%s"', (text) => {
    const [hit] = responded(text);
    expect(hit?.weight).toBe(-4.4);
    expect(hit?.when).toEqual({ consequence: true });
  });

  it.each([
    ['We will respond to the letter on Monday.'],
    ['If they will respond, we can meet.'], // inside the condition, not its consequence
    ['If they cross the border. We will respond.'], // the condition is another sentence
  ])('does not count in "%s"', (text) => {
    expect(responded(text)).toEqual([]);
  });

  it('keeps the other hits of its sentence, in text order, and explain() says where it stood', () => {
    const result = scorer.score('We will respond if they threaten us.');
    expect(result.evidence.map((e) => e.lemma)).toEqual(['will respond', 'threaten']);
    expect(explain(result)).toContain('"will respond" [3, 15) threat -4.4 · in the consequence of a condition');
  });

  it('needs a condition marker: a hedge such as "if need be" is not one (a known limit)', () => {
    expect(responded('We will respond, if need be, at a time of our choosing.')).toEqual([]);
  });

  it('is checked per sentence, each on its own', () => {
    const hits = responded('We will respond to the letter. If they attack, we will respond.');
    expect(hits.map((e) => e.sentence)).toEqual([1]);
  });
});

describe('validation of the constraint', () => {
  const base = { id: 'x', version: '1.0.0', language: 'en', kind: 'tone' };
  it('accepts consequence: true and refuses anything else, naming the field', () => {
    expect(() =>
      validateModule({
        ...base,
        entries: [{ term: 'act', dimension: 'threat', weight: -3, when: { consequence: true } }],
      }),
    ).not.toThrow();
    const bad = () =>
      validateModule({
        ...base,
        entries: [{ term: 'act', dimension: 'threat', weight: -3, when: { consequence: false } }],
      });
    expect(bad).toThrow(LexiconError);
    expect(bad).toThrow(/"when.consequence" can only be true, got false/);
  });

  it('refuses an unknown "opens" on a conditional', () => {
    expect(() => validateModule({ ...base, kind: 'conditional', entries: [{ term: 'if', opens: 'clause' }] })).toThrow(
      LexiconError,
    );
  });
});
