/**
 * Sides read from the text alone (no aliases file), as a new user's corpus needed them: a possessive proper
 * noun before a title is the speaker's affiliation, an organisation named before a title is one affiliation
 * (not a country and a piece of the title), and a place or a description never makes a side by itself.
 */
import { describe, expect, it } from 'vitest';
import { parseSpeaker } from '../../src/identity/parse-speaker.js';
import { resolveSpeakers } from '../../src/identity/resolve-speakers.js';

const rows = (...pairs: [string, string][]) => pairs.map(([article_id, speaker]) => ({ article_id, speaker }));
const sideOf = (input: object[]) => {
  const sides = new Map<string, string | null>();
  for (const r of resolveSpeakers(input).rows) sides.set(r.speakerAsWritten ?? '', r.side);
  return sides;
};

describe('a possessive proper noun before a title is the affiliation, and gives the side', () => {
  it.each([
    ["Karsten's Deputy Foreign Minister Petra Sokol", 'Deputy Foreign Minister'],
    ['Karsten’s Deputy Foreign Minister Petra Sokol', 'Deputy Foreign Minister'],
    ["Karsten's deputy foreign minister Petra Sokol", 'deputy foreign minister'],
    ["Karsten's deputy foreign minister, Petra Sokol", 'deputy foreign minister'],
    ["Petra Sokol, Karsten's deputy foreign minister", 'deputy foreign minister'],
  ])('%j', (speaker, title) => {
    expect(parseSpeaker(speaker)).toMatchObject({ kind: 'person', name: 'Petra Sokol', title, affiliation: 'Karsten' });
  });

  it('as for an adjective: Sokol and Lindqvist both get Karsten, in every article that names them', () => {
    const sides = sideOf(
      rows(
        ['a1', "Karsten's Deputy Foreign Minister Petra Sokol"],
        ['a2', 'Sokol'],
        ['a3', 'Karstenian President Oskar Lindqvist'],
        ['a4', 'Lindqvist'],
      ),
    );
    expect([...sides.values()]).toEqual(['Karsten', 'Karsten', 'Karsten', 'Karsten']);
  });
});

describe('an organisation named before a title is the affiliation as a whole', () => {
  it.each([
    ['Northern Council special envoy Amara Osei', 'special envoy', 'Northern Council'],
    ['European Commission President Ursula von der Leyen', 'President', 'European Commission'],
    ['Valdorian Foreign Ministry spokeswoman Dana Holm', 'spokeswoman', 'Valdorian Foreign Ministry'],
    ['Government spokeswoman Lena Horvat', 'Government spokeswoman', null],
    ['Belmark government spokesman Kristian Solberg', 'government spokesman', 'Belmark'],
  ])('%j → title %j, affiliation %j', (speaker, title, affiliation) => {
    expect(parseSpeaker(speaker)).toMatchObject({ kind: 'person', title, affiliation });
  });

  it('gives the side of the country the organisation starts with, and none to an organisation of no country', () => {
    const sides = sideOf(
      rows(
        ['a1', 'Valdoria'],
        ['a1', 'Valdorian Foreign Minister Teodor Marek'],
        ['a1', 'Valdorian Foreign Ministry spokeswoman Dana Holm'],
        ['a2', 'Northern Council special envoy Amara Osei'],
        ['a3', 'the Valdoria Defence Ministry'],
      ),
    );
    expect(sides.get('Valdorian Foreign Ministry spokeswoman Dana Holm')).toBe('Valdoria');
    expect(sides.get('the Valdoria Defence Ministry')).toBe('Valdoria');
    expect(sides.get('Northern Council special envoy Amara Osei')).toBeNull();
  });
});

describe('a place or a description never makes a side by itself', () => {
  it('"the Erlen valley" and "a statement" get no side of their own', () => {
    const sides = sideOf(
      rows(
        ['a1', 'the Erlen valley'],
        ['a2', 'a statement'],
        ['a3', 'a senior Erlen official'],
        ['a4', 'Karstenian President Oskar Lindqvist'],
      ),
    );
    expect(sides.get('the Erlen valley')).toBeNull();
    expect(sides.get('a statement')).toBeNull();
    expect(sides.get('a senior Erlen official')).toBeNull();
    expect(new Set(resolveSpeakers(rows(['a1', 'the Erlen valley'])).identities.map((i) => i.side))).toEqual(
      new Set([null]),
    );
  });

  it('but a description joins a side that a speaker makes, and one with an office title makes one', () => {
    const sides = sideOf(
      rows(
        ['a1', 'a senior Karstenian official'],
        ['a2', 'Karstenian President Oskar Lindqvist'],
        ['a3', "Valdoria's defence minister"],
      ),
    );
    // Spelled as the corpus spells the place (an aliases file names sides as you like).
    expect(sides.get('a senior Karstenian official')).toBe('Karstenian');
    expect(sides.get("Valdoria's defence minister")).toBe('Valdoria');
  });
});

describe('what attribution gives is read sensibly', () => {
  const attributed = (speaker: string, article_id: string, extra: Record<string, string> = {}) => ({
    speaker,
    article_id,
    ...extra,
  });

  it('an affiliation read with a possessive or a preposition is spelled as a side without them', () => {
    const r = resolveSpeakers([
      attributed('Petra Sokol', 'a1', { speakerKind: 'person', affiliation: "Karsten's" }),
      attributed('Henrik Dahl', 'a2', { speakerKind: 'person', affiliation: 'of the Institute for Regional Security' }),
    ]);
    expect(r.rows.map((x) => [x.speaker, x.side])).toEqual([
      ['Petra Sokol', 'Karsten'],
      ['Henrik Dahl', null],
    ]);
  });

  it('a country read as an organisation ("Valdoria threatened") is the country, with its side', () => {
    const r = resolveSpeakers([
      attributed('Valdoria', 'a1', { speakerKind: 'organisation' }),
      attributed('Teodor Marek', 'a1', { speakerKind: 'person', affiliation: 'Valdorian', title: 'Foreign Minister' }),
    ]);
    expect(r.rows[0]).toMatchObject({ speaker: 'Valdoria', speakerId: 'country:valdor', side: 'Valdoria' });
    expect(r.rows[1]).toMatchObject({ side: 'Valdoria' });
  });

  it('a person’s full name read as a medium joins the person the corpus names, not a second identity', () => {
    const r = resolveSpeakers([
      attributed('Petra Sokol', 'a1', { speakerKind: 'person', affiliation: "Karsten's" }),
      attributed('Petra Sokol', 'a2', { speakerKind: 'media' }),
      attributed('Reuters Ledger', 'a3', { speakerKind: 'media' }),
    ]);
    expect(new Set(r.rows.slice(0, 2).map((x) => x.speakerId))).toEqual(new Set(['name:sokol.p']));
    expect(r.rows[1]).toMatchObject({ speaker: 'Petra Sokol', side: 'Karsten' });
    expect(r.rows[2]?.speakerId).not.toBe('name:ledger.r');
  });
});
