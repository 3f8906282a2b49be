import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/attribution/index.js';
import type { LexiconModule } from '../../src/lexicon/types.js';
import { createScorer } from '../../src/scoring/create-scorer.js';

const text = readFileSync(new URL('../fixtures/geneva-talks.txt', import.meta.url), 'utf8');
const report = analyzeArticle(text);
const profileOf = (surname: string) => report.profile.profiles.find((p) => p.speaker.endsWith(surname));

describe('analyzeArticle on the Geneva fixture', () => {
  it('returns one scored statement per extracted statement, with evidence spans in the input', () => {
    expect(report.statements.length).toBeGreaterThan(20);
    for (const s of report.statements) {
      expect(s.tone.score).toBeGreaterThanOrEqual(-1);
      expect(s.tone.score).toBeLessThanOrEqual(1);
      for (const e of s.tone.evidence) expect(text.slice(e.span[0], e.span[1])).toBe(e.term);
    }
  });

  it('Lavrov leans conciliatory', () => {
    const lavrov = profileOf('Lavrov');
    expect(lavrov).toBeDefined();
    expect(lavrov?.mean).toBeGreaterThan(0);
    expect(lavrov?.labels.conciliatory).toBeGreaterThan(lavrov?.labels.confrontational ?? 0);
  });

  it('Blinken’s “no trade space” is his most confrontational statement', () => {
    const blinken = report.statements.filter((s) => s.speaker === 'Antony J. Blinken');
    const trade = blinken.find((s) => s.text.startsWith('There is no trade space'));
    expect(trade?.tone.label).toBe('confrontational');
    const lowest = Math.min(...blinken.map((s) => s.tone.score));
    expect(trade?.tone.score).toBe(lowest);
    expect(profileOf('Blinken')?.mostConfrontational?.text).toBe(trade?.text);
  });
});

describe('cue tone', () => {
  const scorer = createScorer();
  const analyze = (t: string) => analyzeArticle(t, { scorerInstance: scorer }).statements[0];

  it('a confrontational cue adds its own hit', () => {
    const s = analyze('Mr. Ortega warned that the shipments would be reviewed.');
    expect(s?.tone.evidence.some((e) => e.lemma === 'warn' && e.weight < 0)).toBe(true);
    expect(s?.tone.score).toBeLessThan(0);
  });

  it('a conciliatory cue adds its own hit', () => {
    const s = analyze('Ms. Halvorsen praised the customs agreement reached on Tuesday.');
    expect(s?.tone.evidence.some((e) => e.lemma === 'praise' && e.weight > 0)).toBe(true);
    expect(s?.tone.score).toBeGreaterThan(0);
  });

  it('an operator cue the scorer knows adds its own hit and reverses the act it governs, as the scorer does', () => {
    const content = scorer.score('it would impose sanctions on the port');
    expect(content.hits).toBeGreaterThan(0); // the case needs a content hit to reverse
    const s = analyze('The ministry denied that it would impose sanctions on the port.');
    expect(s?.cue).toBe('denied');
    expect(s?.text).toBe('it would impose sanctions on the port');
    expect(Math.sign(s?.tone.score ?? 0)).toBe(-Math.sign(content.score));
    const [own, ...governed] = s?.tone.evidence ?? [];
    expect([own?.term, own?.lemma]).toEqual(['denied', 'deny']);
    expect(governed.length).toBeGreaterThan(0);
    for (const e of governed) expect(e.modifiers.some((m) => m.type === 'reversal' && m.term === 'denied')).toBe(true);
  });

  it('an operator cue the scorer does not know (a user module) reverses the content hits instead of adding one', () => {
    const verbs: LexiconModule<'speech-verb'> = {
      id: 'test/verbs',
      version: '1.0.0',
      language: 'en',
      kind: 'speech-verb',
      entries: [{ term: 'contradict', tone: 'operator' }],
    };
    const s = analyzeArticle('The ministry contradicted that it would impose sanctions on the port.', {
      scorerInstance: scorer,
      speechVerbs: [verbs],
    }).statements[0];
    expect(s?.cue).toBe('contradicted');
    expect(s?.tone.score).toBeGreaterThan(0);
    expect(
      s?.tone.evidence.every((e) => e.modifiers.some((m) => m.type === 'reversal' && m.term === 'contradicted')),
    ).toBe(true);
  });

  it('a neutral cue leaves the content score alone', () => {
    const content = scorer.score('the talks were useful');
    expect(analyze('Mr. Dube said the talks were useful.')?.tone.score).toBe(content.score);
  });
});

describe('analyzeArticle metadata', () => {
  it('copies the article’s fields onto every statement and returns them; the statement’s own fields win', () => {
    const metadata = { id: 'a01', date: '2025-03-03', speaker: 'not a speaker', outlet: 'AFP' };
    const r = analyzeArticle('“We are ready to talk,” Mr. Lund said. Mr. Dube said the talks were useful.', {
      metadata,
    });
    expect(r.metadata).toBe(metadata);
    expect(r.statements).toHaveLength(2);
    for (const s of r.statements) expect(s).toMatchObject({ id: 'a01', date: '2025-03-03', outlet: 'AFP' });
    expect(r.statements.map((s) => s.speaker)).toEqual(['Lund', 'Dube']);
    expect(analyzeArticle('No one spoke.').metadata).toEqual({});
  });

  it('refuses metadata that is not an object', () => {
    expect(() => analyzeArticle('x', { metadata: 'a01' as never })).toThrow(/metadata must be an object/);
  });
});
