import { describe, expect, it } from 'vitest';
import { statements } from '../../benchmarks/lib/corpus.mjs';
import { createScorer } from '../../src/index.js';
import { builtinCore, builtinPack } from '../../src/lexicon/builtin.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import { precompiledDefault } from '../../src/lexicon/precompiled.js';
import { deserializeLexicon, serializeLexicon } from '../../src/lexicon/serialize.js';

describe('the precompiled default lexicon', () => {
  const fresh = compileLexicon([...builtinCore(), builtinPack('diplomacy')]);

  it('is what compiling lexicons/ gives today (run scripts/precompile-lexicons.mjs if this fails)', () => {
    expect(serializeLexicon(precompiledDefault())).toEqual(serializeLexicon(fresh));
  });

  it('round-trips through its JSON form', () => {
    expect(serializeLexicon(deserializeLexicon(JSON.parse(JSON.stringify(serializeLexicon(fresh)))))).toEqual(
      serializeLexicon(fresh),
    );
  });

  it('scores exactly like a scorer that compiles the same modules', () => {
    const precompiled = createScorer();
    // Same modules given explicitly as user lexicons: compiled at run time.
    const compiled = createScorer({ core: false, packs: [], lexicons: [...builtinCore(), builtinPack('diplomacy')] });
    for (const text of statements(300, 3)) expect(precompiled.score(text)).toEqual(compiled.score(text));
  });
});
