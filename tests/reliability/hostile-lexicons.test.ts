/**
 * Hostile lexicons: prototype-named keys and terms, JSON `__proto__` keys, wrong types in every field of every
 * kind, huge and deeply nested modules. Each is rejected with a typed `LexiconError` (or `OptionsError` for a
 * bad option) naming the field, or handled as plain words; no built-in prototype changes.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { LexiconKind } from '../../src/index.js';
import { createScorer, LexiconError, OptionsError, validateModule } from '../../src/index.js';
import { guardPrototypes } from './prototype-guard.js';

const changes = guardPrototypes();
afterEach(() => expect(changes()).toEqual([]));
afterAll(() => expect(changes()).toEqual([]));

const ENVELOPE = { id: 'hostile', version: '1.0.0', language: 'en' };
const NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
];

/** One valid entry per kind, with every optional field, to mutate field by field. */
const VALID: Record<LexiconKind, Record<string, unknown>> = {
  tone: {
    term: 'press ahead',
    dimension: 'escalation',
    weight: -3,
    pos: 'verb',
    negated: -0.5,
    when: { start: 'clause', question: false, consequence: true },
    reverses: 'after',
    opposes: true,
    topic: true,
    note: 'n',
  },
  negator: { term: 'not', note: 'n' },
  operator: { term: 'halt', reverses: 'both', opposes: false, topic: true, note: 'n' },
  conditional: { term: 'if', opens: 'condition', note: 'n' },
  boundary: { term: 'and', note: 'n' },
  filler: { term: 'the', note: 'n' },
  intensifier: { term: 'very', factor: 1.5, note: 'n' },
  hedge: { term: 'maybe', factor: 0.5, note: 'n' },
  contrast: { term: 'but', weakens: 'before', note: 'n' },
  inflection: { term: 'go', forms: ['went'], note: 'n' },
  'speech-verb': { term: 'warn', tone: 'confrontational', dimension: 'threat', weight: -3, needs: 'clause', note: 'n' },
  title: { term: 'Mr.', gender: 'male', role: 'honorific', note: 'n' },
  'word-class': { term: 'gazette', class: 'media', note: 'n' },
};
const NUMBER_FIELDS = new Set(['weight', 'negated', 'factor']);

const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;
/** Values of every type JavaScript has, plus the awkward ones. */
const JUNK: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['0', 0],
  ['-0', -0],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['1e308', 1e308],
  ['true', true],
  ['empty string', ''],
  ['a 100,000-character string', 'x'.repeat(100_000)],
  ['empty array', []],
  ['array of a string', ['a']],
  ['empty object', {}],
  ['null-prototype object', Object.create(null)],
  ['symbol', Symbol('s')],
  ['bigint', 10n],
  ['function', () => 1],
  ['date', new Date(0)],
  ['regexp', /x/],
  ['boxed string', new String('threat')],
  ['boxed number', new Number(-3)],
  ['cyclic object', cyclic],
  ['__proto__ string', '__proto__'],
  ['constructor string', 'constructor'],
  ['toString string', 'toString'],
];
const BOOLEAN_FIELDS = new Set(['opposes', 'topic']);
const isRightType = (field: string, value: unknown): boolean =>
  field === 'forms'
    ? Array.isArray(value)
    : NUMBER_FIELDS.has(field)
      ? typeof value === 'number' && Number.isFinite(value)
      : BOOLEAN_FIELDS.has(field)
        ? typeof value === 'boolean'
        : typeof value === 'string';

/** The LexiconError `fn` throws; fails the test on success or on any other error. */
function lexiconError(fn: () => unknown): LexiconError {
  try {
    fn();
  } catch (err) {
    if (err instanceof LexiconError) return err;
    throw new Error(`expected a LexiconError, got ${String(err)}`, { cause: err });
  }
  throw new Error('expected a LexiconError, got success');
}

