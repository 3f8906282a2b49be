/**
 * `extractStatements` and `analyzeArticle` on generated articles: quote marks of every style (balanced or
 * not), names with titles, cues, pronouns, line breaks and random strings. Never throws on a string; every
 * statement's spans lie in the input and slice back to its text and cue; statements come in text order;
 * confidence is in [0, 1] and 0 when the speaker is unknown; the analysis is deterministic and its evidence
 * spans slice back to their terms in the article.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Statement } from '../../src/attribution/index.js';
import { analyzeArticle, extractStatements } from '../../src/attribution/index.js';
import { createScorer } from '../../src/index.js';
import { fuzzTimeout, runs } from './fuzz-runs.js';

vi.setConfig({ testTimeout: fuzzTimeout() });

const PARTS = [
  '“',
  '”',
  '"',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  '‹',
  '›',
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
  '\n',
  '\n\n',
  ' — ',
  'said',
  'told reporters',
  'warned',
  'according to',
  'he',
  'she',
  'they',
  'Mr.',
  'Ms.',
  'Secretary of State',
  'Antony J. Blinken',
  'Blinken',
  'Sergey Lavrov',
  'Lavrov',
  'the Kremlin',
  'We',
  'will',
  'not',
  'accept',
  'threaten',
  'negotiate',
  'no trade space',
  'hope',
  'that',
  'denied',
  'any',
  'plans',
  'to',
  'attack',
  'Geneva',
  'Friday',
  // Issue 12: titles, organisations, attachments, time phrases, closing cues, participles, relatives.
  'Russian Deputy Foreign Minister',
  'the Syrian Observatory for Human Rights',
  'al-Shabab',
  'Asante-Boateng',
  'of',
  'for',
  'and',
  'in',
  'on Monday',
  'late Thursday',
  'May 5',
  '2024',
  'here',
  'adding that',
  'calling for',
  'which',
  'who asked not to be named',
  'a statement',
  'state television',
  'Reuters reports',
  '(',
  ')',
  '-',
  'officials',
  'Residents',
  'The newspaper',
  'expressed',
  'urged',
  'recalled',
];
const article = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.constantFrom(...PARTS), { maxLength: 80 }).map((p) => p.join(' ').replace(/ {2,}/g, ' ')),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...PARTS), fc.string({ maxLength: 6 })), { maxLength: 40 })
      .map((p) => p.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }) },
);

function checkStatements(text: string, statements: readonly Statement[]): void {
  let previous = -1;
  for (const s of statements) {
    const [a, b] = s.spans.content;
    expect(0 <= a && a <= b && b <= text.length, `content span ${a}-${b} of ${text.length}`).toBe(true);
    expect(text.slice(a, b)).toBe(s.text);
    if (s.spans.cue !== null) {
      const [c, d] = s.spans.cue;
      expect(0 <= c && c <= d && d <= text.length).toBe(true);
      expect(text.slice(c, d)).toBe(s.cue);
    }
    expect(a).toBeGreaterThanOrEqual(previous);
    previous = a;
    expect(s.confidence).toBeGreaterThanOrEqual(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    if (s.speaker === null) expect(s.confidence).toBe(0);
    expect(Number.isInteger(s.sentence) && s.sentence >= 0 && Number.isInteger(s.paragraph) && s.paragraph >= 0).toBe(
      true,
    );
    expect(['direct', 'partial', 'indirect']).toContain(s.kind);
    // The speaker's kind, title and affiliation exist only with a speaker, and a speaker is never a time alone.
    if (s.speaker === null) expect([s.speakerKind, s.title, s.affiliation]).toEqual([null, null, null]);
    else {
      expect(['person', 'organisation', 'country', 'description', 'document', 'media']).toContain(s.speakerKind);
      expect(s.speaker).not.toMatch(/^(on |late )?(monday|thursday|friday|may 5|2024)$/i);
    }
  }
}

describe('extractStatements on generated articles', () => {
  it('never throws; spans slice back to text and cue; order, confidence and indexes hold', () => {
    fc.assert(
      fc.property(article, (text) => checkStatements(text, extractStatements(text))),
      { numRuns: runs(300) },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(article, (text) => {
        const a = extractStatements(text);
        extractStatements('“Something else entirely,” Mr. Other said.');
        expect(extractStatements(text)).toEqual(a);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('analyzeArticle on generated articles', () => {
  const scorer = createScorer();
  it('statement and evidence spans slice back into the article; scores in [-1, 1]; profile counts match', () => {
    fc.assert(
      fc.property(article, (text) => {
        const { statements, profile } = analyzeArticle(text, { scorerInstance: scorer });
        checkStatements(text, statements);
        for (const s of statements) {
          expect(Math.abs(s.tone.score)).toBeLessThanOrEqual(1);
          for (const e of s.tone.evidence) expect(text.slice(e.span[0], e.span[1])).toBe(e.term);
        }
        // By default unattributed statements form their own speaker, so every statement is counted once.
        expect(profile.profiles.reduce((n, p) => n + p.count, 0)).toBe(statements.length);
      }),
      { numRuns: runs(150) },
    );
  });
});
