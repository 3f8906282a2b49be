import { describe, expect, it } from 'vitest';
import { InputError, OptionsError } from '../../src/errors.js';
import { sameGivenName } from '../../src/identity/clusters.js';
import { resolveSpeakers } from '../../src/identity/resolve-speakers.js';

/** Rows of (document, speaker string). */
const rows = (...pairs: [string, string | null][]) => pairs.map(([article_id, speaker]) => ({ article_id, speaker }));
const ids = (input: object[], options = {}) => resolveSpeakers(input, options).rows.map((r) => r.speakerId);

describe('resolveSpeakers: one identity per speaker across documents', () => {
  it('unifies a person named with and without title, affiliation and given name', () => {
    const r = resolveSpeakers(
      rows(
        ['d1', 'Russian Foreign Minister Sergei Lavrov'],
        ['d2', 'Sergei Lavrov'],
        ['d3', 'Foreign Minister Sergey V. Lavrov'],
        ['d4', 'Mr. Lavrov'],
        ['d5', 'Lavrov, the foreign minister'],
      ),
    );
    expect(new Set(r.rows.map((x) => x.speakerId))).toEqual(new Set(['name:lavrov.s']));
    expect(r.identities).toHaveLength(1);
    expect(r.identities[0]).toMatchObject({
      name: 'Sergei Lavrov',
      kind: 'person',
      title: 'Foreign Minister',
      affiliation: 'Russian',
      side: 'Russian', // the corpus's only spelling of the place; an aliases file names sides as you like
      sideFrom: 'affiliation',
      statements: 5,
      documents: 5,
    });
    expect(r.rows.map((x) => x.speakerAsWritten)).toEqual([
      'Russian Foreign Minister Sergei Lavrov',
      'Sergei Lavrov',
      'Foreign Minister Sergey V. Lavrov',
      'Mr. Lavrov',
      'Lavrov, the foreign minister',
    ]);
  });

  it('unifies organisation variants: possessive, adjective, leading country word, bare name', () => {
    const r = resolveSpeakers(
      rows(
        ['d1', "Belmark's Foreign Ministry"],
        ['d2', 'the Belmark Foreign Ministry'],
        ['d3', 'Ardenia’s Foreign Ministry'],
        ['d4', 'the Ardenian Foreign Ministry'],
        ['d5', 'Ardenian President Teodor Varga'],
      ),
    );
    expect(r.rows.map((x) => x.speakerId)).toEqual([
      'org:belmark:foreign-ministry',
      'org:belmark:foreign-ministry',
      'org:arde:foreign-ministry',
      'org:arde:foreign-ministry',
      'name:varga.t',
    ]);
    expect(r.rows.map((x) => x.speaker)).toEqual([
      'Belmark Foreign Ministry',
      'Belmark Foreign Ministry',
      'Ardenian Foreign Ministry',
      'Ardenian Foreign Ministry',
      'Teodor Varga',
    ]);
    expect(r.rows.map((x) => x.side)).toEqual(['Belmark', 'Belmark', 'Ardenia', 'Ardenia', 'Ardenia']);
  });

  it('joins a partial name to the one full name it fits: in its own document first, then in the corpus', () => {
    const input = rows(
      ['d1', 'Foreign Minister Irena Kovac'],
      ['d2', 'Kovac'], // the corpus has one Kovac
      ['d3', 'Ivo Horvat'],
      ['d4', 'Lena Horvat'],
      ['d4', 'Horvat'], // d4 names one Horvat
      ['d5', 'Horvat'], // two Horvats in the corpus, none in d5: stays alone
      ['d6', "Belmark's Foreign Ministry"],
      ['d7', 'the Foreign Ministry'], // one foreign ministry in the corpus
    );
    expect(ids(input)).toEqual([
      'name:kovac.i',
      'name:kovac.i',
      'name:horvat.i',
      'name:horvat.l',
      'name:horvat.l',
      'name:horvat',
      'org:belmark:foreign-ministry',
      'org:belmark:foreign-ministry',
    ]);
    const twoMinistries = [...input, ...rows(['d8', 'Ardenia’s Foreign Ministry'], ['d8', 'the Foreign Ministry'])];
    expect(ids(twoMinistries).slice(-3)).toEqual([
      'org:foreign-ministry', // d7: two foreign ministries in the corpus, none in d7
      'org:arde:foreign-ministry',
      'org:arde:foreign-ministry', // d8 names its own
    ]);
  });

  it('keeps people apart who share a surname but not a given name, and says so in the id', () => {
    const r = resolveSpeakers(rows(['d1', 'John Smith'], ['d2', 'Jane Smith'], ['d3', 'J. Smith']));
    expect(r.rows.map((x) => x.speakerId)).toEqual(['name:smith.john', 'name:smith.jane', 'name:smith.j']);
    // With one Smith whose name starts with J, the initial fits.
    expect(ids(rows(['d1', 'John Smith'], ['d3', 'J. Smith']))).toEqual(['name:smith.j', 'name:smith.j']);
    expect(sameGivenName('sergei', 'sergey')).toBe(true);
    expect(sameGivenName('alex', 'alexander')).toBe(true);
    expect(sameGivenName('kristian', 'christian')).toBe(false);
    expect(sameGivenName('john', 'jane')).toBe(false);
  });

  it('resolves "the ministry" / "the minister" only to the one identity of its own document they fit', () => {
    const r = resolveSpeakers(
      rows(
        ['d0', "Belmark's Defence Ministry"],
        ['d1', 'the Belmark Foreign Ministry'],
        ['d1', 'the ministry'],
        ['d2', 'the ministry'], // no ministry named in d2
        ['d3', 'Foreign Minister Margit Lund'],
        ['d3', 'the minister'],
        ['d4', 'Foreign Minister Margit Lund'],
        ['d4', 'Defence Minister Olav Brekke'],
        ['d4', 'the minister'], // two ministers in d4
      ),
    );
    expect(r.rows.map((x) => x.speakerId)).toEqual([
      'org:belmark:defence-ministry',
      'org:belmark:foreign-ministry',
      'org:belmark:foreign-ministry',
      'desc:d2:ministry',
      'name:lund.m',
      'name:lund.m',
      'name:lund.m',
      'name:brekke.o',
      'desc:d4:minister',
    ]);
  });

  it('makes a description one identity per document, and a clashing name unique with its id', () => {
    const r = resolveSpeakers(
      rows(['d1', 'a senior official'], ['d1', 'a senior official'], ['d2', 'a senior official']),
    );
    expect(r.rows.map((x) => x.speakerId)).toEqual([
      'desc:d1:a-senior-official',
      'desc:d1:a-senior-official',
      'desc:d2:a-senior-official',
    ]);
    expect(r.rows.map((x) => x.speaker)).toEqual([
      'a senior official [desc:d1:a-senior-official]',
      'a senior official [desc:d1:a-senior-official]',
      'a senior official [desc:d2:a-senior-official]',
    ]);
    expect(r.identities.map((i) => [i.kind, i.statements])).toEqual([
      ['description', 2],
      ['description', 1],
    ]);
  });

  it('shows the id only when two identities read alike, whatever the case of the name', () => {
    const r = resolveSpeakers(
      rows(['d1', 'Traders'], ['d2', 'traders'], ['d3', 'Analysts'], ['d4', 'residents of the valley']),
    );
    expect(r.rows.map((x) => x.speaker)).toEqual([
      'Traders [name:traders]',
      'traders [desc:d2:traders]',
      'Analysts',
      'residents of the valley',
    ]);
  });

  it('applies aliases: spelling variants the text cannot settle, and sides', () => {
    const input = rows(
      ['d1', 'Government spokesman Kristian Solberg'],
      ['d2', 'Christian Solberg'],
      ['d3', 'Amara Okafor'],
      ['d4', 'a senior Belmark official'],
    );
    expect(ids(input)).toEqual([
      'name:solberg.k',
      'name:solberg.c',
      'name:okafor.a',
      'desc:d4:a-senior-belmark-official',
    ]);
    const aliases = {
      aliases: { 'Christian Solberg': 'Kristian Solberg', 'a senior Belmark official': 'Belmark official (anonymous)' },
      sides: { 'Kristian Solberg': 'Belmark', 'Amara Okafor': 'mediator' },
    };
    const r = resolveSpeakers(input, { aliases });
    expect(r.rows.map((x) => [x.speakerId, x.speaker, x.side])).toEqual([
      ['name:solberg.k', 'Kristian Solberg', 'Belmark'],
      ['name:solberg.k', 'Kristian Solberg', 'Belmark'],
      ['name:okafor.a', 'Amara Okafor', 'mediator'],
      ['desc:belmark-official-anonymous', 'Belmark official (anonymous)', 'Belmark'],
    ]);
    expect(r.identities.find((i) => i.id === 'name:okafor.a')?.sideFrom).toBe('aliases');
    expect(resolveSpeakers(input, { aliases, sidesFromAffiliation: false }).rows[3]?.side).toBeNull();
  });

  it('reads structured fields when a row has them (attribution’s title, affiliation, speakerKind)', () => {
    const r = resolveSpeakers([
      {
        speaker: 'Sergei Lavrov',
        title: 'Foreign Minister',
        affiliation: 'Russian',
        speakerKind: 'person',
        article_id: 'a',
      },
      { speaker: 'Lavrov', title: '', affiliation: '', speaker_kind: 'person', article_id: 'b' },
      { speaker: 'Belpress', speakerKind: 'media', article_id: 'c' },
    ]);
    expect(r.rows.map((x) => [x.speakerId, x.speakerKind, x.title, x.affiliation, x.side])).toEqual([
      ['name:lavrov.s', 'person', 'Foreign Minister', 'Russian', 'Russian'],
      ['name:lavrov.s', 'person', 'Foreign Minister', 'Russian', 'Russian'],
      ['org:belpress', 'media', null, null, null],
    ]);
  });

  it('gives rows without a speaker null fields, keeps every other field, and treats no document as one', () => {
    const r = resolveSpeakers([
      { speaker: null, text: 'x' },
      { speaker: '  ', text: 'y' },
      { speaker: 'Kovac', text: 'z' },
      { speaker: 'Irena Kovac', text: 'w' },
    ]);
    expect(r.rows[0]).toEqual({
      speaker: null,
      text: 'x',
      speakerId: null,
      side: null,
      speakerKind: null,
      title: null,
      affiliation: null,
      speakerAsWritten: null,
    });
    expect(r.rows[1]?.speakerId).toBeNull();
    expect(r.rows.slice(2).map((x) => x.speakerId)).toEqual(['name:kovac.i', 'name:kovac.i']);
    expect(resolveSpeakers([]).identities).toEqual([]);
  });

  it('reads another speaker and document field, and does not depend on row order for ids', () => {
    const input = [
      { who: 'Irena Kovac', url: 'u1' },
      { who: 'Kovac', url: 'u2' },
    ];
    const forward = resolveSpeakers(input, { speakerField: 'who', documentField: 'url' }).rows.map((r) => r.speakerId);
    const backward = resolveSpeakers([...input].reverse(), { speakerField: 'who', documentField: 'url' })
      .rows.map((r) => r.speakerId)
      .reverse();
    expect(forward).toEqual(['name:kovac.i', 'name:kovac.i']);
    expect(backward).toEqual(forward);
  });

  it.each([
    ['options that are not an object', () => resolveSpeakers([], 3 as never), OptionsError],
    ['an empty speakerField', () => resolveSpeakers([], { speakerField: '' }), OptionsError],
    ['a bad sidesFromAffiliation', () => resolveSpeakers([], { sidesFromAffiliation: 'yes' as never }), OptionsError],
    ['aliases that are not an object', () => resolveSpeakers([], { aliases: 'x' as never }), OptionsError],
    ['an alias to an empty name', () => resolveSpeakers([], { aliases: { aliases: { A: ' ' } } }), OptionsError],
    ['rows that are not iterable', () => resolveSpeakers(5 as never), InputError],
    ['a row that is not an object', () => resolveSpeakers([null] as never), InputError],
  ])('throws on %s', (_name, call, type) => {
    expect(call).toThrow(type);
  });
});
