/**
 * Layers more modules onto a compiled lexicon without compiling it again: `createScorer({ extra })` or
 * `{ packs: ['diplomacy', 'labor'] }` start from the precompiled default set instead of compiling ≈ 3,000
 * entries (≈ 60–80 ms of a cold start). The result scores exactly as `compileLexicon` of all the modules
 * would; a property test compares the two on random modules and texts.
 *
 * What the full compile does, and how this keeps it (see compile.ts):
 *   word ids      a new term word that is not yet a lemma gets a new id (even when it was an irregular form
 *                 of another lemma: in a full compile lemmas take their ids before irregular forms do);
 *                 filler words stay fillers; the irregular forms of a new lemma join `wordIds`
 *   base          new lemmas get theirs; an old lemma's base can change only if a new lemma is one of its
 *                 candidates, that is, if it is a regular or irregular form of the new lemma: those are
 *                 worked out again
 *   trie          the base lexicon's edges re-keyed for the new number of words, then the new terms walked in
 *                 as a full compile would (alternatives.ts: a later module wins a term and constraint; a joined
 *                 hyphen variant yields to an entry with its constraint already there); entries of the base
 *                 lexicon stay where they were, made on first use
 * Modules that change how every word is read (inflection and filler modules) are not layered: the caller
 * compiles everything instead.
 */
import { endsOf, placeEntry, toneCount } from './alternatives.js';
import { baseLemmaId, collectTerms, termSplitter } from './compile.js';
import type { CompiledEntry, CompiledLexicon } from './compiled.js';
import { EdgeTable } from './edge-table.js';
import { regularForms } from './inflect.js';
import type { LexiconModule } from './types.js';

/**
 * Whether `extendLexicon` can layer these modules (none of them changes how words are read).
 * @example
 * ```ts
 * canExtend([extraToneModule]); // true
 * ```
 */
export function canExtend(modules: readonly LexiconModule[]): boolean {
  return modules.every((mod) => mod.kind !== 'inflection' && mod.kind !== 'filler' && mod.kind !== 'boundary');
}

/**
 * The lexicon `compileLexicon([...modules of base, ...added])` would give, built from `base`. `irregular` is
 * the base's irregular form → lemma map (its inflection modules).
 * @example
 * ```ts
 * const lexicon = extendLexicon(precompiledDefault(), [validateModule(mine)], irregularForms(coreModules()));
 * ```
 */
export function extendLexicon(
  base: CompiledLexicon,
  added: readonly LexiconModule[],
  irregular: ReadonlyMap<string, string>,
): CompiledLexicon {
  if (!canExtend(added)) {
    throw new RangeError('inflection, filler and boundary modules cannot be layered; compile instead');
  }
  const terms = collectTerms(added, termSplitter());
  const wordIds = new Map(base.wordIds);
  const lemmaIds = new Map(base.lemmaIds);
  const oldWords = base.base.length;
  const isFiller = (word: string): boolean => {
    const id = base.wordIds.get(word);
    return id !== undefined && base.filler[id] === 1 && !base.lemmaIds.has(word);
  };

  // Word ids: new lemmas first, then the irregular forms of the new lemmas that no form has taken.
  let size = oldWords;
  const newLemmas: string[] = [];
  for (const term of terms) {
    for (const word of term.words) {
      if (lemmaIds.has(word) || isFiller(word)) continue;
      lemmaIds.set(word, size);
      wordIds.set(word, size);
      newLemmas.push(word);
      size++;
    }
  }
  const formsOf = new Map<string, string[]>();
  for (const [form, lemma] of irregular) {
    const forms = formsOf.get(lemma);
    if (forms === undefined) formsOf.set(lemma, [form]);
    else forms.push(form);
  }
  for (const lemma of newLemmas) {
    for (const form of formsOf.get(lemma) ?? [])
      if (!wordIds.has(form)) wordIds.set(form, lemmaIds.get(lemma) as number);
  }

  // Base lemmas: the new lemmas', and again for the old lemmas a new lemma may now be the base of.
  const baseIds = new Int32Array(size).fill(-1);
  baseIds.set(base.base);
  const isLemma = (word: string): boolean => lemmaIds.has(word);
  for (const lemma of newLemmas) {
    baseIds[lemmaIds.get(lemma) as number] = baseLemmaId(lemma, irregular, lemmaIds, isLemma);
    for (const form of [...regularForms(lemma), ...(formsOf.get(lemma) ?? [])]) {
      const id = base.lemmaIds.get(form);
      if (id !== undefined) baseIds[id] = baseLemmaId(form, irregular, lemmaIds, isLemma);
    }
  }

  // The trie: old edges re-keyed by the new stride, then the new terms.
  const stride = Math.max(1, size);
  const edges = new Map<number, number>();
  for (const [key, child] of base.edges) {
    edges.set(Math.floor(key / base.stride) * stride + (key % base.stride), child);
  }
  let nodes = base.ends.length;
  const own = new Map<number, readonly CompiledEntry[]>();
  const baseList = (node: number): readonly CompiledEntry[] | undefined =>
    node < base.ends.length && base.ends[node] !== 0 ? base.alternativesAt(node) : undefined;
  for (const { words, entry, variant } of terms) {
    if (words.length === 0) continue;
    let node = 0;
    for (const word of words) {
      const key = node * stride + (wordIds.get(word) as number);
      let child = edges.get(key);
      if (child === undefined) {
        child = nodes++;
        edges.set(key, child);
      }
      node = child;
    }
    own.set(node, placeEntry(own.get(node) ?? baseList(node), entry, variant));
  }

  const ends = new Uint8Array(nodes);
  ends.set(base.ends);
  let toneEntries = base.toneEntries;
  for (const [node, list] of own) {
    toneEntries += toneCount(list) - toneCount(baseList(node));
    ends[node] = endsOf(list);
  }
  const leaf = new Uint8Array(nodes).fill(1);
  for (const key of edges.keys()) leaf[Math.floor(key / stride)] = 0;
  const starts = new Uint8Array(size);
  for (let id = 0; id < size; id++) if (edges.has(id) || edges.has(baseIds[id] as number)) starts[id] = 1;
  const filler = new Uint8Array(size);
  filler.set(base.filler);
  const boundary = new Uint8Array(size);
  boundary.set(base.boundary);
  return Object.freeze({
    wordIds,
    lemmaIds,
    base: baseIds,
    starts,
    edges: EdgeTable.from(edges),
    stride,
    ends,
    entryAt: (node: number): CompiledEntry => (own.get(node)?.[0] as CompiledEntry | undefined) ?? base.entryAt(node),
    alternativesAt: (node: number): readonly CompiledEntry[] => own.get(node) ?? base.alternativesAt(node),
    leaf,
    filler,
    boundary,
    modules: Object.freeze([...base.modules, ...added.map((m) => `${m.id}@${m.version}`)]),
    toneEntries,
  });
}
