import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/attribution/index.js';
import { InputError, LexiconError, OptionsError } from '../../src/errors.js';

const one = (text: string) => extractStatements(text);

describe('extractStatements: constructions', () => {
  it.each([
    ['quote before cue', '“We will not retreat,” Mr. Haddad said.', 'We will not retreat,', 'Haddad', 'direct'],
    ['quote after cue with colon', 'Ms. Ferreira said: “The offer stands.”', 'The offer stands.', 'Ferreira', 'direct'],
    [
      'inverted cue',
      '“Nothing has changed,” said Mr. Haddad, who spoke after the vote.',
      'Nothing has changed,',
      'Haddad',
      'direct',
    ],
    [
      'reported with that',
      'Mr. Haddad said that the border would reopen on Monday.',
      'the border would reopen on Monday',
      'Haddad',
      'indirect',
    ],
    [
      'reported without that',
      'Ms. Ferreira told lawmakers the budget was balanced.',
      'the budget was balanced',
      'Ferreira',
      'indirect',
    ],
    ['partial quote', 'Mr. Haddad called the plan “a dead end.”', 'the plan “a dead end.”', 'Haddad', 'partial'],
    [
      'organisation',
      'The Kremlin said the exercises were routine.',
      'the exercises were routine',
      'the Kremlin',
      'indirect',
    ],
    [
      'according to at the start',
      'According to the ministry, the talks will resume in May.',
      'the talks will resume in May',
      'the ministry',
      'indirect',
    ],
    ['clause before the cue', 'The talks were useful, Mr. Haddad said.', 'The talks were useful', 'Haddad', 'indirect'],
  ])('%s', (_name, text, content, speaker, kind) => {
    const found = one(text).find((s) => s.text === content);
    expect(found, JSON.stringify(one(text))).toBeDefined();
    expect(found?.speaker?.endsWith(speaker)).toBe(true);
    expect(found?.kind).toBe(kind);
  });

  it('resolves the fullest form of a name seen anywhere in the document', () => {
    const text = '“We are ready,” Mr. Haddad said.\nThe foreign minister, Karim N. Haddad, arrived on Sunday.';
    expect(one(text)[0]?.speaker).toBe('Karim N. Haddad');
    expect(one(text)[0]?.mention).toBe('Mr. Haddad');
  });

  it('resolves a pronoun to the person of matching gender', () => {
    const text = 'Ms. Ferreira met Mr. Haddad on Monday. She said the meeting had been productive.';
    expect(one(text).at(-1)?.speaker).toBe('Ferreira');
  });

  it('does not make a statement of a negated or passive speech verb', () => {
    expect(one('Mr. Haddad did not say whether the border would reopen.')).toEqual([]);
    expect(one('Mr. Haddad was told that the border would reopen.')).toEqual([]);
  });

  it('gives speaker null with confidence 0 to a quotation nobody can be found for', () => {
    const found = one('“We should leave before the river rises.”');
    expect(found).toHaveLength(1);
    expect(found[0]?.speaker).toBeNull();
    expect(found[0]?.confidence).toBe(0);
  });
});

describe('extractStatements: options', () => {
  it('maps speakers through aliases', () => {
    const text = 'Sergei Lavrov said the talks were useful.';
    expect(one(text)[0]?.speaker).toBe('Sergei Lavrov');
    const aliased = extractStatements(text, { aliases: { 'Sergei Lavrov': 'Sergey V. Lavrov' } });
    expect(aliased[0]?.speaker).toBe('Sergey V. Lavrov');
  });

  it('accepts extra speech verbs and titles as lexicon modules', () => {
    const text = 'Trade Envoy Brandt grumbled that the talks were over.';
    const verbs = {
      id: 'mine/verbs',
      version: '1.0.0',
      language: 'en',
      kind: 'speech-verb',
      entries: [{ term: 'grumble', tone: 'neutral' }],
    };
    const titles = {
      id: 'mine/titles',
      version: '1.0.0',
      language: 'en',
      kind: 'title',
      entries: [{ term: 'trade envoy', role: 'office' }],
    };
    expect(one(text).length).toBe(0);
    const found = extractStatements(text, { speechVerbs: [verbs as never], titles: [titles as never] });
    expect(found[0]?.speaker).toBe('Brandt');
  });

  it.each([
    ['a non-object', 5 as never, OptionsError],
    ['an unknown option', { alias: {} } as never, OptionsError],
    ['a bad alias', { aliases: { a: 3 } } as never, OptionsError],
    [
      'a module of the wrong kind',
      { speechVerbs: [{ id: 'x', version: '1.0.0', language: 'en', kind: 'title', entries: [] }] } as never,
      OptionsError,
    ],
    [
      'an invalid module',
      { titles: [{ id: 'x', version: '1.0.0', language: 'en', kind: 'title', entries: [{}] }] } as never,
      LexiconError,
    ],
  ])('throws on %s', (_name, options, error) => {
    expect(() => extractStatements('Mr. Haddad said so.', options)).toThrow(error);
  });

  it('throws InputError on a non-string', () => {
    expect(() => extractStatements(42 as never)).toThrow(InputError);
  });
});

describe('extractStatements: any text', () => {
  it('handles empty and blank text', () => {
    expect(one('')).toEqual([]);
    expect(one(' \n\t ')).toEqual([]);
  });

  it('does not crash on unbalanced quote marks', () => {
    for (const text of [
      '“',
      '”',
      '„He said',
      'He said “yes',
      '“A,” he said. “B',
      '‘’‘’“”«»»«',
      'He said: “\n\n”',
      '"',
      '" "" """',
    ]) {
      expect(() => one(text)).not.toThrow();
    }
  });

  it('never throws, stays deterministic and keeps spans valid on arbitrary text', () => {
    const pieces = fc.constantFrom(
      '“',
      '”',
      '"',
      "'",
      '‘',
      '’',
      '«',
      '»',
      '„',
      ' said ',
      ' Mr. ',
      'Ms. Lee',
      ' he ',
      'told reporters',
      ', ',
      '. ',
      '\n',
      'that ',
      'the talks',
      'According to',
      'X',
      ':',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const text = parts.join('') + noise;
        const a = one(text);
        expect(one(text)).toEqual(a);
        for (const s of a) {
          expect(text.slice(s.spans.content[0], s.spans.content[1])).toBe(s.text);
          expect(s.confidence).toBeGreaterThanOrEqual(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
          if (s.speaker === null) expect(s.confidence).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
