/**
 * Compiles validated lexicon modules into a `CompiledLexicon`. Regular inflections are not expanded here:
 * the scorer's word lookup undoes them on first sight of a form (see `word-lookup.ts`), which keeps
 * compilation, and so the cold start, short.
 * Terms are tokenized with the scorer's own
 * tokenizer, so a term and the text it should match are split the same way (hyphens, clitics, apostrophes).
 */

import { TokenBuffer } from '../text/token-buffer.js';
import { tokenize } from '../text/tokenize.js';
import { endsOf, placeEntry, toneCount } from './alternatives.js';
import {
  type CompiledEntry,
  type CompiledLexicon,
  OPPOSES,
  REVERSES_AFTER,
  REVERSES_BEFORE,
  SCORING_KINDS,
  type ScoringKind,
  TOPIC,
} from './compiled.js';
import { constraintBits } from './constraint.js';
import type { Dimension } from './dimensions.js';
import { EdgeTable } from './edge-table.js';
import { lemmaOf } from './lemma-candidates.js';
import type { EntryConstraint, LexiconModule } from './types.js';

const SCORING: ReadonlySet<string> = new Set(SCORING_KINDS);
/** Attitudes are reversed weakly when negated ("not polemical"); acts are removed ("not covered"). */
const ATTITUDE_DIMENSIONS: ReadonlySet<string> = new Set(['respect', 'hostility', 'optimism', 'pessimism']);
const WEAK_REVERSAL = -0.6;
const PLAIN_TERM = /^[a-z]+( [a-z]+)*$/;
const NO_ENTRIES: readonly CompiledEntry[] = Object.freeze([]);
const REVERSES: Readonly<Record<string, number>> = {
  after: REVERSES_AFTER,
  before: REVERSES_BEFORE,
  both: REVERSES_AFTER | REVERSES_BEFORE,
};

/**
 * Compiles modules (already validated) in layering order: for the same term, a later module wins.
 * @example
 * ```ts
 * const lexicon = compileLexicon([validateModule(myModule)]);
 * ```
 */
export function compileLexicon(modules: readonly LexiconModule[]): CompiledLexicon {
  const words = new WordTable();
  const termWords = termSplitter();
  // Pass 1: every word of every term is a lemma with its own id.
  const terms = collectTerms(modules, termWords);
  const fillers: string[] = [];
  const boundaries: string[] = [];
  for (const mod of modules) {
    if (mod.kind === 'filler') fillers.push(...mod.entries.map((e) => termWords(e.term).join(' ')));
    if (mod.kind === 'boundary') boundaries.push(...mod.entries.map((e) => e.term.toLowerCase()));
  }
  // Pass 2: word ids. Every term word is a lemma with its own id, so "warning" and "warn" stay separate
  // entries. A lemma that is also an inflection of another lemma ("called" beside "call", "held" beside
  // "hold") records that lemma in `base`, and the matcher tries it when the word's own id leads nowhere, so
  // a term written with an inflected word never takes that form away from the lemma's other terms.
  const fillerSet = new Set(fillers);
  const irregular = irregularForms(modules);
  for (const t of terms) for (const w of t.words) if (!fillerSet.has(w)) words.lemma(w);
  for (const f of fillers) words.filler(f);
  for (const b of boundaries) words.filler(b);
  for (const [form, lemma] of irregular) {
    const id = words.lemmaIds.get(lemma);
    if (id !== undefined) words.form(form, id);
  }
  const base = new Int32Array(words.size).fill(-1);
  const isLemma = (word: string): boolean => words.lemmaIds.has(word);
  for (const [lemma, id] of words.lemmaIds) base[id] = baseLemmaId(lemma, irregular, words.lemmaIds, isLemma);
  // Pass 3: the phrase trie, as one map of edges (see compiled.ts).
  const stride = Math.max(1, words.size);
  const edges = new Map<number, number>();
  const nodeEntries: (readonly CompiledEntry[] | undefined)[] = [undefined];
  for (const { words: split, entry, variant } of terms) {
    if (split.length === 0) continue;
    let node = 0;
    for (const w of split) {
      const key = node * stride + (words.forms.get(w) as number);
      let child = edges.get(key);
      if (child === undefined) {
        child = nodeEntries.length;
        nodeEntries.push(undefined);
        edges.set(key, child);
      }
      node = child;
    }
    nodeEntries[node] = placeEntry(nodeEntries[node], entry, variant);
  }
  const ends = new Uint8Array(nodeEntries.length);
  let toneEntries = 0;
  nodeEntries.forEach((list, node) => {
    if (list === undefined) return;
    ends[node] = endsOf(list);
    toneEntries += toneCount(list);
  });
  const leaf = new Uint8Array(nodeEntries.length).fill(1);
  for (const key of edges.keys()) leaf[Math.floor(key / stride)] = 0;
  // starts[id] === 1 when a term starts with the word itself or with its base lemma: one array read lets the
  // matcher pass over every other word without touching the trie.
  const starts = new Uint8Array(words.size);
  for (let id = 0; id < words.size; id++) {
    if (edges.has(id) || edges.has(base[id] as number)) starts[id] = 1;
  }
  const filler = new Uint8Array(words.size);
  for (const f of fillers) filler[words.forms.get(f) as number] = 1;
  const boundary = new Uint8Array(words.size);
  for (const b of boundaries) boundary[words.forms.get(b) as number] = 1;
  return Object.freeze({
    wordIds: words.forms,
    lemmaIds: words.lemmaIds,
    base,
    starts,
    edges: EdgeTable.from(edges),
    stride,
    ends,
    entryAt: (node: number) => (nodeEntries[node] as readonly CompiledEntry[])[0] as CompiledEntry,
    alternativesAt: (node: number) => nodeEntries[node] ?? NO_ENTRIES,
    leaf,
    filler,
    boundary,
    modules: Object.freeze(modules.map((m) => `${m.id}@${m.version}`)),
    toneEntries,
  });
}

