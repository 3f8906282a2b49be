import { describe, expect, it } from 'vitest';
import { statements } from '../../benchmarks/lib/corpus.mjs';
import { coreModules, createScorer, PACK_NAMES, packModule } from '../../src/index.js';
import { builtinColumns, builtinCore, builtinPack } from '../../src/lexicon/builtin.js';
import { builtinEntryResolver, builtinRefResolver } from '../../src/lexicon/builtin-entries.js';
import { SOURCE_CORE, SOURCE_PACKS } from '../../src/lexicon/builtin-sources.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import type { CompiledEntry, CompiledLexicon } from '../../src/lexicon/compiled.js';
import { builtinModuleColumns } from '../../src/lexicon/precompile-entry.js';
import { precompiledDefault } from '../../src/lexicon/precompiled.js';
import { deserializeLexicon, serializeLexicon } from '../../src/lexicon/serialize.js';
import type { LexiconModule } from '../../src/lexicon/types.js';
import { COURTESY_MODULE, TEST_MODULES } from '../helpers/test-scorer.js';

const withoutNotes = (mod: LexiconModule): LexiconModule =>
  ({
    ...mod,
    entries: mod.entries.map((entry) => Object.fromEntries(Object.entries(entry).filter(([k]) => k !== 'note'))),
  }) as unknown as LexiconModule;

describe('the generated built-in modules (run scripts/precompile-lexicons.mjs if these fail)', () => {
  it('are lexicons/ by column, as generating them today gives', () => {
    expect(builtinColumns()).toEqual(builtinModuleColumns());
  });

  it('read back as the modules of lexicons/, less the entry notes', () => {
    expect(coreModules()).toEqual(SOURCE_CORE.map(withoutNotes));
    for (const name of PACK_NAMES) expect(packModule(name)).toEqual(withoutNotes(SOURCE_PACKS[name]));
  });
});

/** Every node's entries (undefined where no term ends), made through `alternativesAt`, with the node's `ends`. */
const entriesOf = (lexicon: CompiledLexicon): ([number, ...CompiledEntry[]] | undefined)[] =>
  Array.from(lexicon.ends, (end, node) => (end === 0 ? undefined : [end, ...lexicon.alternativesAt(node)]));
const allEntries = (lexicon: CompiledLexicon): CompiledEntry[] =>
  entriesOf(lexicon).flatMap((list) => (list === undefined ? [] : (list.slice(1) as CompiledEntry[])));

describe('the precompiled default lexicon', () => {
  const fresh = compileLexicon([...SOURCE_CORE, SOURCE_PACKS.diplomacy]);
  const refOf = builtinRefResolver(builtinColumns());

  it('is what compiling lexicons/ gives today (run scripts/precompile-lexicons.mjs if this fails)', () => {
    expect(serializeLexicon(precompiledDefault(), refOf)).toEqual(serializeLexicon(fresh, refOf));
    expect(entriesOf(precompiledDefault())).toEqual(entriesOf(fresh));
  });

  it('makes each entry once, when first asked, and never for a node where no term ends', () => {
    const asked: number[] = [];
    const lexicon = deserializeLexicon(JSON.parse(JSON.stringify(serializeLexicon(fresh, refOf))), (ref) => {
      asked.push(ref);
      return builtinEntryResolver(builtinColumns)(ref);
    });
    expect(asked).toEqual([]);
    const node = lexicon.ends.indexOf(1);
    const entry = lexicon.entryAt(node);
    expect(lexicon.alternativesAt(node)).toEqual([entry]);
    expect(lexicon.entryAt(node)).toBe(entry);
    expect(asked).toHaveLength(1);
    expect(() => lexicon.entryAt(0)).toThrow(RangeError);
  });

  it('names every entry by a reference that reads back as the same entry, the same object each time', () => {
    const entryAt = builtinEntryResolver(builtinColumns);
    for (const entry of new Set(allEntries(fresh))) {
      expect(entryAt(refOf(entry))).toEqual(entry);
      expect(entryAt(refOf(entry))).toBe(entryAt(refOf(entry)));
    }
    expect(() => entryAt(-1)).toThrow(RangeError);
    expect(() => entryAt(1e9)).toThrow(RangeError);
  });

  it('round-trips through its JSON form with any naming of entries', () => {
    const table = [...new Set(allEntries(fresh))];
    const byEntry = new Map(table.map((entry, i) => [entry, i]));
    const json = JSON.parse(JSON.stringify(serializeLexicon(fresh, (entry) => byEntry.get(entry) as number)));
    const back = deserializeLexicon(json, (ref) => table[ref] as CompiledEntry);
    expect(entriesOf(back)).toEqual(entriesOf(fresh));
    expect([...back.edges].sort((a, b) => a[0] - b[0])).toEqual([...fresh.edges].sort((a, b) => a[0] - b[0]));
    expect(serializeLexicon(back, refOf)).toEqual(serializeLexicon(fresh, refOf));
  });

  it('round-trips entries with constraints: several entries on one node, in the order they are tried', () => {
    const constrained = compileLexicon([...TEST_MODULES, COURTESY_MODULE]);
    const table = [...new Set(allEntries(constrained))];
    const byEntry = new Map(table.map((entry, i) => [entry, i]));
    const json = JSON.parse(JSON.stringify(serializeLexicon(constrained, (entry) => byEntry.get(entry) as number)));
    expect(json.constrained.length).toBeGreaterThan(0);
    const back = deserializeLexicon(json, (ref) => table[ref] as CompiledEntry);
    expect(entriesOf(back)).toEqual(entriesOf(constrained));
    const please = entriesOf(back).find((list) => list?.[1]?.lemma === 'please');
    expect(please?.slice(1).map((e) => (e as CompiledEntry).weight)).toEqual([0.5, 1.5]);
  });

  it('scores exactly like a scorer that compiles the same modules', () => {
    const precompiled = createScorer();
    // Same modules given explicitly as user lexicons: compiled at run time.
    const compiled = createScorer({ core: false, packs: [], lexicons: [...builtinCore(), builtinPack('diplomacy')] });
    for (const text of statements(300, 3)) expect(precompiled.score(text)).toEqual(compiled.score(text));
  });
});
