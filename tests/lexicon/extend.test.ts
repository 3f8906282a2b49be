import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statements } from '../../benchmarks/lib/corpus.mjs';
import { CONCILIATORY_DIMENSIONS, CONFRONTATIONAL_DIMENSIONS, createScorer } from '../../src/index.js';
import { builtinCore, builtinIrregularForms, builtinPack } from '../../src/lexicon/builtin.js';
import { compileLexicon } from '../../src/lexicon/compile.js';
import type { CompiledLexicon } from '../../src/lexicon/compiled.js';
import { canExtend, extendLexicon } from '../../src/lexicon/extend.js';
import { regularForms } from '../../src/lexicon/inflect.js';
import { precompiledDefault } from '../../src/lexicon/precompiled.js';
import type { LexiconModule } from '../../src/lexicon/types.js';
import { validateModule } from '../../src/lexicon/validate-module.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const DEFAULT_SET = (): LexiconModule[] => [...builtinCore(), builtinPack('diplomacy')];

/** A lexicon's structure in words rather than ids, so two lexicons with different id numbering compare. */
function byWords(lex: CompiledLexicon) {
  // The word an id stands for: its lemma, else the filler it was made for.
  const wordOf = new Map<number, string>();
  for (const [form, id] of lex.wordIds) if (lex.filler[id] === 1) wordOf.set(id, form);
  for (const [word, id] of lex.lemmaIds) wordOf.set(id, word);
  const children = new Map<number, [string, number][]>();
  for (const [key, child] of lex.edges) {
    const parent = Math.floor(key / lex.stride);
    const list = children.get(parent) ?? [];
    list.push([wordOf.get(key % lex.stride) ?? '?', child]);
    children.set(parent, list);
  }
  const terms: string[] = [];
  const walk = (node: number, path: string): void => {
    if (lex.ends[node] !== 0) {
      const alternatives = lex
        .alternativesAt(node)
        .map((e) => `${e.kind} ${e.lemma} ${e.dimension} ${e.weight} ${e.negated} ${e.factor} ${e.when} ${e.source}`);
      terms.push(`${path} → ${lex.ends[node]} ${alternatives.join(' | ')}`);
    }
    for (const [word, child] of children.get(node) ?? []) walk(child, `${path} ${word}`);
  };
  walk(0, '');
  return {
    forms: [...lex.wordIds].map(([form, id]) => `${form}:${wordOf.get(id)}`).sort(),
    base: [...lex.lemmaIds].map(([word, id]) => `${word}<${wordOf.get(lex.base[id] as number) ?? ''}`).sort(),
    starts: [...lex.wordIds]
      .filter(([, id]) => lex.starts[id] === 1)
      .map(([form]) => form)
      .sort(),
    fillers: [...lex.wordIds]
      .filter(([, id]) => lex.filler[id] === 1)
      .map(([form]) => form)
      .sort(),
    terms: terms.sort(),
    modules: lex.modules,
    toneEntries: lex.toneEntries,
  };
}

const tone = (
  entries: {
    term: string;
    dimension: string;
    weight: number;
    when?: Record<string, unknown>;
    reverses?: string;
    opposes?: boolean;
  }[],
  id = 'extra',
): LexiconModule => validateModule({ id, version: '0.0.0', language: 'en', kind: 'tone', entries });

/** Old lemmas that a new lemma would become the base of ("-ing"/"-ed" forms whose stem is not a lemma yet). */
function stemsOfUnbasedLemmas(limit: number): string[] {
  const lex = precompiledDefault();
  const stems: string[] = [];
  for (const [word, id] of lex.lemmaIds) {
    if (lex.base[id] !== -1 || stems.length >= limit) continue;
    for (const suffix of ['ing', 'ed', 's']) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length);
      if (stem.length >= 3 && !lex.lemmaIds.has(stem) && regularForms(stem).includes(word)) stems.push(stem);
    }
  }
  return stems;
}