/** A term to put in the trie: its words, its entry, and whether it is the joined form of a hyphenated term. */
export interface Term {
  readonly words: readonly string[];
  readonly entry: CompiledEntry;
  readonly variant: boolean;
}

/**
 * Splits terms into words the way the tokenizer splits text, so a term and the text it should match agree
 * (hyphens, clitics, apostrophes). One splitter per compile: it reuses a token buffer.
 * @example
 * ```ts
 * termSplitter()('good-faith talks'); // ['good', 'faith', 'talks']
 * ```
 */
export function termSplitter(): (term: string) => string[] {
  const scratch = new TokenBuffer(16);
  return (term) => {
    // A lone clitic ("'s", "n't") is kept as the tokenizer leaves it on a word it splits.
    const clitic = term.toLowerCase().replaceAll('\u2019', "'");
    if (/^('[a-z]+|n't)$/.test(clitic)) return [clitic];
    // Most terms are plain lower-case words: split them directly; anything else goes through the tokenizer.
    if (PLAIN_TERM.test(term)) return term.split(' ');
    tokenize(term, scratch);
    return scratch.form.slice(0, scratch.count);
  };
}

/**
 * The terms of the scoring modules, in layering order, each hyphenated term followed by its joined form.
 * @example
 * ```ts
 * collectTerms([mod], termSplitter()).map((t) => t.words.join(' '));
 * ```
 */
export function collectTerms(modules: readonly LexiconModule[], termWords: (term: string) => string[]): Term[] {
  const terms: Term[] = [];
  for (const mod of modules) {
    if (!SCORING.has(mod.kind)) continue;
    const source = `${mod.id}@${mod.version}`;
    for (const raw of mod.entries as unknown as readonly Record<string, unknown>[]) {
      const entry = compileEntry(mod.kind as ScoringKind, raw, source);
      const term = raw.term as string;
      terms.push({ words: termWords(term), entry, variant: false });
      // "de-escalate" is also written "deescalate"; an explicit entry for the joined form wins over this.
      if (term.includes('-')) terms.push({ words: termWords(term.replaceAll('-', '')), entry, variant: true });
    }
  }
  return terms;
}

/**
 * Irregular form → lemma, from the inflection modules.
 * @example
 * ```ts
 * irregularForms(coreModules()).get('withdrew'); // 'withdraw'
 * ```
 */
