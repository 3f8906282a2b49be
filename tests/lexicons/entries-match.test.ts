/**
 * Every tone entry of the core and of each pack matches when its term is scored alone, with a hit of the
 * entry's dimension: a term the tokenizer, inflection or filler rules would split differently from the
 * text it is meant for fails here.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, type Scorer, type ToneEntry } from '../../src/index.js';
import { sampleTexts } from '../../src/lexicon/constraint.js';
import { COURTESY_MODULE, constrainedScorer } from '../helpers/test-scorer.js';
import { TONE_MODULES } from './modules.js';

/**
 * Whether the entry itself (its term, dimension, weight and constraint) gives a hit in one of the short texts
 * where its constraint holds (`sampleTexts`: the term alone, after a clause break, inside a clause; a question
 * or not).
 */
function matchesAlone(scorer: Scorer, entry: ToneEntry): boolean {
  const when = JSON.stringify(entry.when ?? null);
  return sampleTexts(entry).some((text) =>
    scorer
      .score(text)
      .evidence.some(
        (e) =>
          e.lemma === entry.term &&
          e.dimension === entry.dimension &&
          e.baseWeight === entry.weight &&
          JSON.stringify(e.when ?? null) === when,
      ),
  );
}

describe.each(TONE_MODULES.map((m) => [m.path, m] as const))('%s', (_path, mod) => {
  const scorer = createScorer(mod.scorer);
  it('every entry matches alone with its own dimension, weight and constraint', () => {
    const unmatched = mod.module.entries
      .filter((entry) => !matchesAlone(scorer, entry))
      .map((entry) => `${entry.term} (${entry.dimension}${entry.when ? ` ${JSON.stringify(entry.when)}` : ''})`);
    expect(unmatched).toEqual([]);
  });
});

describe('the check can fail', () => {
  it('finds an entry that never matches, and a constrained entry replaced by a later one', () => {
    const scorer = constrainedScorer({
      extra: [{ term: 'why did you', dimension: 'hostility', weight: -3, when: { start: 'sentence', question: true } }],
    });
    const entries = COURTESY_MODULE.entries as readonly ToneEntry[];
    expect(entries.filter((e) => !matchesAlone(scorer, e)).map((e) => e.term)).toEqual(['why did you']);
    expect(matchesAlone(scorer, { term: 'please now', dimension: 'respect', weight: 1 })).toBe(false);
    // the test lexicon's own entries all match, the plain "please" behind its sentence-start twin included
    expect(entries.filter((e) => !matchesAlone(constrainedScorer(), e))).toEqual([]);
  });
});

describe('inflected text still reaches the entries', () => {
  const scorer = createScorer();
  it.each([
    ['They threatened retaliation.', 'threat'],
    ['Both sides left the door open.', 'dialogue'],
    ['He held talks with the rebels.', 'dialogue'],
    ['They denied any plans to attack.', 'reassurance'],
    ['Moscow warned of consequences.', 'threat'],
    ['The union was holding the talks hostage.', 'accusation'],
    ['She was understanding each other’s concerns.', 'respect'],
    ['The sides reached agreements on trade.', 'cooperation'],
    ['He has crossed the red line.', 'threat'],
    ['They called for talks.', 'dialogue'],
    ['The navy fired a warning shot.', 'threat'],
    ['We met them halfway.', 'concession'],
    ['Both sides agreed to talks.', 'dialogue'],
    ['They were threatening sanctions.', 'threat'],
  ])('%s → %s', (text, dimension) => {
    expect(scorer.score(text).evidence.map((e) => e.dimension)).toContain(dimension);
  });
});
