/** The diplomacy pack (on by default): its idioms, table-driven, including both readings of "off the table". */
import { describe, expect, it } from 'vitest';
import type { ToneLabel } from '../../src/index.js';
import { createScorer } from '../../src/index.js';

const scorer = createScorer();
const withoutPack = createScorer({ packs: [] });

const dimensionsOf = (text: string): string[] =>
  scorer
    .score(text)
    .evidence.filter((e) => e.weight !== 0)
    .map((e) => e.dimension);

describe('diplomacy pack', () => {
  it('is on by default', () => {
    expect(scorer.modules).toContain('packs/diplomacy@1.0.0');
  });

  it.each<[string, ToneLabel, string]>([
    ['There is no trade space there — none.', 'confrontational', 'rejection'],
    ['Crossing that red line would be met with force.', 'confrontational', 'threat'],
    ['Any move would provoke a severe and coordinated economic response.', 'confrontational', 'threat'],
    ['Russia would take unspecified military-technical measures.', 'confrontational', 'threat'],
    ['He gave Kyiv an ultimatum.', 'confrontational', 'threat'],
    ['They will face severe consequences.', 'confrontational', 'threat'],
    ['He hoped the meeting would calm the waters.', 'conciliatory', 'deescalation'],
    ['Both sides left the door open to another conversation.', 'conciliatory', 'dialogue'],
    ['We will negotiate in good faith.', 'conciliatory', 'dialogue'],
    ['agreements that ensure our mutual security.', 'conciliatory', 'cooperation'],
    ['We proposed confidence-building measures and de-escalation along the border.', 'conciliatory', 'reassurance'],
    [
      'But I believe we are now on a clearer path in terms of understanding each other’s concerns.',
      'conciliatory',
      'respect',
    ],
  ])('%s → %s (%s)', (text, label, dimension) => {
    expect(scorer.score(text).label).toBe(label);
    expect(dimensionsOf(text)).toContain(dimension);
  });

  describe('"off the table": a threat withdrawn vs an offer withdrawn', () => {
    it.each<[string, ToneLabel, string]>([
      ['We have taken the military option off the table.', 'conciliatory', 'deescalation'],
      ['The military option is off the table.', 'conciliatory', 'deescalation'],
      ['The use of force is off the table.', 'conciliatory', 'deescalation'],
      ['They took their offer off the table.', 'confrontational', 'rejection'],
      ['The offer is off the table.', 'confrontational', 'rejection'],
      ['Any concession is off the table.', 'confrontational', 'rejection'],
      ['Military action is not off the table.', 'confrontational', 'threat'],
      ['All options remain on the table.', 'confrontational', 'threat'],
      ['Our offer remains on the table.', 'conciliatory', 'concession'],
    ])('%s → %s (%s)', (text, label, dimension) => {
      expect(scorer.score(text).label).toBe(label);
      expect(dimensionsOf(text)).toContain(dimension);
    });
  });

  it('"severe" qualifies a penalty only in the pack: the core alone leaves "severe" out', () => {
    expect(scorer.score('a severe response').evidence.some((e) => e.lemma === 'severe response')).toBe(true);
    expect(withoutPack.score('severe weather').hits).toBe(0);
    expect(scorer.score('severe').evidence[0]?.source).toBe('packs/diplomacy@1.0.0');
  });
});