export function irregularForms(modules: readonly LexiconModule[]): Map<string, string> {
  const irregular = new Map<string, string>();
  for (const mod of modules) {
    if (mod.kind !== 'inflection') continue;
    for (const e of mod.entries as readonly { term: string; forms: readonly string[] }[]) {
      for (const form of e.forms) irregular.set(form.toLowerCase().replaceAll('\u2019', "'"), e.term.toLowerCase());
    }
  }
  return irregular;
}

/**
 * The id of the lemma a lemma is itself an inflection of ("called" → "call"), or -1.
 * @example
 * ```ts
 * baseLemmaId('called', irregular, lemmaIds, (w) => lemmaIds.has(w)); // the id of 'call'
 * ```
 */
export function baseLemmaId(
  lemma: string,
  irregular: ReadonlyMap<string, string>,
  lemmaIds: ReadonlyMap<string, number>,
  isLemma: (word: string) => boolean,
): number {
  const from = irregular.get(lemma) ?? lemmaOf(lemma, isLemma);
  return from === undefined || from === lemma ? -1 : (lemmaIds.get(from) ?? -1);
}

/**
 * One module entry as the scorer reads it (`raw` validated; `source` is its module's `id@version`).
 * @example
 * ```ts
 * compileEntry('tone', { term: 'hostile', dimension: 'hostility', weight: -4, pos: 'adj' }, 'en/x@1.0.0');
 * // { kind: 'tone', lemma: 'hostile', weight: -4, negated: -0.6, … }
 * ```
 */
export function compileEntry(kind: ScoringKind, raw: Readonly<Record<string, unknown>>, source: string): CompiledEntry {
  return entryFromFields(kind, source, (field) => (Object.hasOwn(raw, field) ? raw[field] : undefined));
}

/**
 * `compileEntry` for callers that hold entries by column: `field(name)` reads one field of the entry
 * (undefined when absent), so no object is made per entry but the one compiled.
 * @example
 * ```ts
 * entryFromFields('hedge', 'en/hedges@1.0.0', (f) => ({ term: 'perhaps', factor: 0.6 })[f]);
 * ```
 */
export function entryFromFields(kind: ScoringKind, source: string, field: (name: string) => unknown): CompiledEntry {
  const tone = kind === 'tone';
  const dimension = field('dimension');
  const constraint = tone ? (field('when') as EntryConstraint | undefined) : undefined;
  const defaultNegated =
    tone && (field('pos') === 'adj' || ATTITUDE_DIMENSIONS.has(dimension as string)) ? WEAK_REVERSAL : 0;
  const factor = field('factor');
  const reverses = tone || kind === 'operator' ? field('reverses') : undefined;
  return {
    kind,
    lemma: field('term') as string,
    source,
    dimension: tone ? (dimension as Dimension) : undefined,
    weight: tone ? (field('weight') as number) : 0,
    negated: tone ? ((field('negated') as number | undefined) ?? defaultNegated) : 0,
    factor: typeof factor === 'number' ? factor : 1,
    weakens: field('weakens') as 'before' | 'after' | undefined,
    reverses:
      typeof reverses === 'string'
        ? (REVERSES[reverses] ?? 0) | (field('opposes') === true ? OPPOSES : 0) | (field('topic') === true ? TOPIC : 0)
        : 0,
    opensConsequence: kind === 'conditional' && field('opens') === 'consequence',
    when: constraintBits(constraint),
    constraint,
  };
}

/**
 * Word ids. `forms` maps every known form (lemmas, fillers, irregular forms) to an id; `lemmaIds` holds only
 * the lemmas that regular inflections may resolve to.
 */
class WordTable {
  readonly forms = new Map<string, number>();
  readonly lemmaIds = new Map<string, number>();
  size = 0;

  lemma(word: string): void {
    if (this.lemmaIds.has(word)) return;
    const id = this.forms.get(word) ?? this.size++;
    this.lemmaIds.set(word, id);
    this.forms.set(word, id);
  }
  /** A word that is no lemma but needs an id (a filler, a boundary). */
  filler(word: string): void {
    if (!this.forms.has(word)) this.forms.set(word, this.size++);
  }
  form(form: string, id: number): void {
    if (!this.forms.has(form)) this.forms.set(form, id);
  }
}
