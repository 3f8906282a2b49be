/**
 * Classes of statement an independent trial found misread (issue 13), each tested on sentences written for these
 * tests — not the trial's own, which are no dev set — with the default scorer. docs/semantics.md says why.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, type Evidence } from '../../src/index.js';

const scorer = createScorer();
const hit = (text: string, lemma: string): Evidence | undefined =>
  scorer.score(text).evidence.find((e) => e.lemma === lemma);

describe('(a) a consequence stated on a condition is a threat', () => {
  it.each([
    ['Should the convoy be stopped again, Ardenia will respond.'],
    ['We will react if a single fishing boat is seized.'],
    ['If the embargo stays in place, we shall take measures.'],
    ['Unless the shelling stops, we will respond with all the tools at our disposal.'],
    ['Withdraw the frigates now, or else we will act.'],
    ['We will defend every inch of our coastline.'],
    ['We are running out of patience with the junta.'],
    ['The government said its patience had been exhausted.'],
    ['There will be no talks until the shelling stops.'],
    ['There is nothing to negotiate while their troops remain.'],
  ])('%s → confrontational', (text) => {
    expect(scorer.score(text).label).toBe('confrontational');
  });

  it.each([
    ['The ministry will respond to the questions in writing.'],
    ['If the weather holds, the delegation will arrive on Monday.'],
    ['If the ministers respond quickly, a meeting is possible.'],
  ])('%s → no threat', (text) => {
    expect(scorer.score(text).evidence.filter((e) => e.dimension === 'threat')).toEqual([]);
  });
});

describe('(b) the object of a disapproval is its topic, not the speaker’s act', () => {
  it.each([
    ['The mediator said she was alarmed by the threats against the port.', 'threat'],
    ['The foreign minister condemned the ultimatum.', 'ultimatum'],
    ['Rights groups accused the army of intimidating voters.', 'intimidating'],
    ['The envoy voiced concern over the blockade of the harbour.', 'blockade'],
    ['Observers criticised the decision to expel the diplomats.', 'expel diplomat'],
  ])('%s: the act weighs 0 (topic)', (text, lemma) => {
    const act = hit(text, lemma);
    expect(act?.weight).toBe(0);
    expect(act?.modifiers.map((m) => m.type)).toEqual(['topic']);
  });

  it('a disapproved conciliatory act is opposed', () => {
    expect(scorer.score('He denounced the ceasefire as a trap.').label).toBe('confrontational');
    expect(scorer.score('The opposition accused the president of staging a show of reconciliation.').label).toBe(
      'confrontational',
    );
  });

  it.each([
    ['The parties concerned agreed to resume talks.'],
    ['The allegations were dismissed and talks resumed on Monday.'],
    ['The envoy was charged with overseeing the ceasefire.'],
  ])('a word of disapproval without its complement governs nothing: %s', (text) => {
    expect(scorer.score(text).evidence.filter((e) => e.weight > 0).length).toBeGreaterThan(0);
    expect(scorer.score(text).evidence.filter((e) => e.modifiers.some((m) => m.type === 'reversal'))).toEqual([]);
  });

  it('a coordinated act after "and" is not the disapproval’s object', () => {
    const text = 'The council condemned the shelling and called for restraint on both sides.';
    expect(hit(text, 'call for restraint')?.weight).toBeGreaterThan(0);
  });

  it('a description of another party’s act with no disapproval stays that act (a limit: no syntax)', () => {
    expect(hit('Belmark is making threats, the analyst said.', 'make threat')?.weight).toBeLessThan(0);
  });
});

describe('(c) a negated abandonment is a commitment', () => {
  it.each([
    ['We will never give up on a negotiated settlement.', 'conciliatory'],
    ['We will not abandon the search for peace.', 'conciliatory'],
    ['Our side will not walk away from the talks.', 'conciliatory'],
    ['They have given up on diplomacy.', 'confrontational'],
    ['I am not giving up the water.', 'confrontational'],
  ])('%s → %s', (text, label) => {
    expect(scorer.score(text).label).toBe(label);
  });
});

describe('(d) taking back an offer is confrontational', () => {
  it.each([
    ['The ministry may withdraw its offer of a prisoner exchange.'],
    ['They suspended their proposal to reopen the border.'],
    ['The cabinet is weighing whether to rescind its invitation to the talks.'],
  ])('%s → confrontational', (text) => {
    expect(scorer.score(text).label).toBe('confrontational');
  });
});
