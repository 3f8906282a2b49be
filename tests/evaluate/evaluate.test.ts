import { describe, expect, it } from 'vitest';
import { OptionsError } from '../../src/errors.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import type { EvaluableScorer } from '../../src/evaluate/types.js';
import { createScorer } from '../../src/scoring/create-scorer.js';
import type { ToneLabel } from '../../src/scoring/types.js';

/** A stub scorer: each text is "<score> <label>", so the tests control exactly what is predicted. */
const stub: EvaluableScorer & { calls: number } = {
  calls: 0,
  score(text: string) {
    this.calls++;
    const [score, label] = text.split(' ');
    return { score: Number(score), label: label as ToneLabel };
  },
};

describe('evaluate', () => {
  const rows = [
    { text: '0.8 conciliatory', label: 'conciliatory', value: 7 },
    { text: '0.1 neutral', label: 'conciliatory', value: 3 },
    { text: '-0.6 confrontational', label: 'confrontational', value: -5 },
    { text: '0.3 conciliatory', label: 'confrontational', value: -2 },
    { text: '0 neutral', label: 'neutral' },
    { text: '-0.2 confrontational', value: -6 },
    { text: '0.5 conciliatory' },
  ];

  it('computes every metric from the same pass', () => {
    stub.calls = 0;
    const r = evaluate(stub, rows);
    expect(stub.calls).toBe(rows.length);
    expect(r.n).toBe(7);
    expect(r.labelled).toBe(5);
    expect(r.valued).toBe(5);
    // right: rows 0, 2, 4 of 5 labelled
    expect(r.accuracy).toBeCloseTo(3 / 5, 12);
    // conciliatory P 1/2 R 1/2 F1 1/2; confrontational P 1 R 1/2 F1 2/3; neutral P 1/2 R 1 F1 2/3
    expect(r.macroF1).toBeCloseTo((1 / 2 + 2 / 3 + 2 / 3) / 3, 12);
    // conciliatory {0.8, 0.1} vs confrontational {-0.6, 0.3}: 0.8 wins both, 0.1 wins one → 3/4
    expect(r.auc).toBeCloseTo(3 / 4, 12);
    // scores 0.8, 0.1, -0.6, 0.3, -0.2 → ranks 5,3,1,4,2; values 7,3,-5,-2,-6 → ranks 5,4,2,3,1
    // sum d² = 0+1+1+1+1 = 4 → 1 - 24/120 = 0.8
    expect(r.spearman).toBeCloseTo(0.8, 12);
    expect(r.confusion.counts).toEqual([
      [1, 0, 1, 0],
      [1, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 0],
    ]);
    expect(r.perClass.map((m) => m.support)).toEqual([2, 2, 1, 0]);
    expect(r.predictions).toBeUndefined();
  });

  it('keeps predictions with the row index when asked', () => {
    const r = evaluate(stub, rows, { predictions: true });
    expect(r.predictions?.[1]).toEqual({
      index: 1,
      text: '0.1 neutral',
      gold: 'conciliatory',
      value: 3,
      predicted: 'neutral',
      score: 0.1,
    });
    expect(r.predictions?.[6]).toEqual({ index: 6, text: '0.5 conciliatory', predicted: 'conciliatory', score: 0.5 });
  });

  it('accepts any iterable, including a generator, and labels in any case', () => {
    function* gen() {
      yield { text: '0.5 conciliatory', label: ' Conciliatory ' };
      yield { text: '-0.5 confrontational', label: 'CONFRONTATIONAL', value: null };
      yield { text: '0 neutral', label: '' };
    }
    const r = evaluate(stub, gen());
    expect(r.n).toBe(3);
    expect(r.labelled).toBe(2);
    expect(r.accuracy).toBe(1);
    expect(r.auc).toBe(1);
  });

  it('returns null metrics when the rows cannot define them', () => {
    const r = evaluate(stub, [{ text: '0.5 conciliatory' }]);
    expect(r).toMatchObject({ n: 1, labelled: 0, valued: 0, accuracy: null, macroF1: null, auc: null, spearman: null });
    expect(evaluate(stub, [{ text: '0.5 conciliatory', label: 'conciliatory' }]).auc).toBeNull();
  });

  it.each([
    ['a scorer without score()', () => evaluate({} as never, []), 'scorer'],
    ['rows that are not iterable', () => evaluate(stub, 5 as never), 'rows'],
    ['a row that is not an object', () => evaluate(stub, ['text'] as never), 'rows[0]'],
    [
      'a row without text',
      () => evaluate(stub, [{ text: '0 neutral' }, { label: 'neutral' }] as never),
      'rows[1].text',
    ],
    ['an unknown label', () => evaluate(stub, [{ text: '0 neutral', label: 'positive' }]), 'rows[0].label'],
    ['a label that is not a string', () => evaluate(stub, [{ text: '0 neutral', label: 1 }] as never), 'rows[0].label'],
    ['a NaN value', () => evaluate(stub, [{ text: '0 neutral', value: Number.NaN }]), 'rows[0].value'],
    ['a numeric string value', () => evaluate(stub, [{ text: '0 neutral', value: '3' }] as never), 'rows[0].value'],
    ['a non-boolean predictions option', () => evaluate(stub, [], { predictions: 'yes' } as never), 'predictions'],
  ])('throws OptionsError on %s', (_name, call, option) => {
    expect(call).toThrow(OptionsError);
    try {
      call();
    } catch (err) {
      expect((err as OptionsError).code).toBe('E_OPTIONS');
      expect((err as OptionsError).option).toBe(option);
    }
  });
});

describe('evaluate with a detente scorer', () => {
  it('accepts createScorer() as it is and scores each row once', () => {
    const scorer = createScorer();
    const r = evaluate(scorer, [
      { text: 'We reject the proposal.', label: 'confrontational', value: -4 },
      { text: 'The meeting was on Tuesday.', label: 'neutral', value: 0 },
    ]);
    expect(r.n).toBe(2);
    expect(r.labelled).toBe(2);
    expect(r.perClass.reduce((n, m) => n + m.support, 0)).toBe(2);
  });
});
