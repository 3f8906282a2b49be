import { describe, expect, it } from 'vitest';
import { createScorer, LexiconError, validateModule } from '../../src/index.js';

const base = { id: 'mine', version: '1.0.0', language: 'en', kind: 'tone' };

function problem(value: unknown): LexiconError {
  try {
    validateModule(value);
  } catch (err) {
    if (err instanceof LexiconError) return err;
    throw err;
  }
  throw new Error('expected a LexiconError');
}

describe('validateModule', () => {
  it.each([
    [null, -1, ''],
    [[], -1, ''],
    [{ ...base, id: 'Bad Id', entries: [] }, -1, 'id'],
    [{ ...base, version: '1', entries: [] }, -1, 'version'],
    [{ ...base, kind: 'spell', entries: [] }, -1, 'kind'],
    [{ ...base, entries: {} }, -1, 'entries'],
    [{ ...base, entries: [], extra: 1 }, -1, 'extra'],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat' }] }, 0, 'weight'],
    [
      {
        ...base,
        entries: [
          { term: 'ok', dimension: 'threat', weight: -6 },
          { term: 'x', dimension: 'anger', weight: -1 },
        ],
      },
      1,
      'dimension',
    ],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat', weight: 6 }] }, 0, 'weight'],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -11 }] }, 0, 'weight'],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat', weight: Number.NaN }] }, 0, 'weight'],
    [{ ...base, entries: [{ term: 'two  spaces', dimension: 'threat', weight: -1 }] }, 0, 'term'],
    [{ ...base, entries: [{ term: '', dimension: 'threat', weight: -1 }] }, 0, 'term'],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -1, colour: 'red' }] }, 0, 'colour'],
    [{ ...base, kind: 'hedge', entries: [{ term: 'maybe', factor: 1.5 }] }, 0, 'factor'],
    [{ ...base, kind: 'contrast', entries: [{ term: 'but', weakens: 'both' }] }, 0, 'weakens'],
    [{ ...base, kind: 'inflection', entries: [{ term: 'go', forms: [] }] }, 0, 'forms'],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -1, when: {} }] }, 0, 'when'],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -1, when: 'start' }] }, 0, 'when'],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -1, when: [] }] }, 0, 'when'],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -1, when: { start: 'paragraph' } }] }, 0, 'when'],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -1, when: { question: 'yes' } }] }, 0, 'when'],
    [{ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -1, when: { end: 'sentence' } }] }, 0, 'when'],
    [{ ...base, kind: 'hedge', entries: [{ term: 'maybe', factor: 0.5, when: { question: true } }] }, 0, 'when'],
  ])('rejects %j at entry %i, field %s', (value, index, field) => {
    const err = problem(value);
    expect(err.code).toBe('E_LEXICON');
    expect(err.entryIndex).toBe(index);
    expect(err.field).toBe(field);
    expect(err.message).toContain(index >= 0 ? `entry ${index}` : 'envelope');
  });

  it('names the module id in the error', () => {
    expect(problem({ ...base, entries: [{ term: 1 }] }).message).toMatch(/^lexicon "mine" entry 0: /);
  });

  it('treats __proto__, constructor and toString as plain words', () => {
    const raw = JSON.parse(
      '{"id":"odd","version":"1.0.0","language":"en","kind":"tone","entries":[' +
        '{"term":"__proto__","dimension":"threat","weight":-6},{"term":"constructor","dimension":"respect","weight":2},' +
        '{"term":"toString","dimension":"hostility","weight":-2}]}',
    );
    const scorer = createScorer({ core: false, packs: [], lexicons: [validateModule(raw)] });
    expect(scorer.score('__proto__ constructor tostring').evidence.map((e) => e.lemma)).toEqual([
      '__proto__',
      'constructor',
      'toString',
    ]);
    expect(({} as Record<string, unknown>).weight).toBeUndefined();
  });

  it('rejects a __proto__ key smuggled into an entry as an unknown field', () => {
    const raw = JSON.parse(
      '{"id":"odd","version":"1.0.0","language":"en","kind":"tone","entries":[{"term":"x","dimension":"threat","weight":-1,"__proto__":{"polluted":true}}]}',
    );
    expect(problem(raw).field).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the problem inside a constraint', () => {
    const err = problem({ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -1, when: { start: 'end' } }] });
    expect(err.message).toContain('"when.start" must be one of sentence, clause, got "end"');
    expect(
      problem({ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -1, when: { colour: 1 } }] }).message,
    ).toContain('"when" has an unknown field "colour"');
  });

  it('rejects a __proto__ key smuggled into a constraint', () => {
    const raw = JSON.parse(
      '{"id":"odd","version":"1.0.0","language":"en","kind":"tone","entries":[{"term":"x","dimension":"threat","weight":-1,"when":{"question":true,"__proto__":{"polluted":true}}}]}',
    );
    expect(problem(raw).field).toBe('when');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a valid constraint as a frozen copy', () => {
    const when = { question: true, start: 'clause' };
    const mod = validateModule({ ...base, entries: [{ term: 'x', dimension: 'threat', weight: -1, when }] });
    when.start = 'sentence';
    expect(mod.entries[0]).toEqual({
      term: 'x',
      dimension: 'threat',
      weight: -1,
      when: { start: 'clause', question: true },
    });
    expect(Object.isFrozen((mod.entries[0] as { when: object }).when)).toBe(true);
  });

  it('returns a frozen copy: mutating the input afterwards changes nothing', () => {
    const raw = { ...base, entries: [{ term: 'warn', dimension: 'threat', weight: -3 }] };
    const mod = validateModule(raw);
    raw.entries[0] = { term: 'praise', dimension: 'respect', weight: 3 };
    expect(mod.entries[0]?.term).toBe('warn');
    expect(Object.isFrozen(mod)).toBe(true);
    expect(Object.isFrozen(mod.entries)).toBe(true);
    expect(Object.isFrozen(mod.entries[0])).toBe(true);
  });
});