describe('wrong types in every field of every kind', () => {
  const cases = Object.entries(VALID).flatMap(([kind, entry]) =>
    Object.keys(entry).flatMap((field) => JUNK.map(([name, value]) => [kind, field, name, value] as const)),
  );
  it.each(cases)('%s.%s = %s', (kind, field, _name, value) => {
    const entries = [{ ...VALID[kind as LexiconKind], [field]: value }];
    let outcome: LexiconError | undefined;
    try {
      validateModule({ ...ENVELOPE, kind, entries });
    } catch (err) {
      if (!(err instanceof LexiconError)) throw err;
      outcome = err;
    }
    if (!isRightType(field, value)) expect(outcome, 'a value of the wrong type must be rejected').toBeDefined();
    if (outcome !== undefined) {
      expect(outcome.code).toBe('E_LEXICON');
      expect(outcome.entryIndex).toBe(0);
      expect(outcome.field).toBe(field);
      expect(outcome.message.length).toBeLessThan(400);
    }
  });

  const envelope = { ...ENVELOPE, kind: 'tone', description: 'd', entries: [VALID.tone] };
  it.each(Object.keys(envelope).flatMap((field) => JUNK.map(([name, value]) => [field, name, value] as const)))(
    'envelope %s = %s',
    (field, _name, value) => {
      let outcome: LexiconError | undefined;
      try {
        validateModule({ ...envelope, [field]: value });
      } catch (err) {
        if (!(err instanceof LexiconError)) throw err;
        outcome = err;
      }
      // An optional field set to undefined counts as absent (JSON cannot say undefined).
      const right =
        field === 'entries'
          ? Array.isArray(value)
          : typeof value === 'string' || (field === 'description' && value === undefined);
      if (!right) expect(outcome).toBeDefined();
      if (outcome !== undefined) {
        expect(outcome.field).toBe(field === 'entries' && Array.isArray(value) ? '' : field);
        expect(outcome.message.length).toBeLessThan(400);
      }
    },
  );
});

