/**
 * The courtesy module (en/courtesy): its constrained entries count only where their position holds (a class
 * rule over every entry), and requests read as courtesy strategies say they should.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, type ToneEntry } from '../../src/index.js';
import { TONE_MODULES } from './modules.js';

const scorer = createScorer();
const entries = (TONE_MODULES.find((m) => m.path === 'en/tone-courtesy.json')?.module.entries ??
  []) as readonly ToneEntry[];
const same = (entry: ToneEntry) => (text: string) =>
  scorer
    .score(text)
    .evidence.some((e) => e.lemma === entry.term && JSON.stringify(e.when ?? null) === JSON.stringify(entry.when));

describe('en/courtesy constraints, over every entry', () => {
  it('has entries of every constraint type', () => {
    expect(entries.filter((e) => e.when?.start === 'sentence').length).toBeGreaterThan(10);
    expect(entries.filter((e) => e.when?.question === true).length).toBeGreaterThan(5);
    expect(entries.filter((e) => e.when?.question === false).length).toBeGreaterThan(0);
  });

  it('an entry that wants a question does not match in a statement', () => {
    const wrong = entries.filter((e) => e.when?.question === true && same(e)(`${e.term}.`));
    expect(wrong.map((e) => e.term)).toEqual([]);
  });

  it('an entry that wants a statement does not match in a question', () => {
    const wrong = entries.filter((e) => e.when?.question === false && same(e)(`${e.term}?`));
    expect(wrong.map((e) => e.term)).toEqual([]);
  });

  it('an entry that wants a sentence start does not match inside a sentence', () => {
    const wrong = entries.filter(
      (e) => e.when?.start === 'sentence' && same(e)(`It is so, ${e.term}${e.when.question ? '?' : '.'}`),
    );
    expect(wrong.map((e) => e.term)).toEqual([]);
  });
});

describe('requests and replies', () => {
  it.each([
    ['Could you please look at our proposal again?', 'conciliatory'],
    ['Would it be possible to meet next week?', 'conciliatory'],
    ['Hello, I was wondering if you could share the draft?', 'conciliatory'],
    ['Thanks in advance for your help.', 'conciliatory'],
    ['Great work on the draft, thank you.', 'conciliatory'],
    ['Why did you ignore our proposal?', 'confrontational'],
    ["Why don't you read the report before you comment?", 'confrontational'],
    ["What's wrong with your delegation?", 'confrontational'],
    ['Did you even read the draft?', 'confrontational'],
    ['You need to withdraw the proposal.', 'confrontational'],
  ])('%s → %s', (text, label) => {
    expect(scorer.score(text).label).toBe(label);
  });

  it('evidence shows the constraint a courtesy hit met', () => {
    const [hit] = scorer.score('Why did you ignore our proposal?').evidence;
    expect(hit).toMatchObject({ term: 'Why', dimension: 'hostility', when: { start: 'sentence', question: true } });
  });
});
