/** The sentences `detente profile` prints about a comparison say exactly who moved. */
import { describe, expect, it } from 'vitest';
import { allToward, formatComparison } from '../../src/cli/profile/format.js';
import { compareGroups, createScorer } from '../../src/index.js';

const scorer = createScorer();
const said = (speaker: string, side: string, phase: string, text: string, n: number) =>
  Array.from({ length: n }, () => ({ speaker, side, phase, text, tone: scorer.score(text) }));

describe('who moved, said exactly', () => {
  // Marek alone has enough statements; Karsten's two speakers have too few each, but their side moved the other way.
  const rows = [
    ...said('Marek', 'Valdoria', 'before', 'We reject the ultimatum.', 6),
    ...said('Marek', 'Valdoria', 'after', 'We welcome the talks and are ready to continue the dialogue.', 6),
    ...said('Lindqvist', 'Karsten', 'before', 'We welcome the talks and are ready to continue the dialogue.', 3),
    ...said('Lindqvist', 'Karsten', 'after', 'We reject the ultimatum.', 3),
    ...said('Sokol', 'Karsten', 'before', 'We welcome the talks and are ready to continue the dialogue.', 3),
    ...said('Sokol', 'Karsten', 'after', 'We reject the ultimatum.', 3),
  ];
  const c = compareGroups(rows, 'before', 'after', { by: 'phase', side: 'side' });

  it('names the one speaker with enough statements, and the side that moved the other way', () => {
    expect(c.allToward).toBe('conciliatory');
    expect(allToward(c)).toBe(
      'the one speaker with enough statements in both groups, Marek, moved toward conciliatory, while side Karsten moved toward confrontational',
    );
    expect(formatComparison(c)).not.toMatch(/every speaker/);
  });

  it('names them all when several did', () => {
    const more = [
      ...rows,
      ...said('Varga', 'Valdoria', 'before', 'We reject the ultimatum.', 5),
      ...said('Varga', 'Valdoria', 'after', 'We welcome the talks and are ready to continue the dialogue.', 5),
    ];
    const both = compareGroups(more, 'before', 'after', { by: 'phase' });
    expect(allToward(both)).toBe(
      'all 2 speakers with enough statements in both groups (Marek, Varga) moved toward conciliatory',
    );
  });
});
