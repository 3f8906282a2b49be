/**
 * Classes of error a new user's trial found in wire copy (sentences written for this suite, none taken from
 * the trial's articles): a lone surname is a person, an unknown nationality before a title is the
 * affiliation, and a time phrase right after the speech verb is not part of what was said.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements, type Statement } from '../../src/attribution/index.js';

/** The statement whose content starts with `opening`. */
function opening(text: string, start: string): Statement | undefined {
  return extractStatements(text).find((s) => s.text.startsWith(start));
}

describe('a lone capitalised word is a surname unless the lexicons or the document say otherwise', () => {
  it.each([
    [
      'no earlier full name',
      'Brannock said on Thursday that the port would reopen next month.',
      'the port would reopen',
      'Brannock',
      'person',
    ],
    [
      'the full name earlier in the article',
      'Harbour Minister Tomas Kovalen toured the docks. Kovalen said the cranes would be replaced by spring.',
      'the cranes would be replaced',
      'Tomas Kovalen',
      'person',
    ],
    [
      'mid-sentence after the verb',
      'The cranes would be replaced by spring, said Kovalen, who toured the docks.',
      'The cranes would be replaced',
      'Kovalen',
      'person',
    ],
    [
      'an acronym',
      'OSCE said the monitors would stay until the vote.',
      'the monitors would stay',
      'OSCE',
      'organisation',
    ],
    [
      'a word the article uses as a place',
      'Shelling resumed in Drevia overnight. Drevia said the attack had been repelled.',
      'the attack had been repelled',
      'Drevia',
      'organisation',
    ],
    [
      'a word whose nationality adjective the article uses',
      'Drevian troops crossed the river at dawn. Drevia said its soldiers had acted in self-defence.',
      'its soldiers had acted',
      'Drevia',
      'organisation',
    ],
  ])('%s', (_name, text, start, speaker, kind) => {
    const s = opening(text, start);
    expect(s, JSON.stringify(extractStatements(text))).toBeDefined();
    expect(s?.speaker).toBe(speaker);
    expect(s?.speakerKind).toBe(kind);
  });

  it('a plural noun capitalised at the sentence start is a description, not a surname', () => {
    const s = opening('Shopkeepers said the price of bread had doubled.', 'the price of bread');
    expect(s?.speaker).toBe('Shopkeepers');
    expect(s?.speakerKind).toBe('description');
  });

  it('a later "she said" points back to a lone surname', () => {
    const text =
      'Brannock said on Thursday that the port would reopen next month. "We have kept every promise we made," she said.';
    const quote = opening(text, 'We have kept every promise');
    expect(quote?.speaker).toBe('Brannock');
    expect(quote?.speakerKind).toBe('person');
  });
});

describe('a nationality adjective the lexicon does not know, before a title, is the affiliation', () => {
  it.each([
    ['-an', 'Dorvan Interior Minister Ilse Marrow said the curfew would end on Friday.', 'Interior Minister', 'Dorvan'],
    [
      '-an before a modifier',
      'Selvaran Deputy Prime Minister Kai Ronde said the budget was balanced.',
      'Deputy Prime Minister',
      'Selvaran',
    ],
    ['-i', 'Tavrani Defence Minister Omar Seldin said the drills were routine.', 'Defence Minister', 'Tavrani'],
    [
      '-ian still',
      'Morlandian Foreign Minister Eva Strand said the envoy would return.',
      'Foreign Minister',
      'Morlandian',
    ],
  ])('%s', (_name, text, title, affiliation) => {
    const [s] = extractStatements(text);
    expect(s?.title, JSON.stringify(s)).toBe(title);
    expect(s?.affiliation).toBe(affiliation);
  });

  it('a portfolio before the head stays in the title ("Urban Development Minister")', () => {
    const [s] = extractStatements('Urban Development Minister Ruth Abara said the plan would be published.');
    expect(s?.title).toBe('Urban Development Minister');
    expect(s?.affiliation).toBeNull();
  });
});

describe('a time phrase right after the speech verb is not content', () => {
  it.each([
    [
      'on + weekday, then an infinitive',
      'The council threatened on Monday to suspend the grain agreement.',
      'to suspend the grain agreement',
    ],
    [
      'late on + weekday, then a clause',
      'Officials warned late on Friday the truce could collapse within days.',
      'the truce could collapse',
    ],
    ['a bare weekday', 'The ministry promised Tuesday to publish the full report.', 'to publish the full report'],
  ])('%s', (_name, text, content) => {
    const [s] = extractStatements(text);
    expect(s?.text, JSON.stringify(s)).toMatch(new RegExp(`^${content}`));
  });

  it('a noun phrase before a verb is the subject of the content, not the audience ("warned the truce could …")', () => {
    const [s] = extractStatements('The prime minister warned the truce could collapse within days.');
    expect(s?.cue).toBe('warned');
    expect(s?.text).toMatch(/^the truce could collapse/);
  });

  it('a weekday that opens the content stays in it ("said Monday’s meeting …")', () => {
    const [s] = extractStatements("The envoy said Monday's meeting had been useful and frank.");
    expect(s?.text).toMatch(/^Monday's meeting/);
  });
});
