/**
 * Issue 12: reported speech for every verb of the speech-verb lexicon, with the source before the verb and at
 * the end of the sentence ("…, the Andean Council said."), and the cue's tone kept when the statement is scored.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, extractStatements } from '../../src/attribution/index.js';
import type { SpeechVerbEntry } from '../../src/lexicon/types.js';
import { createScorer } from '../../src/scoring/create-scorer.js';

const lexicon = JSON.parse(readFileSync(new URL('../../lexicons/en/speech-verbs.json', import.meta.url), 'utf8')) as {
  entries: SpeechVerbEntry[];
};

/** Past tenses the regular rule (+ed, +d, y → ied) does not give. */
const IRREGULAR: Record<string, string> = {
  say: 'said',
  tell: 'told',
  write: 'wrote',
  swear: 'swore',
  forecast: 'forecast',
  'make clear': 'made clear',
  slam: 'slammed',
  beg: 'begged',
  dub: 'dubbed',
  rebut: 'rebutted',
  regret: 'regretted',
  admit: 'admitted',
  signal: 'signalled',
  label: 'labelled',
  counter: 'countered',
};

function past(term: string): string {
  const irregular = IRREGULAR[term];
  if (irregular) return irregular;
  const [head = term, ...rest] = term.split(' ');
  const verb = head.endsWith('e') ? `${head}d` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ied` : `${head}ed`;
  return [verb, ...rest].join(' ');
}

// Nouns that report speech ("denial", "warning") are cues only with a possessor; "according to" is no verb.
const verbs = lexicon.entries.filter((e) => !e.note?.startsWith('noun cue') && e.term !== 'according to');
const SOURCE = 'the Andean Council';

describe('every speech verb reports speech in both orders', () => {
  it('covers the lexicon', () => expect(verbs.length).toBeGreaterThan(150));

  it.each(verbs.map((e) => [e.term, past(e.term)] as const))('%s (%s), source first', (_term, form) => {
    const text = `The Andean Council ${form} that the border would reopen on Monday.`;
    const [s, ...others] = extractStatements(text);
    expect(others).toEqual([]);
    expect([s?.speaker, s?.speakerKind, s?.text]).toEqual([
      SOURCE,
      'organisation',
      'the border would reopen on Monday',
    ]);
    expect(s?.cue?.startsWith(form)).toBe(true);
  });

  it.each(verbs.map((e) => [e.term, past(e.term)] as const))('%s (%s), source last', (_term, form) => {
    const text = `The border would reopen on Monday, the Andean Council ${form}.`;
    const [s, ...others] = extractStatements(text);
    expect(others).toEqual([]);
    expect([s?.speaker, s?.text]).toEqual([SOURCE, 'The border would reopen on Monday']);
  });
});

describe("the cue's tone is kept", () => {
  const scorer = createScorer();
  it.each(verbs.map((e) => [e.term, e] as const))('%s', (_term, entry) => {
    const form = past(entry.term);
    const text = `The Andean Council ${form} that it would retaliate with force.`;
    const [s] = analyzeArticle(text, { scorerInstance: scorer }).statements;
    expect(s?.cue?.startsWith(form)).toBe(true);
    const evidence = s?.tone.evidence ?? [];
    for (const e of evidence) expect(text.slice(e.span[0], e.span[1])).toBe(e.term);
    const own = evidence.filter((e) => e.lemma === entry.term);
    if (scorer.score(entry.term).hits > 0) {
      // The scorer knows the verb: the statement scores as the cue followed by the content does, one text.
      const joint = scorer.score(`${s?.cue} ${s?.text}`);
      expect([s?.tone.score, s?.tone.label]).toEqual([joint.score, joint.label]);
      expect(evidence.map((e) => [e.lemma, e.dimension, e.weight])).toEqual(
        joint.evidence.map((e) => [e.lemma, e.dimension, e.weight]),
      );
      expect(own.map((e) => [e.dimension, e.baseWeight])).toEqual([[entry.dimension, entry.weight]]);
    } else if (entry.tone === 'conciliatory' || entry.tone === 'confrontational') {
      expect(own.map((e) => [e.dimension, e.weight])).toEqual([[entry.dimension, entry.weight]]);
    } else if (entry.tone === 'operator') {
      // A negating cue reverses the content's threat (a denied threat is reassurance); an opposing one
      // ("disputed") reverses only conciliatory acts, so the threat stays (docs/semantics.md).
      expect(own).toEqual([]);
      expect(evidence.length).toBeGreaterThan(0);
      const reversed = (e: (typeof evidence)[number]): boolean =>
        e.modifiers.some((m) => m.type === 'reversal' && m.term === s?.cue);
      for (const e of evidence) {
        expect(reversed(e)).toBe(entry.opposes !== true);
        expect(Math.sign(e.weight)).toBe(entry.opposes === true ? -1 : 1);
      }
    } else {
      expect(own).toEqual([]);
    }
  });
});
