/**
 * Identity for the speakers attribution now reads differently in wire copy (names invented for this suite):
 * a lone surname comes as a person and joins the full name; a lone word the corpus knows as a place stays a
 * country; a description capitalised at a sentence start reads as it does elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/attribution/index.js';
import { resolveSpeakers } from '../../src/identity/resolve-speakers.js';

/** Attribution's statements of each article, as rows for identity. */
function statementRows(articles: Record<string, string>): object[] {
  return Object.entries(articles).flatMap(([article_id, text]) =>
    extractStatements(text).map((s) => ({
      article_id,
      speaker: s.speaker,
      speakerKind: s.speakerKind,
      title: s.title,
      affiliation: s.affiliation,
      text: s.text,
    })),
  );
}

describe('resolveSpeakers on wire copy', () => {
  it('a lone surname (kind person) joins the full name another article gives', () => {
    const r = resolveSpeakers(
      statementRows({
        w1: 'Harbour Minister Tomas Kovalen said the port would reopen on Monday.',
        w2: 'Kovalen said on Thursday that the cranes had been repaired.',
      }),
    );
    expect(r.rows.map((x) => x.speakerId)).toEqual(['name:kovalen.t', 'name:kovalen.t']);
    expect(r.identities[0]).toMatchObject({ name: 'Tomas Kovalen', kind: 'person' });
  });

  it('a lone word the corpus uses as a place is that country, whatever kind attribution gave it', () => {
    const r = resolveSpeakers([
      {
        article_id: 'w1',
        speaker: 'Ostrelian Defence Minister Pavel Grun',
        affiliation: 'Ostrelian',
        speakerKind: 'person',
      },
      { article_id: 'w2', speaker: 'Ostrelia', speakerKind: 'person' },
    ]);
    expect(r.rows[1]?.speakerId).toMatch(/^country:/);
    expect(r.identities.find((i) => i.id === r.rows[1]?.speakerId)?.kind).toBe('person');
  });

  it('descriptions that differ only by a sentence-start capital read alike, and their ids tell them apart', () => {
    const r = resolveSpeakers(
      statementRows({
        w1: 'Prices at the market rose again, traders said on Friday.',
        w2: 'Traders said the closure of the bridge had cost them dearly.',
      }),
    );
    const names = r.identities.map((i) => i.name);
    expect(names).toEqual(['traders [desc:w1:traders]', 'traders [desc:w2:traders]']);
  });

  it('one article: "Traders" and "traders" are one description', () => {
    const r = resolveSpeakers(
      statementRows({
        w1: 'Traders said the closure of the bridge had cost them dearly. Prices at the market rose again, traders said.',
      }),
    );
    expect(new Set(r.rows.map((x) => x.speakerId))).toEqual(new Set(['desc:w1:traders']));
  });
});
