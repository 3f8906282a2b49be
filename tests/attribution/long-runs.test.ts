/** Regression (reliability suite): wink-nlp's tokenizer is quadratic on long runs without spaces. */
import { describe, expect, it } from 'vitest';
import { breakLongRuns, MAX_RUN } from '../../src/attribution/document/nlp.js';
import { extractStatements } from '../../src/attribution/index.js';

describe('long runs without spaces', () => {
  it('are cut every MAX_RUN characters, keeping the text length', () => {
    const text = `a ${'x'.repeat(MAX_RUN * 3 + 7)} b`;
    const cut = breakLongRuns(text);
    expect(cut.length).toBe(text.length);
    expect(Math.max(...cut.split(/\s/).map((w) => w.length))).toBeLessThanOrEqual(MAX_RUN);
    expect(breakLongRuns('ordinary text')).toBe('ordinary text');
  });

  it('a 200,000-character run still extracts, and statements around it keep their offsets', () => {
    const text = `“We will talk,” said Mr. Smith.\n${'y'.repeat(200_000)}\n“Never,” said Ms. Jones.`;
    const statements = extractStatements(text);
    expect(statements.map((s) => s.speaker)).toEqual(['Smith', 'Jones']);
    for (const s of statements) expect(text.slice(s.spans.content[0], s.spans.content[1])).toBe(s.text);
  });
});
