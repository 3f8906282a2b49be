/**
 * Operators whose object is their topic (`topic`, scoring/reversal.ts `namedNotDone`) and the boundaries that end
 * an operator's reach, on the frozen test lexicons plus a small module: "concerned by the ultimatum" does not make
 * the ultimatum the speaker's threat.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, explain, type LexiconModule } from '../../src/index.js';
import { TEST_MODULES } from '../helpers/test-scorer.js';

const tone: LexiconModule<'tone'> = {
  id: 'test/topic',
  version: '1.0.0',
  language: 'en',
  kind: 'tone',
  entries: [
    { term: 'concerned', dimension: 'pessimism', weight: -1, pos: 'adj', reverses: 'after', topic: true },
    { term: 'ultimatum', dimension: 'threat', weight: -7 },
    { term: 'blockade', dimension: 'escalation', weight: -5 },
    { term: 'aggression', dimension: 'accusation', weight: -2 },
    { term: 'talks', dimension: 'dialogue', weight: 2 },
    { term: 'restraint', dimension: 'deescalation', weight: 5 },
  ],
};
const boundaries: LexiconModule<'boundary'> = {
  id: 'test/boundaries',
  version: '1.0.0',
  language: 'en',
  kind: 'boundary',
  entries: [{ term: 'and' }],
};
const scorer = createScorer({ core: false, packs: [], lexicons: [...TEST_MODULES, boundaries, tone] });
const hit = (text: string, lemma: string) => scorer.score(text).evidence.find((e) => e.lemma === lemma);

describe('an operator whose object is its topic', () => {
  it('names a confrontational act without doing it: weight 0, modifier topic', () => {
    const ultimatum = hit('The envoy was concerned by the ultimatum.', 'ultimatum');
    expect(ultimatum?.weight).toBe(0);
    expect(ultimatum?.modifiers).toEqual([{ type: 'topic', term: 'concerned', factor: 0 }]);
    expect(hit('We are concerned about the blockade.', 'blockade')?.weight).toBe(0);
    expect(explain(scorer.score('We are concerned by the ultimatum.'))).toContain('topic "concerned" ×0');
  });

  it('keeps an accusation: the words of the disapproval are the speaker’s own', () => {
    expect(hit('We are concerned by the aggression.', 'aggression')?.weight).toBe(-2);
  });

  it('opposes a conciliatory act (half weight, opposite pole)', () => {
    const talks = hit('We are concerned about the talks.', 'talks');
    expect(talks?.weight).toBe(-1);
    expect(talks?.dimension).toBe('rejection');
  });

  it('reaches eight tokens in its clause, not nine, and not past a comma', () => {
    // concerned | 1 what 2 they 3 said 4 of 5 the 6 new 7 ultimatum: the ultimatum starts 7 tokens after
    expect(hit('We are concerned by what they said of the new ultimatum.', 'ultimatum')?.weight).toBe(0);
    const far = hit('We are concerned by what they said of the old new final ultimatum.', 'ultimatum');
    expect(far?.weight).toBe(-7);
    expect(hit('We are concerned, but the ultimatum stands.', 'ultimatum')?.modifiers.map((m) => m.type)).not.toContain(
      'topic',
    );
  });

  it('negated, still makes a confrontational act its topic but no longer opposes a conciliatory one', () => {
    expect(hit('We are not concerned by the ultimatum.', 'ultimatum')?.weight).toBe(0);
    expect(hit('We are not concerned about the talks.', 'talks')?.weight).toBe(2);
  });
});

describe('a boundary ends an operator’s reach, not a negator’s', () => {
  it('"concerned by the blockade and call for restraint": the call is not opposed', () => {
    expect(hit('We are concerned by the blockade and call for restraint.', 'restraint')?.weight).toBe(5);
    expect(hit('We are concerned by the blockade and call for restraint.', 'blockade')?.weight).toBe(0);
  });

  it('a determiner after it coordinates another object: the reach goes on', () => {
    expect(hit('We are concerned by the shelling and the ultimatum.', 'ultimatum')?.weight).toBe(0);
  });

  it('a negator reaches across it', () => {
    expect(hit('We do not want attacks and restraint.', 'restraint')?.modifiers.map((m) => m.type)).toEqual([
      'negation',
    ]);
  });
});
