/**
 * The compiled form of a scorer's lexicons: built once per scorer, read-only afterwards.
 *
 * Layout:
 *   wordIds  surface form → word id: every word of every term (its lemma) and the irregular forms of
 *            the inflection modules. Regular inflections are resolved by the scorer's word lookup, which
 *            undoes them against `lemmaIds` and caches the answer. A form that is itself a lemma keeps its
 *            own id (exact lemmas win over inflected forms).
 *   lemmaIds lemma → word id (the words of the terms, without inflected forms or fillers).
 *   base     base[id] = the id of the lemma this lemma is itself an inflection of ("called" → "call"), or
 *            -1; the matcher tries it when a word's own id continues no term.
 *   edges    the phrase trie over word ids, as one hash table (edge-table.ts):
 *            edges.get(node × stride + wordId) → child node.
 *            Node 0 is the root; ends[node] says whether a term ends at the node: 0 no; 1 one entry without a
 *            constraint, `entryAt(node)`; 2 entries with constraints (`when`), `alternativesAt(node)` in the
 *            order the matcher tries them (most constrained first; an unconstrained entry, if any, last).
 *            leaf[node] === 1 when no edge leaves the node. Longest match is a walk down the trie keeping
 *            the last node where a term ends and, for ends 2, one of its entries' constraints holds. One flat
 *            table builds and loads much faster than a map per node.
 *   filler   filler[wordId] === 1 when the word may be skipped inside a multi-word term ("the", "our").
 *   boundary boundary[wordId] === 1 when the word ends an operator's reach ("and", "or": boundary modules, one
 *            word per entry); not in the trie, so the matcher pays nothing for it: the scan reads the flag.
 */
import type { Dimension } from './dimensions.js';
import type { EdgeLookup } from './edge-table.js';
import type { EntryConstraint } from './types.js';

/** Kinds of entry the scorer acts on (speech verbs and titles are attribution's). */
export const SCORING_KINDS = [
  'tone',
  'negator',
  'operator',
  'intensifier',
  'hedge',
  'contrast',
  'conditional',
] as const;
export type ScoringKind = (typeof SCORING_KINDS)[number];

/** `CompiledEntry.reverses` bits: the operator governs the tone terms after it, before it (or both). */
export const REVERSES_AFTER = 1;
export const REVERSES_BEFORE = 2;
/** With a REVERSES bit: an opposing operator ("reject", "violate") reverses only conciliatory acts. */
export const OPPOSES = 4;
/**
 * With a REVERSES bit: the act governed is the operator's topic ("concerned by the ultimatum"): a confrontational
 * act is named, not done (×0), a conciliatory one is opposed; it reaches TOPIC_REACH tokens.
 */
export const TOPIC = 8;

/** One lexicon entry, flattened for the hot path. */
export interface CompiledEntry {
  readonly kind: ScoringKind;
  /** The term as written in the module. */
  readonly lemma: string;
  /** `id@version` of the module it came from. */
  readonly source: string;
  /** Tone entries: dimension and signed weight; otherwise undefined and 0. */
  readonly dimension: Dimension | undefined;
  readonly weight: number;
  /** Tone entries: the multiplier when negated. */
  readonly negated: number;
  /** Intensifiers and hedges: the factor. */
  readonly factor: number;
  /** Contrast markers: which side weighs less. */
  readonly weakens: 'before' | 'after' | undefined;
  /** Operators (operator entries, and tone entries with `reverses`): REVERSES_AFTER | REVERSES_BEFORE | OPPOSES | TOPIC. */
  readonly reverses: number;
  /** Conditional markers: true when the clause after it is the consequence ("otherwise", "or else"), not the condition. */
  readonly opensConsequence: boolean;
  /** Tone entries: the constraint's bits (constraint.ts), 0 for none; and the constraint as written. */
  readonly when: number;
  readonly constraint: EntryConstraint | undefined;
}

/** A scorer's compiled lexicons. */
export interface CompiledLexicon {
  readonly wordIds: ReadonlyMap<string, number>;
  readonly lemmaIds: ReadonlyMap<string, number>;
  readonly base: Int32Array;
  /** starts[id] === 1 when some term starts with the word (or its base lemma). */
  readonly starts: Uint8Array;
  readonly edges: EdgeLookup;
  /** Multiplier of the node number in an edge key: the number of word ids. */
  readonly stride: number;
  /** ends[node]: 0 no term ends at the node; 1 one entry without constraint; 2 entries with constraints. */
  readonly ends: Uint8Array;
  /**
   * The entry of the term that ends at a node (`ends[node] !== 0`; for ends 2, the first alternative), the
   * same object on every call. The precompiled lexicon makes each entry on first use, so a cold start pays
   * only for the entries it meets.
   */
  readonly entryAt: (node: number) => CompiledEntry;
  /** Every entry of the term that ends at a node, in the order the matcher tries them (the same array each call). */
  readonly alternativesAt: (node: number) => readonly CompiledEntry[];
  readonly leaf: Uint8Array;
  readonly filler: Uint8Array;
  readonly boundary: Uint8Array;
  /** `id@version` of every module compiled, in layering order. */
  readonly modules: readonly string[];
  /** Every tone entry that ended up in the trie (later modules replace earlier ones for the same term). */
  readonly toneEntries: number;
}
