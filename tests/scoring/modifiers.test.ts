import { describe, expect, it } from 'vitest';
import { testScorer } from '../helpers/test-scorer.js';

const scorer = testScorer();
const first = (text: string) => {
  const result = scorer.score(text);
  return { result, hit: result.evidence[0] };
};

describe('negation', () => {
  it.each([
    // [text, label, dimension of the first hit, final weight of the first hit]
    ['This was not polemical.', 'conciliatory', 'respect', 1.2],
    ['The proposal is not unreasonable.', 'conciliatory', 'respect', 1.2],
    ['It’s not covered by the Article Five commitment.', 'neutral', 'cooperation', 0],
    ['We do not negotiate.', 'neutral', 'dialogue', 0],
    ['They never threatened anyone.', 'neutral', 'threat', 0],
  ] as const)('%s → %s', (text, label, dimension, weight) => {
    const { result, hit } = first(text);
    expect(result.label).toBe(label);
    expect(hit?.dimension).toBe(dimension);
    expect(hit?.weight).toBe(weight);
    expect(hit?.modifiers[0]?.type).toBe('negation');
  });

  it('idioms with a negator are entries of their own, matched longest first', () => {
    const { result, hit } = first('Russia has no plans to attack Ukraine.');
    expect(hit?.lemma).toBe('no plans to attack');
    expect(hit?.dimension).toBe('reassurance');
    expect(hit?.modifiers).toEqual([]);
    expect(result.label).toBe('conciliatory');
  });

  it('"we will never accept" stays rejection', () => {
    const { result, hit } = first('We will never accept that.');
    expect(hit?.lemma).toBe('never accept');
    expect(hit?.dimension).toBe('rejection');
    expect(result.label).toBe('confrontational');
  });

  it('is clause-bounded: a comma ends its reach', () => {
    const { hit } = first('Not today, but we negotiate.');
    expect(hit?.modifiers.map((m) => m.type)).not.toContain('negation');
  });

  it('reaches at most five tokens', () => {
    expect(
      first('We did not say that we would in any case negotiate.').hit?.modifiers.map((m) => m.type),
    ).not.toContain('negation');
    expect(first('We did not really negotiate.').hit?.modifiers.map((m) => m.type)).toContain('negation');
  });

  it('"didn’t" negates like "did not", with curly or straight apostrophes', () => {
    for (const text of ['We didn’t threaten them.', "We didn't threaten them.", 'We did not threaten them.']) {
      expect(first(text).hit?.weight).toBe(0);
    }
  });
});

describe('intensifiers, dampeners, modality', () => {
  it.each([
    ['They strongly reject it.', 'intensifier', -6],
    ['We will reject it.', 'intensifier', -4.6],
    ['They slightly eased tensions.', 'dampener', 3],
  ] as const)('%s', (text, type, weight) => {
    const { hit } = first(text);
    expect(hit?.modifiers[0]?.type).toBe(type);
    expect(hit?.weight).toBeCloseTo(weight, 3);
  });

  it('an intensifier applies to one hit only', () => {
    const result = scorer.score('They strongly reject and accuse.');
    expect(result.evidence.map((e) => e.modifiers.length)).toEqual([1, 0]);
  });
});

describe('hedges soften confrontation', () => {
  it('"we may have to consider sanctions" is softened', () => {
    const hedged = first('We may have to consider sanctions.').hit;
    const plain = first('We impose sanctions.').hit;
    expect(hedged?.modifiers.map((m) => m.type)).toEqual(['hedge']);
    expect(Math.abs(hedged?.weight ?? 0)).toBeLessThan(Math.abs(plain?.weight ?? 0));
    expect(hedged?.weight).toBeLessThan(0);
  });

  it('a hedge after the term in the same clause also softens it', () => {
    expect(first('Sanctions, perhaps.').hit?.modifiers).toEqual([]);
    expect(first('Sanctions perhaps.').hit?.modifiers.map((m) => m.type)).toEqual(['hedge']);
  });

  it('does not touch conciliatory terms', () => {
    expect(first('We might negotiate.').hit?.weight).toBe(7);
  });
});