describe('prototype names', () => {
  it.each(NAMES)('JSON key %s inside an entry is an unknown field', (name) => {
    const raw = JSON.parse(
      `{"id":"h","version":"1.0.0","language":"en","kind":"tone","entries":[{"term":"x","dimension":"threat","weight":-5,"${name}":{"polluted":1}}]}`,
    );
    const err = lexiconError(() => validateModule(raw));
    expect([err.entryIndex, err.field]).toEqual([0, name]);
  });

  it.each(NAMES)('JSON key %s on the envelope is an unknown field', (name) => {
    const raw = JSON.parse(
      `{"${name}":{"polluted":1,"entries":[]},"id":"h","version":"1.0.0","language":"en","kind":"tone","entries":[]}`,
    );
    expect(lexiconError(() => validateModule(raw)).field).toBe(name);
  });

  it.each(NAMES)('JSON key %s in scorer options or thresholds is an OptionsError', (name) => {
    expect(() => createScorer(JSON.parse(`{"${name}":{"core":false}}`))).toThrow(OptionsError);
    expect(() => createScorer(JSON.parse(`{"thresholds":{"${name}":{"label":0.5}}}`))).toThrow(OptionsError);
  });

  it.each(NAMES.filter((n) => /^[a-z0-9]/.test(n.toLowerCase()) && !n.startsWith('_')))(
    'module id %s is an ordinary id',
    (name) => {
      if (!/^[a-z0-9][a-z0-9/_.-]{0,99}$/.test(name)) {
        expect(lexiconError(() => validateModule({ ...ENVELOPE, id: name, kind: 'tone', entries: [] })).field).toBe(
          'id',
        );
        return;
      }
      const scorer = createScorer({
        core: false,
        packs: [],
        lexicons: [
          {
            ...ENVELOPE,
            id: name,
            kind: 'tone',
            entries: [{ term: 'walk out', dimension: 'escalation', weight: -4 }],
          } as never,
        ],
      });
      expect(scorer.score('They walk out.').evidence[0]?.source).toBe(`${name}@1.0.0`);
    },
  );

  it('a module id __proto__ is rejected as an id', () => {
    expect(lexiconError(() => validateModule({ ...ENVELOPE, id: '__proto__', kind: 'tone', entries: [] })).field).toBe(
      'id',
    );
  });

  it.each(NAMES)('%s as dimension, pos, weakens and kind is rejected', (name) => {
    expect(
      lexiconError(() =>
        validateModule({ ...ENVELOPE, kind: 'tone', entries: [{ term: 'x', dimension: name, weight: -1 }] }),
      ).field,
    ).toBe('dimension');
    expect(
      lexiconError(() => validateModule({ ...ENVELOPE, kind: 'tone', entries: [{ ...VALID.tone, pos: name }] })).field,
    ).toBe('pos');
    expect(
      lexiconError(() => validateModule({ ...ENVELOPE, kind: 'contrast', entries: [{ term: 'but', weakens: name }] }))
        .field,
    ).toBe('weakens');
    expect(lexiconError(() => validateModule({ ...ENVELOPE, kind: name, entries: [] })).field).toBe('kind');
  });

  it('terms, inflected forms and scored words named like prototype properties are plain words', () => {
    const lower = NAMES.map((n) => n.toLowerCase());
    const scorer = createScorer({
      core: false,
      packs: [],
      lexicons: [
        {
          ...ENVELOPE,
          id: 'forms',
          kind: 'inflection',
          entries: [{ term: 'constructor', forms: ['__proto__', 'tostring', 'valueof'] }],
        },
        { ...ENVELOPE, kind: 'negator', entries: [{ term: 'hasownproperty' }] },
        {
          ...ENVELOPE,
          id: 'words',
          kind: 'tone',
          entries: [...lower, 'prototype constructor'].map((term) => ({ term, dimension: 'threat', weight: -2 })),
        },
      ] as never,
      extra: [{ term: 'isprototypeof', dimension: 'respect', weight: 2 }],
    });
    const text = `${NAMES.join(' ')}. prototype constructor. __proto__ __proto__ Object.prototype.toString.call(x)`;
    const r = scorer.score(text);
    expect(r.hits).toBeGreaterThan(0);
    for (const e of r.evidence) expect(text.slice(e.span[0], e.span[1])).toBe(e.term);
    // The default scorer sees them as ordinary unknown words.
    expect(createScorer().score(text).label).toBe('neutral');
  });
});

