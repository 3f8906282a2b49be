import { describe, expect, it } from 'vitest';
import { SOURCE_CORE, SOURCE_PACKS } from '../../src/lexicon/builtin-sources.js';
import { entriesFromColumns, fieldReader, fromColumns, toColumns } from '../../src/lexicon/module-columns.js';
import type { LexiconModule } from '../../src/lexicon/types.js';

const mod = {
  id: 'acme/tone',
  version: '1.2.3',
  language: 'en',
  kind: 'tone',
  description: 'test',
  entries: [
    { term: 'talks', dimension: 'dialogue', weight: 3, pos: 'noun' },
    { term: 'agree', dimension: 'cooperation', weight: 3.4, pos: 'verb', negated: -0.8, note: 'documentation' },
    { term: 'warn', dimension: 'threat', weight: -4, pos: 'verb' },
  ],
} as unknown as LexiconModule;

describe('modules by column', () => {
  it('store each field once: few distinct strings as codes, rare fields at their entries, notes left out', () => {
    const columns = toColumns(mod);
    expect(columns.envelope).toEqual({
      id: 'acme/tone',
      version: '1.2.3',
      language: 'en',
      kind: 'tone',
      description: 'test',
    });
    expect(columns.count).toBe(3);
    expect(columns.columns).toEqual([
      { field: 'term', values: ['talks', 'agree', 'warn'] },
      { field: 'dimension', values: ['dialogue', 'cooperation', 'threat'] },
      { field: 'weight', values: [3, 3.4, -4] },
      { field: 'pos', names: ['noun', 'verb'], codes: [0, 1, 1] },
      { field: 'negated', at: [1, -0.8] },
    ]);
  });

  it('read back as the module less its notes', () => {
    const back = fromColumns(toColumns(mod));
    expect(back.entries[1]).toEqual({
      term: 'agree',
      dimension: 'cooperation',
      weight: 3.4,
      pos: 'verb',
      negated: -0.8,
    });
    expect(Object.hasOwn(back.entries[0] as object, 'negated')).toBe(false);
    expect(back).toEqual({ ...mod, entries: entriesFromColumns(toColumns(mod)) });
  });

  it('round-trip every built-in module, arrays (irregular forms) included', () => {
    for (const source of [...SOURCE_CORE, ...Object.values(SOURCE_PACKS)]) {
      const back = fromColumns(JSON.parse(JSON.stringify(toColumns(source))));
      expect(back.entries.length).toBe(source.entries.length);
      source.entries.forEach((entry, i) => {
        const { note: _note, ...rest } = entry as unknown as Record<string, unknown>;
        expect(back.entries[i]).toEqual(rest);
      });
    }
  });

  it('read one field by entry index, undefined where an entry or the module lacks it', () => {
    const columns = toColumns(mod);
    expect([0, 1, 2].map(fieldReader(columns, 'term'))).toEqual(['talks', 'agree', 'warn']);
    expect([0, 1, 2].map(fieldReader(columns, 'pos'))).toEqual(['noun', 'verb', 'verb']);
    expect([0, 1, 2].map(fieldReader(columns, 'negated'))).toEqual([undefined, -0.8, undefined]);
    expect([0, 1, 2].map(fieldReader(columns, 'factor'))).toEqual([undefined, undefined, undefined]);
  });

  it('keep an empty module empty', () => {
    const empty = { ...mod, entries: [] } as unknown as LexiconModule;
    expect(fromColumns(toColumns(empty))).toEqual(empty);
  });
});
