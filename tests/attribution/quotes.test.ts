import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../src/attribution/document/quotes.js';

/** The contents of the top-level quotations found in a text. */
const contents = (text: string): string[] => scanQuotes(text).map((q) => text.slice(q.contentStart, q.contentEnd));

describe('scanQuotes', () => {
  it.each([
    ['curly double', '“We will talk,” he said.', ['We will talk,']],
    ['straight double', '"We will talk," he said.', ['We will talk,']],
    ['curly single (British)', '‘We will talk,’ he said.', ['We will talk,']],
    ['straight single', "He said 'not now' and left.", ['not now']],
    ['guillemets', '«Nous parlerons» dit-il.', ['Nous parlerons']],
    ['reversed guillemets', '»Wir reden« sagte er.', ['Wir reden']],
    ['German low-high', '„Wir reden“, sagte er.', ['Wir reden']],
    ['Polish low-high', '„Nikt nie chce wojny” — he said.', ['Nikt nie chce wojny']],
    ['apostrophes are not quotes', 'Russia’s demands and the allies’ reply didn’t change.', []],
    ['apostrophe inside a single quote', '‘It doesn’t matter,’ she said.', ['It doesn’t matter,']],
    ['nested single in double', '“He told me ‘never,’ and meant it,” she said.', ['He told me ‘never,’ and meant it,']],
    [
      'nested straight',
      `"My father said, 'Never cross a picket line,' and I never have," she said.`,
      ["My father said, 'Never cross a picket line,' and I never have,"],
    ],
    [
      'two quotes in a sentence',
      '“Direct, businesslike” and “not polemical.”',
      ['Direct, businesslike', 'not polemical.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it('ends an unclosed quotation at its paragraph end, flagged unbalanced', () => {
    const text = 'He called it “propaganda.\nNext paragraph.';
    const [q] = scanQuotes(text);
    expect(q?.balanced).toBe(false);
    expect(text.slice(q?.contentStart, q?.contentEnd)).toBe('propaganda.');
    expect(q?.continues).toBe(false);
  });

  it('flags a quotation that runs on into a paragraph opening with a quote mark', () => {
    const text = '“First paragraph of the quote.\n“Second paragraph.”';
    const quotes = scanQuotes(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.continues).toBe(true);
    expect(quotes[1]?.balanced).toBe(true);
  });

  it('ignores stray closing marks', () => {
    expect(contents('He said so.” Then “yes.”')).toEqual(['yes.']);
  });
});
