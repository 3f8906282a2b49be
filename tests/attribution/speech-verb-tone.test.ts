/**
 * One definition of a statement's tone: a speech cue the scorer's tone lexicons hold is scored by the scorer's
 * entry, with the content, as one text ("rejected the offer of talks" is a rejection hit that also reverses the
 * talks, as `detente explain` scores it). The speech-verb lexicon's tone fields of such verbs are copies of the
 * scorer's entry; this test keeps them equal, so the lexicon says what the scorer does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/attribution/index.js';
import { type CompiledEntry, OPPOSES, REVERSES_AFTER, TOPIC } from '../../src/lexicon/compiled.js';
import { precompiledDefault } from '../../src/lexicon/precompiled.js';
import type { SpeechVerbEntry } from '../../src/lexicon/types.js';
import { createScorer } from '../../src/scoring/create-scorer.js';

const verbs = (
  JSON.parse(readFileSync(new URL('../../lexicons/en/speech-verbs.json', import.meta.url), 'utf8')) as {
    entries: SpeechVerbEntry[];
  }
).entries;
const lexicon = precompiledDefault();
const scorer = createScorer();

/** The default scorer's entry for a term written as lemmas (a walk down its phrase trie), if it has one. */
function scorerEntry(term: string): CompiledEntry | undefined {
  let node = 0;
  for (const word of term.split(' ')) {
    const id = lexicon.lemmaIds.get(word);
    const child = id === undefined ? undefined : lexicon.edges.get(node * lexicon.stride + id);
    if (child === undefined) return undefined;
    node = child;
  }
  return lexicon.ends[node] === 0 ? undefined : lexicon.entryAt(node);
}

describe('every speech verb the scorer knows carries the scorer’s tone', () => {
  it('finds the scorer’s entries (the walk is right)', () => {
    expect(scorerEntry('reject')?.reverses).toBe(REVERSES_AFTER | OPPOSES);
    expect(scorerEntry('say')).toBeUndefined();
  });

  it.each(verbs.map((v) => [v.term, v] as const))('%s', (term, verb) => {
    const entry = scorerEntry(term);
    const tone = entry?.kind === 'tone' ? entry : undefined;
    // What the statement path uses: the scorer's hit on the cue alone decides which definition applies.
    expect(scorer.score(term).hits > 0).toBe(tone !== undefined);
    if (tone === undefined) return; // the speech-verb lexicon's tone is the only one (docs/semantics.md)
    const operator = (tone.reverses & REVERSES_AFTER) !== 0 && (tone.reverses & TOPIC) === 0;
    const expected = operator ? 'operator' : tone.weight > 0 ? 'conciliatory' : 'confrontational';
    expect([verb.tone, verb.dimension, verb.weight]).toEqual([expected, tone.dimension, tone.weight]);
    expect(verb.opposes === true).toBe(operator && (tone.reverses & OPPOSES) !== 0);
  });
});

describe('a statement scores as its cue followed by its content, as one text', () => {
  // [sentence, cue, label of the statement, which is also the label of the whole sentence]
  const cases = [
    ['The council rejected the ceasefire proposal.', 'rejected', 'confrontational'],
    ['The envoy refused to resume negotiations with the rebels.', 'refused', 'confrontational'],
    ['The minister dismissed calls for dialogue with the rebels.', 'dismissed', 'confrontational'],
    ['The ministry denied it was planning to attack the port.', 'denied', 'conciliatory'],
    ['The envoy ruled out any further negotiations with the rebels.', 'ruled out', 'confrontational'],
    ['The spokesman warned that the truce could collapse.', 'warned', 'confrontational'],
    ['Foreign Minister Aro praised the agreement on fishing rights.', 'praised', 'conciliatory'],
    ['Prime Minister Aro promised that the border would stay open.', 'promised', 'conciliatory'],
  ] as const;

  it.each(cases)('%s', (sentence, cue, label) => {
    const [s, ...others] = analyzeArticle(sentence, { scorerInstance: scorer }).statements;
    expect(others).toEqual([]);
    expect(s?.cue).toBe(cue);
    const joint = scorer.score(`${s?.cue} ${s?.text}`);
    expect([s?.tone.label, s?.tone.score]).toEqual([joint.label, joint.score]);
    expect(s?.tone.label).toBe(label);
    expect(scorer.score(sentence).label).toBe(label);
    for (const e of s?.tone.evidence ?? []) expect(sentence.slice(e.span[0], e.span[1])).toBe(e.term);
  });
});
