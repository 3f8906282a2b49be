import { describe, expect, it } from 'vitest';
import { testScorer } from '../helpers/test-scorer.js';

const scorer = testScorer();
const NEUTRAL = 'The delegation arrived in the city on Tuesday morning after a long flight.';
const HOSTILE = 'They threatened to cut off the gas supply.';

describe('length stability', () => {
  it('one confrontational sentence inside ten neutral ones keeps the label confrontational', () => {
    const text = [...Array(5).fill(NEUTRAL), HOSTILE, ...Array(5).fill(NEUTRAL)].join(' ');
    const result = scorer.score(text);
    expect(result.label).toBe('confrontational');
    expect(result.score).toBeLessThan(0);
    expect(Math.abs(result.score)).toBeLessThan(Math.abs(scorer.score(HOSTILE).score));
  });

  it('fifty neutral sentences score |score| < 0.1', () => {
    const result = scorer.score(Array(50).fill(NEUTRAL).join(' '));
    expect(Math.abs(result.score)).toBeLessThan(0.1);
    expect(result.label).toBe('neutral');
  });

  it('fifty neutral sentences with one weak hope score |score| < 0.1', () => {
    const result = scorer.score([...Array(49).fill(NEUTRAL), 'We hope so.'].join(' '));
    expect(result.hits).toBe(1);
    expect(Math.abs(result.score)).toBeLessThan(0.1);
  });

  it.each([2, 10, 100])('repeating a sentence %i times leaves its score where it was', (times) => {
    const once = scorer.score(HOSTILE).score;
    const repeated = scorer.score(Array(times).fill(HOSTILE).join(' ')).score;
    expect(repeated).toBeCloseTo(once, 6);
    expect(Math.abs(repeated)).toBeLessThan(0.9);
  });

  it('a weak pessimistic hit alone stays neutral ("we didn’t expect any breakthroughs")', () => {
    const result = scorer.score('We didn’t expect any breakthroughs to happen today.');
    expect(result.hits).toBe(1);
    expect(result.score).toBeLessThan(0);
    expect(result.label).toBe('neutral');
  });

  it('strong evidence on both sides is mixed', () => {
    const result = scorer.score('We will negotiate. They threatened us.');
    expect(result.label).toBe('mixed');
  });

  it('no evidence and balanced evidence are told apart by hits', () => {
    expect(scorer.score(NEUTRAL).hits).toBe(0);
    expect(scorer.score('We will negotiate. They threatened us.').hits).toBe(2);
  });
});
