/**
 * Reversal by operators (scoring/reversal.ts), on the frozen test lexicons: what an operator governs (one act,
 * after or before it, in its clause, within reach), what it does (half weight, opposite pole), and what it leaves
 * (accusation and hostility; confrontational acts under an opposing operator; everything under a negated one).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/index.js';
import { operatorScorer } from '../helpers/test-scorer.js';

const scorer = operatorScorer();
/** `lemma dimension weight [modifier types]` of each hit. */
const hits = (text: string) =>
  scorer
    .score(text)
    .evidence.map(
      (e) =>
        `${e.lemma} ${e.dimension} ${e.weight}${e.modifiers.length ? ` [${e.modifiers.map((m) => m.type).join(',')}]` : ''}`,
    );

describe('an operator reverses the act it governs at half weight, onto the opposite pole', () => {
  it.each([
    // [text, hits]
    ['They denied they would threaten us.', ['deny rejection -0.85 [hedge]', 'threaten reassurance 3 [reversal]']],
    [
      'They denied they would negotiate.',
      ['deny rejection -0.85 [hedge]', 'negotiate rejection -2.975 [reversal,hedge]'],
    ],
    ['They halted the sanction.', ['sanction reassurance 2 [reversal]']],
    ['We regret the attack.', ['regret respect 1', 'attack deescalation 2.5 [reversal]']],
    ['The dialogue collapsed.', ['dialogue rejection -1.5 [reversal]', 'collapse pessimism -1']],
    ['The dialogue was halted.', ['dialogue rejection -1.5 [reversal]']],
  ])('%s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('names the operator and the dimension it moved to on the hit, and explain() prints it', () => {
    const hit = scorer.score('They denied they would threaten us.').evidence[1];
    expect(hit?.modifiers).toEqual([{ type: 'reversal', term: 'denied', factor: -0.5, dimension: 'reassurance' }]);
    expect(explain(scorer.score('They denied they would threaten us.'))).toContain(
      'reversal "denied" ×-0.5 → reassurance',
    );
  });
});

describe('what an operator leaves as it is', () => {
  it('an opposing operator reverses a conciliatory act and keeps a confrontational one', () => {
    expect(hits('They spurned the dialogue.')).toEqual(['spurn rejection -4', 'dialogue rejection -1.5 [reversal]']);
    expect(hits('They spurned the attack.')).toEqual(['spurn rejection -4', 'attack escalation -5']);
    expect(hits('They blocked the dialogue.')).toEqual(['dialogue rejection -1.5 [reversal]']);
    expect(hits('They blocked the sanction.')).toEqual(['sanction threat -4']);
    expect(hits('The attack collapsed.')).toEqual(['attack escalation -5', 'collapse pessimism -1']);
  });

  it('no operator reverses an accusation or hostility', () => {
    expect(hits('They denied the allegation.')).toEqual(['deny rejection -1', 'allegation accusation -2']);
    expect(hits('They halted the insulting campaign.')).toEqual(['insulting hostility -3']);
  });

  it('a negated operator spends the negation: it governs nothing, its own tone is negated, its act keeps its weight', () => {
    expect(hits('They did not deny the attack.')).toEqual(['deny rejection 0 [negation]', 'attack escalation -5']);
    expect(hits('They did not halt the sanction.')).toEqual(['sanction threat -4']);
  });

  it('governs one act: the first after it, the nearest before it', () => {
    expect(hits('They denied the attack and the sanction.')).toEqual([
      'deny rejection -1',
      'attack deescalation 2.5 [reversal]',
      'sanction threat -4',
    ]);
    expect(hits('The attack and the dialogue collapsed.')).toEqual([
      'attack escalation -5',
      'dialogue rejection -1.5 [reversal]',
      'collapse pessimism -1',
    ]);
  });

  it('reaches five tokens, within its clause only', () => {
    expect(hits('They denied that we have any dialogue.')).toEqual([
      'deny rejection -1',
      'dialogue rejection -1.5 [reversal]',
    ]);
    expect(hits('They denied that we had once had any dialogue.')).toEqual([
      'deny rejection -1',
      'dialogue dialogue 3',
    ]);
    expect(hits('They denied it, and the attack goes on.')).toEqual(['deny rejection -1', 'attack escalation -5']);
    expect(hits('The dialogue, sadly, collapsed.')).toEqual(['dialogue dialogue 3', 'collapse pessimism -1']);
  });

  it('a negated backward operator governs nothing either: the act keeps its own negation', () => {
    expect(hits('No dialogue collapsed.')).toEqual([
      'dialogue dialogue 0 [negation]',
      'collapse optimism 0.6 [negation]',
    ]);
  });
});
