import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStatements, type Statement } from '../../src/attribution/index.js';

const dir = new URL('../fixtures/', import.meta.url);
const text = readFileSync(new URL('geneva-talks.txt', dir), 'utf8');
const lines = (name: string): Record<string, string>[] =>
  readFileSync(new URL(name, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, string>);
const expected = lines('geneva-talks.expected.jsonl');
const reported = lines('geneva-talks.reported.jsonl');
const statements = extractStatements(text);

/** A statement's full extent: its cue and its content. */
const extent = (s: Statement): [number, number] => {
  const [a, b] = s.spans.content;
  const cue = s.spans.cue;
  return cue ? [Math.min(a, cue[0]), Math.max(b, cue[1])] : [a, b];
};
const surname = (speaker: string | null): string => (speaker ?? '').split(' ').at(-1) ?? '';

describe('Geneva fixture: quoted spans', () => {
  it('has 22 quoted spans to find', () => expect(expected).toHaveLength(22));

  it.each(expected.map((e) => [e.quote, e.speakerKey] as const))('%s → %s', (quote, key) => {
    const at = text.indexOf(quote as string);
    expect(at).toBeGreaterThanOrEqual(0);
    const holding = statements.filter(
      (s) => s.spans.content[0] <= at && at + (quote as string).length <= s.spans.content[1],
    );
    expect(holding.length).toBeGreaterThan(0);
    for (const s of holding) {
      // No longer than a sentence or two: at most 2 sentence boundaries inside.
      expect(s.text.split(/[.!?][”"’]?\s+(?=[“"‘A-Z])/).length).toBeLessThanOrEqual(3);
      expect(surname(s.speaker)).toBe(key);
    }
  });

  it('no statement holding a quoted span names a wrong speaker with confidence ≥ 0.8', () => {
    for (const e of expected) {
      const at = text.indexOf(e.quote as string);
      for (const s of statements.filter((x) => x.spans.content[0] <= at && at < x.spans.content[1])) {
        if (surname(s.speaker) !== e.speakerKey) expect(s.confidence).toBeLessThan(0.8);
      }
    }
  });
});

describe('Geneva fixture: reported statements', () => {
  it.each(reported.map((r) => [r.fragment, r.speakerKey] as const))('%s → %s', (fragment, key) => {
    const at = text.indexOf(fragment as string);
    expect(at).toBeGreaterThanOrEqual(0);
    const found = statements.filter((s) => {
      const [a, b] = extent(s);
      return a <= at && at + (fragment as string).length <= b;
    });
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((s) => surname(s.speaker))).toContain(key);
  });
});

describe('Geneva fixture: invariants', () => {
  it('every statement text is its content span of the input', () => {
    for (const s of statements) expect(text.slice(s.spans.content[0], s.spans.content[1])).toBe(s.text);
  });
  it('every cue is its cue span of the input', () => {
    for (const s of statements) if (s.spans.cue) expect(text.slice(s.spans.cue[0], s.spans.cue[1])).toBe(s.cue);
  });
  it('resolves the fullest names and keeps the mention', () => {
    const blinken = statements.find((s) => s.mention === 'Mr. Blinken');
    expect(blinken?.speaker).toBe('Antony J. Blinken');
    expect(statements.find((s) => s.mention === 'Mr. Lavrov')?.speaker).toBe('Sergey V. Lavrov');
    expect(statements.find((s) => s.mention === 'Mr. Guterres')?.speaker).toBe('António Guterres');
  });
  it('does not attribute the Blinken quote reported by Lavrov to Blinken', () => {
    const at = text.indexOf('that it is necessary to have a more reasonable dialogue.');
    const s = statements.find((x) => x.spans.content[0] <= at && at < x.spans.content[1]);
    expect(s?.kind).toBe('partial');
    expect(s?.mention).toBe('he');
  });
});
