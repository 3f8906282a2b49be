/**
 * Extraction does linear work after wink-nlp has read the text: reads of the token table are counted
 * (attribution-counting.ts) on 1×, 10× and 100× inputs and must grow at most linearly. The quotation scanner
 * runs before the table exists; its work is counted through the string method its inner loop calls.
 * wink-nlp itself is outside this count (see benchmarks/results/reliability.md for its measured cost).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { scanQuotes } from '../../src/attribution/document/quotes.js';
import { extractStatements } from '../../src/attribution/index.js';
import { counter } from './attribution-counting.js';

vi.mock('../../src/attribution/document/document.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/attribution/document/document.js')>();
  const { countedDoc } = await import('./attribution-counting.js');
  return { ...original, readDocument: (text: string) => countedDoc(original.readDocument(text)) };
});

const geneva = readFileSync(new URL('../fixtures/geneva-talks.txt', import.meta.url), 'utf8');
const paragraph = geneva.slice(0, geneva.indexOf('\n', 600) + 1);

const FAMILIES: [string, (k: number) => string][] = [
  ['Geneva article paragraphs', (k) => paragraph.repeat(k)],
  ['quotations with cues and titles', (k) => '“We will talk,” Mr. Blinken said. '.repeat(20 * k)],
  ['reported speech', (k) => 'He said that they would never accept it. '.repeat(20 * k)],
  [
    'names, titles and appositions',
    (k) => 'Jen Psaki, the White House press secretary, met Sergey Lavrov and Mr. Blinken. '.repeat(10 * k),
  ],
  ['nested balanced quotes', (k) => '“a ‘b « c » d’ e,” she said. '.repeat(20 * k)],
  ['closing marks only', (k) => '” ’ » › '.repeat(50 * k)],
  ['straight quotes and apostrophes', (k) => 'He said "it\'s the \'end\' " and "no" '.repeat(20 * k)],
  ['cue verbs without speakers', (k) => 'said, told, warned, added, according to, '.repeat(20 * k)],
  ['pronouns only', (k) => 'he she they it he said she said '.repeat(20 * k)],
  ['one-word paragraphs', (k) => 'Yes.\n'.repeat(100 * k)],
  // Issue 12: the grammar of sources.
  [
    'titles, affiliations and attachments',
    (k) => 'Russian Deputy Foreign Minister Sergei Ryabkov of the Ministry of Foreign Affairs said it. '.repeat(10 * k),
  ],
  [
    'closing cues with time phrases and participles',
    (k) =>
      'The talks had failed, the ministry said here late on Tuesday, adding that nothing was agreed. '.repeat(10 * k),
  ],
  [
    'organisation names with connectors',
    (k) =>
      'The International Federation of Red Cross and Red Crescent Societies in the Near East said aid had arrived. '.repeat(
        10 * k,
      ),
  ],
  [
    'coordination and attachment chains',
    (k) => 'Members of the party from Ghana and Togo and Benin said it. '.repeat(10 * k),
  ],
  [
    'relative clauses and appositions',
    (k) =>
      'A senior official who asked not to be named, a diplomat who followed the talks, told AFP that it was over. '.repeat(
        5 * k,
      ),
  ],
  ['time words and numbers as subjects', (k) => 'Monday said 2024 said on May 5 said March 3 said. '.repeat(10 * k)],
  ['one sentence of capitalised words and hyphens', (k) => 'Al-Bab Cad-Dem bin Laden Van Der Minister '.repeat(20 * k)],
  [
    'descriptions pointing back',
    (k) => 'A senior official said it was over. The official added that talks were off. They said no. '.repeat(10 * k),
  ],
];

const within = (small: number, big: number): boolean => big <= small * 11 + 64;

describe('extraction work grows linearly (1× / 10× / 100×)', () => {
  it.each(FAMILIES)('%s', (_name, make) => {
    const work = [1, 10, 100].map((k) => {
      counter.reads = 0;
      const statements = extractStatements(make(k)).length;
      return { reads: counter.reads, tokens: counter.tokens, statements };
    });
    for (let i = 1; i < work.length; i++) {
      const [a, b] = [work[i - 1], work[i]] as [(typeof work)[0], (typeof work)[0]];
      expect(within(a.reads, b.reads), `reads ${a.reads} → ${b.reads}`).toBe(true);
      expect(within(a.tokens, b.tokens), `tokens ${a.tokens} → ${b.tokens}`).toBe(true);
    }
    // The counter sees the work: at least one read per token.
    expect(work[2]?.reads).toBeGreaterThanOrEqual(work[2]?.tokens ?? 1);
  });
});

/** Calls of String.prototype.includes during `fn` (the quote scanner's stack search uses it per open mark). */
function includesCalls(fn: () => void): number {
  const original = String.prototype.includes;
  let calls = 0;
  // biome-ignore lint/suspicious/noExplicitAny: a counting wrapper with the built-in's own signature
  String.prototype.includes = function (this: string, ...args: any[]) {
    calls++;
    return original.apply(this, args as [string, number?]);
  };
  try {
    fn();
  } finally {
    String.prototype.includes = original;
  }
  return calls;
}

describe('quotation scanning work', () => {
  it.each([
    ['balanced quotations', (k: number) => '“a,” b. '.repeat(30 * k)],
    ['closing marks only', (k: number) => '”'.repeat(30 * k)],
    ['nested pairs', (k: number) => '“‘a’” '.repeat(30 * k)],
  ])('%s: linear', (_name, make) => {
    const work = [1, 10, 100].map((k) => includesCalls(() => scanQuotes(make(k))));
    expect(within(work[0] ?? 0, work[1] ?? 0) && within(work[1] ?? 0, work[2] ?? 0), work.join(' → ')).toBe(true);
  });

  // Regression: every unclosed opening mark stayed on the scanner's stack and `nearest()` searched the whole
  // stack at each new mark (n²/2 steps: 10,000 marks ≈ 1.4 s). Fixed by MAX_NESTING in src/attribution/quotes.ts.
  it('unclosed opening marks (“ “ “ …): linear', () => {
    const work = [1, 10, 100].map((k) => includesCalls(() => scanQuotes('“'.repeat(300 * k))));
    expect(within(work[0] ?? 0, work[1] ?? 0) && within(work[1] ?? 0, work[2] ?? 0), work.join(' → ')).toBe(true);
  });
});