describe('layering modules on the precompiled default set', () => {
  const tricky: LexiconModule[] = [
    tone([
      { term: 'lockout', dimension: 'escalation', weight: -6 },
      { term: 'blockade the strait', dimension: 'escalation', weight: -7 },
      { term: 'talks', dimension: 'hostility', weight: -2 }, // replaces a core entry
      { term: 'withdrew', dimension: 'deescalation', weight: 2 }, // an irregular form becomes a lemma
      { term: 'sought', dimension: 'dialogue', weight: 1 },
      { term: 're-engage', dimension: 'dialogue', weight: 3 },
      { term: 'deescalate', dimension: 'deescalation', weight: 6 }, // an explicit joined form
      { term: 'good-faith talks', dimension: 'dialogue', weight: 4 },
      ...stemsOfUnbasedLemmas(12).map((term) => ({ term, dimension: 'dialogue', weight: 1.5 })),
      // constrained entries beside a core entry of the same term, and a constrained hyphenated term
      { term: 'talks', dimension: 'dialogue', weight: 1, when: { question: true } },
      { term: 'talks', dimension: 'respect', weight: 2, when: { start: 'sentence', question: true } },
      { term: 'why', dimension: 'hostility', weight: -2, when: { start: 'sentence' } },
      { term: 'co-operate', dimension: 'cooperation', weight: 4, when: { question: false } },
      { term: 'spurn', dimension: 'rejection', weight: -4, reverses: 'after', opposes: true },
    ]),
    validateModule({
      id: 'acme/operators',
      version: '1.0.0',
      language: 'en',
      kind: 'operator',
      entries: [
        { term: 'shelve', reverses: 'after' },
        { term: 'talks', reverses: 'before' }, // replaces a tone entry of the core
      ],
    }),
    validateModule({
      id: 'acme/hedges',
      version: '1.0.0',
      language: 'en',
      kind: 'hedge',
      entries: [{ term: 'conceivably', factor: 0.5 }],
    }),
    validateModule({
      id: 'acme/negators',
      version: '1.0.0',
      language: 'en',
      kind: 'negator',
      entries: [{ term: 'by no means' }, { term: 'talks' }],
    }),
  ];

  it('builds what compiling every module gives, word for word', () => {
    const layered = extendLexicon(precompiledDefault(), tricky, builtinIrregularForms());
    const compiled = compileLexicon([...DEFAULT_SET(), ...tricky]);
    expect(byWords(layered)).toEqual(byWords(compiled));
  });

  it('scores exactly like a scorer that compiles the same modules', () => {
    const layered = createScorer({ lexicons: tricky });
    const compiled = createScorer({ core: false, packs: [], lexicons: [...DEFAULT_SET(), ...tricky] });
    const texts = [
      ...statements(400, 11),
      'They withdrew from the talks after the lockout; we sought to re-engage in good faith talks.',
      'Talks? Why talks? Why not cooperate, and co-operate, or cooperate?',
      'They spurned the talks and shelved the agreement; the ceasefire talks collapsed.',
      'It is by no means a blockade of the strait, conceivably they will deescalate.',
      ...stemsOfUnbasedLemmas(12).flatMap((stem) => [stem, ...regularForms(stem)]),
    ];
    for (const text of texts) expect(layered.score(text)).toEqual(compiled.score(text));
    expect(layered.modules).toEqual(compiled.modules);
  });

  it('layers packs after diplomacy too', () => {
    const layered = createScorer({ packs: ['diplomacy', 'labor', 'corporate'] });
    const compiled = createScorer({
      core: false,
      packs: [],
      lexicons: [...DEFAULT_SET(), builtinPack('labor'), builtinPack('corporate')],
    });
    for (const text of statements(300, 5)) expect(layered.score(text)).toEqual(compiled.score(text));
  });

  it('refuses inflection and filler modules (they change how every word is read)', () => {
    const fillers = validateModule({
      id: 'x',
      version: '1.0.0',
      language: 'en',
      kind: 'filler',
      entries: [{ term: 'such' }],
    });
    expect(canExtend([fillers])).toBe(false);
    expect(() => extendLexicon(precompiledDefault(), [fillers], builtinIrregularForms())).toThrow(RangeError);
    // createScorer compiles such a set instead, with the same result as always.
    const scorer = createScorer({ lexicons: [fillers] });
    expect(scorer.modules.at(-1)).toBe('x@1.0.0');
  });

  it('agrees with a full compile on random modules and texts', () => {
    const lex = precompiledDefault();
    const known = [...lex.lemmaIds.keys()].slice(0, 400);
    const vocabulary = [
      ...known,
      ...known.slice(0, 60).flatMap((w) => regularForms(w).slice(0, 2)),
      ...[...builtinIrregularForms().keys()].filter((f) => /^[a-z]+$/.test(f)),
      'the',
      'our',
      'zorbing',
      'zorb',
      'quell',
      'quelled',
      'blick',
      'blicks',
    ];
    const word = fc.constantFrom(...vocabulary);
    const term = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([words, hyphen]) => (hyphen && words.length > 1 ? words.join('-') : words.join(' ')));
    // Some entries carry a constraint, so one term may have several entries (alternatives.ts).
    const when = fc.option(
      fc
        .record({ start: fc.constantFrom('sentence', 'clause'), question: fc.boolean() }, { requiredKeys: [] })
        .filter((w) => Object.keys(w).length > 0),
      { nil: undefined, freq: 2 },
    );
    // … and some are operators (`reverses`, opposing or not).
    const reverses = fc.option(fc.tuple(fc.constantFrom('after', 'before', 'both'), fc.boolean()), {
      nil: undefined,
      freq: 3,
    });
    const entry = fc
      .tuple(term, fc.boolean(), fc.integer({ min: 1, max: 9 }), fc.nat(20), when, reverses)
      .map(([t, conciliatory, weight, d, w, r]) => {
        const dims = conciliatory ? CONCILIATORY_DIMENSIONS : CONFRONTATIONAL_DIMENSIONS;
        const e = { term: t, dimension: dims[d % dims.length] as string, weight: conciliatory ? weight : -weight };
        const constrained = w === undefined ? e : { ...e, when: w };
        return r === undefined ? constrained : { ...constrained, reverses: r[0], opposes: r[1] };
      });
    // Texts of several sentences and clauses, some of them questions, so the constraints are put to work.
    const sentence = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '?', ',', '!', ''))
      .map(([ws, end]) => `${ws.join(' ')}${end}`);
    const text = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 12 }),
        fc.array(text, { maxLength: 20 }),
        (entries, texts) => {
          const mod = tone(entries);
          const layered = createScorer({ lexicons: [mod] });
          const compiled = createScorer({ core: false, packs: [], lexicons: [...DEFAULT_SET(), mod] });
          for (const t of [...texts, ...entries.flatMap((e) => [e.term, `${e.term}?`, `so ${e.term}.`])])
            expect(layered.score(t)).toEqual(compiled.score(t));
          expect(layered.modules).toEqual(compiled.modules);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