describe('huge, nested and odd modules', () => {
  const tone = (i: number): Record<string, unknown> => ({
    term: `w${i.toString(36)} x${(i * 7).toString(36)}`,
    dimension: 'threat',
    weight: -((i % 9) + 1),
  });

  it('accepts 200,000 entries (the limit)', () => {
    const entries = Array.from({ length: 200_000 }, (_, i) => tone(i));
    expect(validateModule({ ...ENVELOPE, kind: 'tone', entries }).entries).toHaveLength(200_000);
  });

  // Compiling is linear but costs ≈ 30 µs an entry (≈ 6 s at the limit, see reliability.md), so CI compiles 20,000.
  it('compiles and scores with 20,000 entries', () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => tone(i));
    const scorer = createScorer({
      core: false,
      packs: [],
      lexicons: [{ ...ENVELOPE, kind: 'tone', entries } as never],
    });
    expect(scorer.score('They said w0 x0 and w2s xjg.').hits).toBe(2);
  });

  it('rejects 200,001 entries before reading any', () => {
    const entries = Array.from({ length: 200_001 }, () => null);
    expect(lexiconError(() => validateModule({ ...ENVELOPE, kind: 'tone', entries })).field).toBe('entries');
  });

  it('rejects a sparse array of length 2^32 - 1 without walking it', () => {
    const entries: unknown[] = [];
    entries.length = 2 ** 32 - 1;
    expect(lexiconError(() => validateModule({ ...ENVELOPE, kind: 'tone', entries })).field).toBe('entries');
  });

  it.each([
    [
      'an entry that is an array nested 100,000 deep',
      () => {
        let v: unknown = [];
        for (let i = 0; i < 100_000; i++) v = [v];
        return v;
      },
      '',
    ],
    [
      'a note that is an object nested 100,000 deep',
      () => {
        let v: unknown = {};
        for (let i = 0; i < 100_000; i++) v = { v };
        return { ...VALID.tone, note: v };
      },
      'note',
    ],
    ['forms nested in arrays', () => ({ term: 'go', forms: [['went']] }), 'forms'],
    ['an entry that is the module itself (its envelope keys are unknown entry fields)', () => undefined, 'id'],
  ])('rejects %s', (_name, make, field) => {
    const mod: Record<string, unknown> = { ...ENVELOPE, kind: field === 'forms' ? 'inflection' : 'tone', entries: [] };
    (mod.entries as unknown[]).push(make() ?? mod);
    const err = lexiconError(() => validateModule(mod));
    expect([err.entryIndex, err.field]).toEqual([0, field]);
  });

  it.each([
    ['a term of 201 characters', { ...VALID.tone, term: 'x'.repeat(201) }],
    ['a term of 13 words', { ...VALID.tone, term: Array(13).fill('w').join(' ') }],
    ['a term with a tab', { ...VALID.tone, term: 'a\tb' }],
    ['a term with a newline', { ...VALID.tone, term: 'a\nb' }],
    ['a note of 2001 characters', { ...VALID.tone, note: 'x'.repeat(2001) }],
    ['weight with the wrong sign', { ...VALID.tone, weight: 3 }],
    ['weight 0', { ...VALID.tone, weight: 0 }],
    ['negated above 1', { ...VALID.tone, negated: 1.5 }],
  ])('rejects %s', (_name, entry) => {
    expect(lexiconError(() => validateModule({ ...ENVELOPE, kind: 'tone', entries: [entry] })).entryIndex).toBe(0);
  });

  it('a 1 MB id, version and language give short messages', () => {
    const big = 'a'.repeat(1 << 20);
    for (const field of ['id', 'version', 'language']) {
      const err = lexiconError(() => validateModule({ ...ENVELOPE, kind: 'tone', entries: [], [field]: big }));
      expect(err.field).toBe(field);
      expect(err.message.length).toBeLessThan(400);
    }
  });

  it('symbol keys and non-enumerable properties are ignored, and the copy is frozen and detached', () => {
    const entry: Record<string | symbol, unknown> = {
      term: 'walk out',
      dimension: 'escalation',
      weight: -4,
      [Symbol('x')]: 1,
    };
    Object.defineProperty(entry, 'hidden', { value: 'x', enumerable: false });
    const source = { ...ENVELOPE, kind: 'tone', entries: [entry] };
    const mod = validateModule(source);
    expect(Object.isFrozen(mod) && Object.isFrozen(mod.entries) && Object.isFrozen(mod.entries[0])).toBe(true);
    const scorer = createScorer({ core: false, packs: [], lexicons: [source as never] });
    (entry as { weight: number }).weight = -10;
    source.entries.push({ term: 'talk', dimension: 'dialogue', weight: 5 });
    expect(scorer.score('They walk out and talk.').evidence.map((e) => [e.lemma, e.weight])).toEqual([
      ['walk out', -4],
    ]);
  });

  it('getters and proxies run their own code: a throwing getter surfaces as that error (lexicons must be data)', () => {
    const entry = {
      dimension: 'threat',
      weight: -1,
      get term(): string {
        throw new RangeError('getter ran');
      },
    };
    expect(() => validateModule({ ...ENVELOPE, kind: 'tone', entries: [entry] })).toThrow(RangeError);
    const proxy = new Proxy(
      {},
      {
        get: () => {
          throw new TypeError('trap ran');
        },
      },
    );
    expect(() => validateModule(proxy)).toThrow(TypeError);
  });
});
