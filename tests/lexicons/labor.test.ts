/** The labor pack: strikes, bargaining, walkouts, final offers, table-driven. */
import { describe, expect, it } from 'vitest';
import type { ToneLabel } from '../../src/index.js';
import { createScorer } from '../../src/index.js';

const labor = createScorer({ packs: ['labor'] });
const core = createScorer({ packs: [] });

describe('labor pack', () => {
  it.each<[string, ToneLabel, string]>([
    ['The union voted to strike on Monday.', 'confrontational', 'escalation'],
    ['Workers staged a walkout at the plant.', 'confrontational', 'escalation'],
    ['Management announced a lockout.', 'confrontational', 'escalation'],
    ['This is our last, best and final offer.', 'confrontational', 'demand'],
    ['Take it or leave it.', 'confrontational', 'demand'],
    ['The company is holding the talks hostage.', 'confrontational', 'accusation'],
    ['They accused the employer of union-busting.', 'confrontational', 'accusation'],
    ['Both sides returned to the bargaining table.', 'conciliatory', 'dialogue'],
    ['We will bargain in good faith.', 'conciliatory', 'dialogue'],
    ['The parties reached a tentative agreement overnight.', 'conciliatory', 'cooperation'],
    ['The strike was called off and workers will return to work.', 'conciliatory', 'deescalation'],
    ['Both sides agreed to binding arbitration.', 'conciliatory', 'dialogue'],
  ])('%s → %s (%s)', (text, label, dimension) => {
    const r = labor.score(text);
    expect(r.label).toBe(label);
    expect(r.evidence.filter((e) => e.weight !== 0).map((e) => e.dimension)).toContain(dimension);
  });

  it('makes "strike" a labor action only when the pack is on', () => {
    expect(labor.score('strike').evidence[0]?.source).toBe('packs/labor@1.0.0');
    expect(core.score('The strike began at dawn.').hits).toBe(0);
  });
});
