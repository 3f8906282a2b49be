/** Regressions found on the real lexicons, named after what went wrong. */
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/index.js';

const scorer = createScorer();

describe('real-lexicon regressions', () => {
  it('"according to" is attribution, not a form of the noun "accord" (found by the reliability suite)', () => {
    const result = scorer.score('According to the ministry, the ship docked on Monday.');
    expect(result.evidence.map((e) => e.lemma)).not.toContain('accord');
    expect(result.label).toBe('neutral');
    expect(scorer.score('The two sides signed an accord.').evidence.some((e) => e.lemma.includes('accord'))).toBe(true);
  });

  it('a denied plan to attack is not a threat by itself: "plan to attack" is confrontational, "no plans to attack" reassuring', () => {
    expect(scorer.score('They have plans to attack the port.').label).toBe('confrontational');
    expect(scorer.score('They have no plans to attack the port.').label).toBe('conciliatory');
  });
});
