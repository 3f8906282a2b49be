import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStatements, type Statement } from '../../src/attribution/index.js';

/**
 * Wire-copy test articles written for this suite (tests/fixtures/articles/*.txt) with their expected
 * speakers in expected.jsonl: one row per attributed fragment (speaker = fullest name or description in the
 * article), and rows with `"statement": false` for scare quotes and titles that must not be statements.
 */
interface Row {
  article: string;
  fragment: string;
  speaker?: string;
  kind?: string;
  statement?: false;
  construction: string;
}
const dir = new URL('../fixtures/articles/', import.meta.url);
// expected.jsonl: the first set; heldout.*, fresh.* and new.*: later sets whose first-run misses were fixed, so
// they are development sets now. final.expected.jsonl (never tuned on) is only measured, in the benchmark.
const rows = ['expected.jsonl', 'heldout.expected.jsonl', 'fresh.expected.jsonl', 'new.expected.jsonl'].flatMap(
  (file) =>
    readFileSync(new URL(file, dir), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Row),
);
const texts = new Map<string, string>();
const extracted = new Map<string, Statement[]>();
for (const row of rows) {
  if (texts.has(row.article)) continue;
  const text = readFileSync(new URL(row.article, dir), 'utf8');
  texts.set(row.article, text);
  extracted.set(row.article, extractStatements(text));
}

/** Statements whose extent (cue and content) holds the fragment. */
function holding(row: Row): Statement[] {
  const text = texts.get(row.article) ?? '';
  const at = text.indexOf(row.fragment);
  expect(at, `fragment not in ${row.article}: ${row.fragment}`).toBeGreaterThanOrEqual(0);
  return (extracted.get(row.article) ?? []).filter((s) => {
    const cue = s.spans.cue ?? s.spans.content;
    return (
      Math.min(cue[0], s.spans.content[0]) <= at && at + row.fragment.length <= Math.max(cue[1], s.spans.content[1])
    );
  });
}

const positives = rows.filter((r) => r.statement !== false);
const negatives = rows.filter((r) => r.statement === false);

describe('test articles', () => {
  it('hold at least 40 attributed statements', () => expect(positives.length).toBeGreaterThanOrEqual(40));

  it.each(positives.map((r) => [r.construction, r.fragment, r.speaker, r] as const))(
    '%s: %s → %s',
    (_c, _f, speaker, row) => {
      const found = holding(row);
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((s) => s.speaker)).toContain(speaker);
      // Nothing holding it names someone else with high confidence.
      for (const s of found) if (s.speaker !== speaker) expect(s.confidence).toBeLessThan(0.8);
      if (row.kind) expect(found.find((s) => s.speaker === speaker)?.kind).toBe(row.kind);
    },
  );

  it.each(negatives.map((r) => [r.construction, r.fragment, r] as const))(
    '%s is not a statement: %s',
    (_c, _f, row) => {
      expect(holding(row)).toEqual([]);
    },
  );

  it('keeps text equal to the content span for every statement', () => {
    for (const [article, statements] of extracted) {
      const text = texts.get(article) ?? '';
      for (const s of statements) expect(text.slice(s.spans.content[0], s.spans.content[1])).toBe(s.text);
    }
  });
});
