/**
 * The Geneva accuracy check (issue 3 acceptance): every quote of the fixture article whose tone the team
 * settled gets that label from the default scorer. Expected labels come from the fixture file, not from here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/scoring/create-scorer.js';

interface Quote {
  quote: string;
  speakerKey: string;
  tone: string | null;
}

const fixture = new URL('../fixtures/geneva-talks.expected.jsonl', import.meta.url);
const quotes = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Quote)
  .filter((q) => q.tone !== null);

describe('Geneva talks: quotes with a settled tone get their label from the default scorer', () => {
  const scorer = createScorer();

  it('has the 13 settled quotes the acceptance counts', () => {
    expect(quotes).toHaveLength(13);
  });

  it.each(quotes.map((q) => [q.speakerKey, q.quote, q.tone] as const))('%s: %s → %s', (_speaker, quote, tone) => {
    expect(scorer.score(quote).label).toBe(tone);
  });
});
