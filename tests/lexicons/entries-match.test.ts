/**
 * Every tone entry of the core and of each pack matches when its term is scored alone, with a hit of the
 * entry's dimension: a term the tokenizer, inflection or filler rules would split differently from the
 * text it is meant for fails here.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/index.js';
import { TONE_MODULES } from './modules.js';

describe.each(TONE_MODULES.map((m) => [m.path, m] as const))('%s', (_path, mod) => {
  const scorer = createScorer(mod.scorer);
  it('every entry matches alone with its own dimension', () => {
    const unmatched = mod.module.entries
      .filter(
        (entry) =>
          !scorer.score(entry.term).evidence.some((e) => e.lemma === entry.term && e.dimension === entry.dimension),
      )
      .map((entry) => `${entry.term} (${entry.dimension})`);
    expect(unmatched).toEqual([]);
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