describe('contrast', () => {
  it('"but": the clause after weighs more than the clause before', () => {
    const result = scorer.score('They threatened us, but we want to negotiate.');
    const [before, after] = result.evidence;
    expect(before?.weight).toBe(-3);
    expect(after?.weight).toBeCloseTo(8.75, 3);
    expect(result.label).toBe('conciliatory');
    const reversed = scorer.score('We want to negotiate, but they threatened us.');
    expect(reversed.evidence.map((e) => e.weight)).toEqual([3.5, -7.5]);
    expect(reversed.score).toBeLessThan(result.score);
  });

  it('"although": the clause it opens weighs less', () => {
    const result = scorer.score('Although they threatened us, we negotiate.');
    expect(result.evidence.map((e) => e.weight)).toEqual([-3, 8.75]);
  });
});

describe('conditionals', () => {
  it('"if they attack, we will respond" is a threat', () => {
    const { result, hit } = first('If they attack, we will respond.');
    expect(hit?.dimension).toBe('threat');
    expect(hit?.modifiers.map((m) => m.type)).toEqual(['conditional']);
    expect(result.label).toBe('confrontational');
    expect(result.dimensions.threat).toBeLessThan(0);
  });

  it('the condition ends at the comma: the main clause is not conditional', () => {
    const result = scorer.score('If they agree, we will attack.');
    expect(result.evidence.map((e) => e.modifiers.map((m) => m.type))).toEqual([['intensifier']]);
  });

  it('a conciliatory act in a condition is a conditional offer and weighs half', () => {
    expect(first('We negotiate if they withdraw.').hit?.weight).toBe(7);
    expect(scorer.score('We talk if they withdraw.').evidence[1]?.weight).toBe(2);
  });
});

describe('matching', () => {
  it.each([
    ['They threatened us.', 'threaten'],
    ['She threatens them.', 'threaten'],
    ['He is threatening them.', 'threaten'],
    ['THEY THREATENED US.', 'threaten'],
    ['The sides left the door open.', 'leave door open'],
    ['We leave our door open.', 'leave door open'],
    ['They acted in good faith.', 'good-faith'],
    ['A good-faith offer.', 'good-faith'],
    ['We want to deescalate.', 'de-escalate'],
    ['We want to de-escalate.', 'de-escalate'],
    ['That is a red line.', 'red line'],
    ['There is no trade space.', 'no trade space'],
  ])('%s matches %s', (text, lemma) => {
    expect(first(text).hit?.lemma).toBe(lemma);
  });

  it('phrases do not cross a clause break', () => {
    expect(scorer.score('It was red, line by line.').evidence).toEqual([]);
  });

  it('evidence names its source module and version', () => {
    expect(first('We negotiate.').hit?.source).toBe('test/tone@1.0.0');
  });
});

describe('inflected words inside terms (regressions found while writing the lexicons)', () => {
  const scorer = testScorer({
    extra: [
      { term: 'so-called', dimension: 'hostility', weight: -1 },
      { term: 'call for talk', dimension: 'dialogue', weight: 3 },
      { term: 'warning', dimension: 'threat', weight: -3 },
      { term: 'warn', dimension: 'threat', weight: -4 },
    ],
  });
  it('a term written with "called" does not take "called" away from "call for talk"', () => {
    expect(scorer.score('They called for talks.').evidence.map((e) => e.lemma)).toEqual(['call for talk']);
    expect(scorer.score('The so-called experts.').evidence.map((e) => e.lemma)).toEqual(['so-called']);
  });
  it('"warning" and "warn" stay separate entries', () => {
    expect(scorer.score('A warning.').evidence[0]?.lemma).toBe('warning');
    expect(scorer.score('They warned us.').evidence[0]?.lemma).toBe('warn');
  });
  it('fillers are never inflected: "thing" is not a form of "the"', () => {
    expect(
      testScorer({ extra: [{ term: 'leave door open', dimension: 'dialogue', weight: 3 }] }).score(
        'leave thing door open',
      ).evidence,
    ).toEqual([]);
  });
});

describe('conditions and negation', () => {
  const scorer = testScorer();
  it('a condition ends a negator\'s reach: "we will not attack if they withdraw" does not negate "withdraw"', () => {
    const result = scorer.score('We will not attack if they withdraw.');
    expect(result.evidence.find((e) => e.lemma === 'attack')?.weight).toBe(0);
    expect(result.evidence.find((e) => e.lemma === 'withdraw')?.weight).toBe(2);
  });
});
