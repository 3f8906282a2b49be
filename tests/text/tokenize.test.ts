import { describe, expect, it } from 'vitest';
import { TokenBuffer } from '../../src/text/token-buffer.js';
import { tokenize } from '../../src/text/tokenize.js';

function tokens(text: string) {
  const buf = new TokenBuffer(2);
  tokenize(text, buf);
  return Array.from({ length: buf.count }, (_, i) => ({
    form: buf.form[i],
    text: text.slice(buf.start[i], buf.end[i]),
    clause: buf.clause[i],
    sentence: buf.sentence[i],
  }));
}

describe('tokenize', () => {
  it('keeps offsets that slice back to the token', () => {
    for (const t of tokens('  The U.S. said — again — “no”!  '))
      expect(t.text.toLowerCase().replace('’', "'")).toBe(t.form);
  });

  it.each([
    ['didn’t', ['did', "n't"]],
    ["won't", ['wo', "n't"]],
    ['Russia’s', ['russia', "'s"]],
    ["we'll", ['we', "'ll"]],
    ['good-faith', ['good', 'faith']],
    ['military-technical', ['military', 'technical']],
    ['O’Brien', ["o'brien"]],
    ["'quoted'", ['quoted']],
    ['Café déjà-vu', ['café', 'déjà', 'vu']],
    ['3.5 percent', ['3', '5', 'percent']],
  ])('%s → %j', (text, forms) => {
    expect(tokens(text).map((t) => t.form)).toEqual(forms);
  });

  it('splits sentences at . ! ? and line breaks, not after abbreviations or initials', () => {
    const ts = tokens('Mr. Blinken met Antony J. Smith in the U.S. on Friday. They talked! Then?\nNew para');
    const sentenceOf = (form: string) => ts.find((t) => t.form === form)?.sentence;
    expect(sentenceOf('friday')).toBe(0);
    expect(sentenceOf('they')).toBe(1);
    expect(sentenceOf('then')).toBe(2);
    expect(sentenceOf('new')).toBe(3);
  });

  it('starts a new clause at commas, dashes and quote marks', () => {
    const ts = tokens('no trade space there — none, “really”');
    expect(new Set(ts.map((t) => t.clause)).size).toBe(3);
    expect(ts[0]?.clause).toBe(ts[3]?.clause);
  });

  it('survives emoji, lone surrogates, control characters and case changes that alter length', () => {
    const text = '\u0000\ud800 İstanbul 🙂 talks\u0007\udfff';
    const ts = tokens(text);
    expect(ts.map((t) => t.form)).toContain('talks');
    for (const t of ts) expect(t.text.length).toBeGreaterThan(0);
  });

  it('reuses its buffer: a second text replaces the first', () => {
    const buf = new TokenBuffer(1);
    tokenize('one two three four five', buf);
    tokenize('six', buf);
    expect(buf.count).toBe(1);
    expect(buf.form[0]).toBe('six');
  });

  it.each([
    ['Why?', [1]],
    ['We talked. Why?', [0, 1]],
    ['Why? We talked.', [1, 0]],
    ['Why?! We talked.', [1, 0]],
    ['Why!? We talked.', [0, 0]],
    ['“Why?” he asked.', [1, 0]],
    ['Is it?No.', [0]],
    ['Why\nnot?', [0, 1]],
    ['? Why', [0]],
    ['We talked.\n\n?', [0]],
  ])('marks the sentences that end with a question mark: %j', (text, flags) => {
    const buf = new TokenBuffer(1);
    tokenize(text, buf);
    expect(Array.from(buf.question.subarray(0, buf.sentences))).toEqual(flags);
  });

  it('clears question marks left by an earlier text, also past a grown buffer', () => {
    const buf = new TokenBuffer(1);
    tokenize('Aa? Bb? Cc? Dd? Ee? Ff? Gg? Hh?', buf);
    tokenize('Aa. Bb. Cc. Dd. Ee. Ff. Gg. Hh. Ii.', buf);
    expect(Array.from(buf.question.subarray(0, buf.sentences))).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
