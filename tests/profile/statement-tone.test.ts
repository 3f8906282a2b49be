import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { statementTone } from '../../src/profile/statement-tone.js';
import { createScorer } from '../../src/scoring/create-scorer.js';

const scorer = createScorer();

describe('statementTone: the tone a row carries, or a fresh score', () => {
  it('reads tone_score and tone_label as written (text cells or numbers) and the dimensions listed', () => {
    const fromCsv = statementTone(
      {
        text: 'congratulated both sides',
        tone_score: '0.5',
        tone_label: 'conciliatory',
        tone_dimensions: 'respect:3;dialogue:1.5;nonsense:2',
      },
      { scorer },
    );
    expect(fromCsv).toEqual({
      tone: { score: 0.5, label: 'conciliatory', dimensions: { respect: 3, dialogue: 1.5 } },
      from: 'columns',
    });
    const fromJson = statementTone({ tone_score: -0.25, tone_label: 'neutral', tone_dimensions: { threat: -1 } });
    expect(fromJson.tone).toEqual({ score: -0.25, label: 'neutral', dimensions: { threat: -1 } });
  });

  it('scores the text when the row carries no tone, or when asked to', () => {
    const text = 'We reject this ultimatum.';
    const fresh = scorer.score(text);
    expect(statementTone({ text }, { scorer })).toEqual({
      tone: { score: fresh.score, label: fresh.label, dimensions: fresh.dimensions },
      from: 'scored',
    });
    const carried = { text, tone_score: '0.9', tone_label: 'conciliatory' };
    expect(statementTone(carried, { scorer, rescore: true }).tone.score).toBe(fresh.score);
    expect(
      statementTone({ quote: text, dt_score: '', dt_label: '' }, { scorer, text: 'quote', prefix: 'dt_' }).from,
    ).toBe('scored');
    expect(statementTone({ dt_score: '0.1', dt_label: 'neutral' }, { prefix: 'dt_' }).from).toBe('columns');
  });

  it.each([
    [{ tone_score: 'high', tone_label: 'conciliatory' }, /tone_score must be a number in \[-1, 1\], got "high"/],
    [{ tone_score: '1.5', tone_label: 'conciliatory' }, /tone_score must be a number/],
    [{ tone_score: '0.2', tone_label: 'positive' }, /tone_label must be a tone label/],
    [{ text: 'x' }, /no tone_score and tone_label, and no scorer/],
  ])('throws InputError on %j rather than guessing', (row, message) => {
    expect(() => statementTone(row)).toThrow(InputError);
    expect(() => statementTone(row)).toThrow(message);
  });
});
