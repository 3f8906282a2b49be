/**
 * Entry constraints (`when`): each type matches where it should and fails to match where it should not, on the
 * frozen constrained test lexicon (tests/fixtures/lexicons/courtesy.json over test/tone).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/index.js';
import { constrainedScorer, testScorer } from '../helpers/test-scorer.js';

const scorer = constrainedScorer();
/** The hits as `lemma weight`, with the constraint they met. */
const hits = (text: string) =>
  scorer.score(text).evidence.map((e) => `${e.lemma} ${e.baseWeight}${e.when ? ` ${JSON.stringify(e.when)}` : ''}`);

describe('when.start = "sentence"', () => {
  it.each([
    ['Please send the file.', ['please 0.5 {"start":"sentence"}']],
    ['please send the file', ['please 0.5 {"start":"sentence"}']],
    ['We agreed. Please send the file.', ['please 0.5 {"start":"sentence"}']],
    ['“Please send the file,” she said.', ['please 0.5 {"start":"sentence"}']],
    ['We agreed.\nPlease send the file.', ['please 0.5 {"start":"sentence"}']],
  ])('matches at a sentence start: %s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it.each([
    ['Send the file, please.', ['please 1.5']],
    ['Could you please send the file?', ['could you 1 {"question":true}', 'please 1.5']],
    ['And please send the file.', ['please 1.5']],
    ['Well, please send the file.', ['please 1.5']],
  ])('does not match elsewhere, where the plain entry of the term does: %s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });
});

describe('when.start = "clause"', () => {
  it.each([
    'Frankly, it is late.',
    'It is late; frankly, we are done.',
    'It is late, frankly.',
    'We said: frankly it is late.',
    'It is late — frankly.',
  ])('matches at a clause start: %s', (text) => {
    expect(hits(text)).toEqual(['frankly -1 {"start":"clause"}']);
  });

  it.each(['It is frankly late.', 'We frankly said so.'])('does not match inside a clause: %s', (text) => {
    expect(hits(text)).toEqual([]);
  });
});

describe('when.question = true', () => {
  it.each([
    ['Could you send the file?', ['could you 1 {"question":true}']],
    ['Send it now. Could you send the file?', ['could you 1 {"question":true}']],
    ['Could you send the file?!', ['could you 1 {"question":true}']],
    ['“Could you send the file?” she asked.', ['could you 1 {"question":true}']],
    ['Could you, at last, send the file?', ['could you 1 {"question":true}']],
  ])('matches in a sentence that ends with a question mark: %s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it.each([
    ['Could you send the file? ', ['could you 1 {"question":true}']],
    ['Could you send the file? We waited.', ['could you 1 {"question":true}']],
    ['Could you send the file.', []],
    ['We could you know.', []],
    ['Could you send the file!', []],
  ])('is checked per sentence: %s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it('does not match when the question mark is in another sentence', () => {
    expect(hits('Could you send the file. Why not?')).toEqual([]);
    expect(hits('Why not? Could you send the file.')).toEqual([]);
  });

  it('a longer constrained term that fails falls back to a shorter plain one', () => {
    expect(hits('Shall we talk?')).toEqual(['shall we talk 3 {"question":true}']);
    expect(hits('Shall we talk.')).toEqual(['talk 2']);
  });
});

describe('when.question = false', () => {
  it('matches in a sentence without a question mark', () => {
    expect(hits('You need to stop.')).toEqual(['you need to -3 {"question":false}']);
    expect(hits('You need to stop')).toEqual(['you need to -3 {"question":false}']);
  });

  it('does not match in a question', () => {
    expect(hits('Do you need to stop?')).toEqual([]);
    expect(hits('You need to stop?')).toEqual([]);
  });
});

describe('constraints together', () => {
  it('all of them must hold', () => {
    expect(hits('Why did you leave?')).toEqual(['why did you -2 {"start":"sentence","question":true}']);
    expect(hits('Why did you leave.')).toEqual([]); // not a question
    expect(hits('And why did you leave?')).toEqual([]); // not at the sentence start
    expect(hits('We left. Why did you leave?')).toEqual(['why did you -2 {"start":"sentence","question":true}']);
  });

  it('the most constrained entry of a term is tried first, the plain one last', () => {
    const layered = constrainedScorer({
      extra: [
        { term: 'please', dimension: 'respect', weight: 0.8, when: { start: 'sentence', question: true } },
        { term: 'please', dimension: 'respect', weight: 0.6, when: { question: true } },
      ],
    });
    const lemmaWeights = (text: string) => layered.score(text).evidence.map((e) => e.baseWeight);
    expect(lemmaWeights('Please, could we?')).toEqual([0.8]);
    expect(lemmaWeights('Please send it.')).toEqual([0.5]);
    expect(lemmaWeights('Send it, please?')).toEqual([0.6]);
    expect(lemmaWeights('Send it, please.')).toEqual([1.5]);
  });

  it('of two equally constrained entries that both hold, the one layered last wins', () => {
    const later = constrainedScorer({
      extra: [{ term: 'please', dimension: 'respect', weight: 0.6, when: { question: true } }],
    });
    expect(later.score('Please, could we?').evidence[0]?.baseWeight).toBe(0.6); // both hold: the extra one
    expect(later.score('Please send it.').evidence[0]?.baseWeight).toBe(0.5); // only the sentence start holds
  });

  it('a later module replaces the entry of the same term and the same constraint only', () => {
    const layered = constrainedScorer({
      extra: [{ term: 'please', dimension: 'respect', weight: 0.2, when: { start: 'sentence' } }],
    });
    expect(layered.score('Please send it.').evidence[0]?.baseWeight).toBe(0.2);
    expect(layered.score('Send it, please.').evidence[0]?.baseWeight).toBe(1.5);
  });
});

describe('evidence and explain() show the constraint', () => {
  it('evidence carries `when` for constrained entries only, and every evidence object has one shape', () => {
    const result = scorer.score('Why did you talk?');
    const [constrained, plain] = result.evidence;
    expect(constrained?.when).toEqual({ start: 'sentence', question: true });
    expect(plain?.lemma).toBe('talk');
    expect(plain?.when).toBeUndefined();
    // One shape (same keys, same order) keeps the aggregate's property reads monomorphic; JSON leaves `when` out.
    expect(Object.keys(constrained ?? {})).toEqual(Object.keys(plain ?? {}));
    expect(JSON.stringify(plain)).not.toContain('when');
  });

  it('explain() prints it on the hit', () => {
    expect(explain(scorer.score('Why did you leave?'))).toContain(
      '"Why did you" [0, 11) hostility -2 · at sentence start, in a question · test/courtesy@1.0.0',
    );
    expect(explain(scorer.score('You need to stop.'))).toContain('demand -3 · not in a question · test/courtesy');
    expect(explain(scorer.score('Frankly, no.'))).toContain('hostility -1 · at clause start · test/courtesy');
  });

  it('modifiers still act on constrained hits', () => {
    const [hit] = scorer.score('You need to stop, but we will talk.').evidence;
    expect(hit?.modifiers.map((m) => m.type)).toEqual(['contrast']);
    expect(hit?.when).toEqual({ question: false });
  });
});

describe('without constrained entries nothing changes', () => {
  it('scores the same texts as the plain test lexicon where no constrained term is met', () => {
    const plain = testScorer();
    for (const text of ['We negotiate. Do we?', 'They reject the offer?', 'Talk? Never.', 'Why? We talk.']) {
      expect(scorer.score(text)).toEqual(plain.score(text));
    }
  });
});
