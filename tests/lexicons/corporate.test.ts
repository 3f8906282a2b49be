/** The corporate pack: earnings calls, regulators, mergers, table-driven. */
import { describe, expect, it } from 'vitest';
import type { ToneLabel } from '../../src/index.js';
import { createScorer } from '../../src/index.js';

const corporate = createScorer({ packs: ['corporate'] });

describe('corporate pack', () => {
  it.each<[string, ToneLabel, string]>([
    [
      'We believe the claims are without merit and we will vigorously defend ourselves.',
      'confrontational',
      'rejection',
    ],
    [
      'The board rejected the hostile bid, which significantly undervalues the company.',
      'confrontational',
      'escalation',
    ],
    ['The board adopted a poison pill.', 'confrontational', 'escalation'],
    ['This is a politically motivated witch hunt and regulatory overreach.', 'confrontational', 'accusation'],
    ['We will cooperate fully with regulators.', 'conciliatory', 'cooperation'],
    ['We reached a settlement with the agency and will take full responsibility.', 'conciliatory', 'concession'],
    ['The two companies announced a friendly merger of equals.', 'conciliatory', 'cooperation'],
    ['We signed a definitive agreement.', 'conciliatory', 'cooperation'],
  ])('%s → %s (%s)', (text, label, dimension) => {
    const r = corporate.score(text);
    expect(r.label).toBe(label);
    expect(r.evidence.filter((e) => e.weight !== 0).map((e) => e.dimension)).toContain(dimension);
  });

  it.each([['This quarter we raised guidance.'], ['This quarter we cut guidance.'], ['We faced headwinds.']])(
    'earnings-call outlook is weak: "%s" alone stays neutral',
    (text) => {
      const r = corporate.score(text);
      expect(r.hits).toBeGreaterThan(0);
      expect(r.label).toBe('neutral');
    },
  );
});
