/** No term is both a negator and a tone term; idioms that contain a negator are whole entries. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LexiconModule } from '../../src/index.js';
import { createScorer } from '../../src/index.js';
import { LEXICON_ROOT, TONE_MODULES } from './modules.js';

const negators = JSON.parse(readFileSync(join(LEXICON_ROOT, 'en/negators.json'), 'utf8')) as LexiconModule<'negator'>;
const negatorTerms = new Set(negators.entries.map((e) => e.term.toLowerCase()));

describe('negators and tone terms', () => {
  it.each(TONE_MODULES.map((m) => [m.path, m] as const))('%s has no negator as a tone term', (_path, mod) => {
    expect(mod.module.entries.filter((e) => negatorTerms.has(e.term.toLowerCase())).map((e) => e.term)).toEqual([]);
  });

  const scorer = createScorer();
  it.each([
    ['We will never accept this.', 'rejection'],
    ['Russia has no plans to attack Ukraine.', 'reassurance'],
    ['We do not rule out military action.', 'threat'],
    ['We have no intention of invading.', 'reassurance'],
    ['That is not fair.', 'accusation'],
    ['That doesn’t work for me.', 'rejection'],
    ['We cannot accept these terms.', 'rejection'],
  ])('idiom: %s → %s', (text, dimension) => {
    const r = scorer.score(text);
    expect(r.evidence.map((e) => e.dimension)).toContain(dimension);
    expect(r.evidence.every((e) => e.modifiers.every((m) => m.type !== 'negation'))).toBe(true);
  });

  it.each([
    ['The talks were not polemical.', 'conciliatory'],
    ['It’s not covered by the Article Five commitment.', 'neutral'],
    ['We didn’t expect any breakthroughs.', 'neutral'],
    ['They did not threaten anyone.', 'neutral'],
    ['That is not going to work for me.', 'confrontational'],
    ['We do not really agree with this plan.', 'confrontational'],
    ['Oh no, I am so sorry to hear that.', 'conciliatory'],
    ['Oh no I am so sorry to hear that.', 'conciliatory'],
  ])('negation by the engine: %s → %s', (text, label) => {
    expect(scorer.score(text).label).toBe(label);
  });
});
