/**
 * Regression: coordinated speech acts by one subject lost one act ("Halden accused Valmora of stalling and
 * demanded that …" gave only the demand). The coordination was read; the act whose content ended at the
 * coordinator was dropped as too short ("of stalling", "restraint"). A speech verb's object or prepositional
 * complement is something said, however short; a bare time word or adverbial still is not.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/attribution/index.js';

/** [sentence, expected statements as `cue: text`, shared speaker] */
const COORDINATED: readonly [string, readonly string[], string][] = [
  [
    'Halden accused Valmora of stalling and demanded that it withdraw its forces within ten days.',
    ['accused Valmora: of stalling', 'demanded: it withdraw its forces within ten days'],
    'Halden',
  ],
  [
    'Premier Osric Vantell condemned the attack and called for restraint.',
    ['condemned: the attack', 'called for: restraint'],
    'Osric Vantell',
  ],
  [
    'Osric Vantell condemned violence and called for calm.',
    ['condemned: violence', 'called for: calm'],
    'Osric Vantell',
  ],
  [
    'Minister Lira Desk denied the report and warned that any incursion would be met with force.',
    ['denied: the report', 'warned: any incursion would be met with force'],
    'Lira Desk',
  ],
  [
    'The Tessarin government welcomed the offer but said that talks could not begin before June.',
    ['welcomed: the offer', 'said: talks could not begin before June'],
    'the Tessarin government',
  ],
  [
    'Envoy Maren Folk praised the mediators and urged both sides to return to the table.',
    ['praised: the mediators', 'urged: both sides to return to the table'],
    'Maren Folk',
  ],
  [
    'Mira Solt warned of escalation but said talks were still possible.',
    ['warned: of escalation', 'said: talks were still possible'],
    'Mira Solt',
  ],
  [
    'Tobin Arle urged restraint and warned against reprisals.',
    ['urged: restraint', 'warned: against reprisals'],
    'Tobin Arle',
  ],
];

describe('coordinated speech acts by one subject', () => {
  it.each(COORDINATED)('%s', (sentence, expected, speaker) => {
    const statements = extractStatements(sentence);
    expect(statements.map((s) => `${s.cue}: ${s.text}`)).toEqual(expected);
    for (const s of statements) expect(s.speaker).toBe(speaker);
  });

  it.each([
    ['a time word is no object', 'Osric Vantell said yesterday.'],
    ['an adverbial after the audience is no complement', 'Osric Vantell told reporters on arrival.'],
    ['a name after a preposition is no complement', 'Osric Vantell spoke for Valmora.'],
  ])('%s: %s', (_, sentence) => {
    expect(extractStatements(sentence)).toEqual([]);
  });

  it('keeps one statement per act when the acts stand alone', () => {
    expect(extractStatements('Halden accused Valmora of stalling.').map((s) => s.text)).toEqual(['of stalling']);
    expect(extractStatements('Osric Vantell called for restraint.').map((s) => s.text)).toEqual(['restraint']);
  });
});
