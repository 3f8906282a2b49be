/**
 * Profiles of the Geneva fixture's quotes (speakers from the fixture, tone from the default scorer), on the
 * quotes alone, without attribution or cue tone. Issue 4's full reading (Blinken's "no trade space" as his
 * most confrontational statement) is checked on analyzeArticle by the attribution tests, where cues count.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileSpeakers } from '../../src/profile/profile-speakers.js';
import { createScorer } from '../../src/scoring/create-scorer.js';

const scorer = createScorer();
const rows = readFileSync(new URL('../fixtures/geneva-talks.expected.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { quote: string; speakerKey: string })
  .map((q) => ({ speaker: q.speakerKey, text: q.quote, tone: scorer.score(q.quote) }));

describe('profiles of the Geneva quotes', () => {
  const report = profileSpeakers(rows);
  const get = (speaker: string) => report.profiles.find((p) => p.speaker === speaker);

  it('counts every quote once, Blinken first', () => {
    expect(report.profiles.reduce((n, p) => n + p.count, 0)).toBe(rows.length);
    expect(report.profiles[0]?.speaker).toBe('Blinken');
  });

  it('has Lavrov leaning conciliatory', () => {
    expect(get('Lavrov')?.mean).toBeGreaterThan(0);
    expect(get('Lavrov')?.labels.confrontational).toBe(0);
  });

  it("points Blinken's most confrontational statement at his lowest-scoring quote", () => {
    const blinken = rows.filter((r) => r.speaker === 'Blinken');
    const lowest = blinken.reduce((a, b) => (b.tone.score < a.tone.score ? b : a));
    expect(get('Blinken')?.mostConfrontational?.text).toBe(lowest.text);
    expect(get('Blinken')?.mostConfrontational?.index).toBe(rows.indexOf(lowest));
  });
});
