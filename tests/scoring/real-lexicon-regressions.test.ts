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

  it("a word without a base lemma never continues a term through another node's edge (found by the layering property test)", () => {
    // The last word id of the default set ("meaningful", a filler) starts "meaningful dialogue"; probing
    // node × stride − 1 for a word without a base lemma used to land on that edge.
    expect(scorer.score('they will not attend dialogue').evidence.map((e) => e.lemma)).not.toContain(
      'meaningful dialogue',
    );
    expect(scorer.score('We could not sanction dialogue').evidence.map((e) => e.term)).not.toContain(
      'not sanction dialogue',
    );
  });

  it('the same on a four-word lexicon: "aa bb" is "aa", never the entry of "cc"', () => {
    const tiny = createScorer({
      core: false,
      packs: [],
      lexicons: [
        {
          id: 'tiny',
          version: '1.0.0',
          language: 'en',
          kind: 'tone',
          // word ids: aa 0, dd 1, bb 2, cc 3 (the last); "aa" continues ("aa dd"), "cc" starts a term, "bb"
          // has no base lemma: after "aa", bb's base probe used to be key 1 × 4 − 1 = 3, the root's edge "cc".
          entries: [
            { term: 'aa', dimension: 'threat', weight: -4 },
            { term: 'aa dd', dimension: 'threat', weight: -5 },
            { term: 'bb cc', dimension: 'dialogue', weight: 3 },
            { term: 'cc', dimension: 'respect', weight: 2 },
          ],
        },
      ],
    });
    expect(tiny.score('aa bb').evidence.map((e) => [e.term, e.lemma])).toEqual([['aa', 'aa']]);
  });
});
