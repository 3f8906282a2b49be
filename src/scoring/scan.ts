/**
 * The matching pass: walks the tokens once, takes the longest lexicon term at each position, and records
 * tone hits together with the modifier markers that govern them. Forward-looking modifiers (negators,
 * operators, intensifiers, conditionals) are attached to hits as they are met, and an operator that looks back
 * ("the talks had failed") to the hit just before it; clause- and sentence-wide ones (hedges,
 * contrast) are indexed by clause and sentence for the next pass. Linear in the number of tokens: each
 * position costs one map lookup plus a trie walk no deeper than the longest term.
 */
import {
  type CompiledEntry,
  type CompiledLexicon,
  REVERSES_AFTER,
  REVERSES_BEFORE,
  TOPIC,
} from '../lexicon/compiled.js';
import { CLAUSE_START, CONSEQUENCE, QUESTION, SENTENCE_START, STATEMENT } from '../lexicon/constraint.js';
import type { TokenBuffer } from '../text/token-buffer.js';

/** A matched lexicon term: tokens [first, last). */
export interface Marker {
  readonly entry: CompiledEntry;
  readonly first: number;
  readonly last: number;
  readonly clause: number;
  readonly sentence: number;
  /**
   * A negated operator whose object is its topic ("we are not concerned by the ultimatum"): the ultimatum is
   * still the other party's, so it still governs it, but no longer opposes a conciliatory act.
   */
  readonly negated?: true;
}

/**
 * A tone term with the modifiers that reached it. `governor` is the negator or the operator (a tone entry with
 * `reverses`) that governs it; an operator that looks back sets it on hits already made, so it is writable
 * while the scan runs.
 */
export interface RawHit extends Marker {
  governor: Marker | undefined;
  readonly intensifier: Marker | undefined;
  readonly conditional: Marker | undefined;
}

/** What the matching pass found. */
export interface Scan {
  readonly hits: RawHit[];
  /** The strongest hedge of each clause. */
  readonly hedges: ReadonlyMap<number, Marker>;
  /** The first contrast marker of each sentence. */
  readonly contrasts: ReadonlyMap<number, Marker>;
}

const NO_MARKERS: ReadonlyMap<number, Marker> = new Map();

/** A negator (or an operator) reaches tone terms that start at most this many tokens after it, in its clause. */
export const NEGATION_REACH = 5;
/**
 * An operator whose object is its topic ("concerned by the ultimatum", "accused them of staging a theatre of
 * peace") reaches further: the topic of a disapproval is a noun phrase or an "of …" phrase, longer than a verb's
 * object.
 */
export const TOPIC_REACH = 8;
/** An intensifier reaches the first tone term that starts at most this many tokens after it. */
export const INTENSIFIER_REACH = 3;
/** At most this many filler words are skipped in a row inside a multi-word term. */
const MAX_FILLERS = 2;

/**
 * Runs the matching pass over tokens whose word ids the tokenizer recorded (see `TokenBuffer.id`).
 * @example
 * ```ts
 * const scan = scanTokens(lexicon, tokens); // scan.hits[0].entry.lemma === 'no trade space'
 * ```
 */
export function scanTokens(lex: CompiledLexicon, tokens: TokenBuffer): Scan {
  const count = tokens.count;
  const { id: ids, clause, sentence } = tokens;

  const hits: RawHit[] = [];
  // Most texts have no hedge or contrast: their maps are made on first use.
  let hedges: Map<number, Marker> | undefined;
  let contrasts: Map<number, Marker> | undefined;
  let negator: Marker | undefined;
  let intensifier: Marker | undefined;
  let conditional: Marker | undefined;
  // Sentences that state a condition, ascending; and how many hits wait for one (CONSEQUENCE entries).
  let conditions: number[] | undefined;
  let awaiting = 0;
  // Where the last match ends, filled by longestMatch: one record per scan, not one per match.
  const match: MatchEnd = { last: 0 };

  let t = 0;
  while (t < count) {
    const id = ids[t] as number;
    if (id < 0) {
      t++;
      continue;
    }
    // A coordinated clause is another act: an operator's reach ends at "and", "or" ("condemned the attack and
    // called for restraint"); a negator's does not. A determiner after it coordinates another object of the same
    // operator ("rejected the plan and the talks"), and the reach goes on.
    if (lex.boundary[id] === 1 && negator !== undefined && negator.entry.kind !== 'negator') {
      const next = t + 1 < count ? (ids[t + 1] as number) : -1;
      if (next < 0 || lex.filler[next] !== 1) negator = undefined;
    }
    if (lex.starts[id] === 0) {
      t++;
      continue;
    }
    const entry = longestMatch(lex, tokens, t, match);
    if (entry === undefined) {
      t++;
      continue;
    }
    const last = match.last;
    const at = clause[t] as number;
    const kind = entry.kind;
    // A tone hit is its own record; a marker is made only for what governs or bounds hits (most matches are
    // plain tone hits, and the scan allocates nothing else for them).
    if (kind === 'tone') {
      let intensified: Marker | undefined;
      if (intensifier !== undefined && intensifier.clause === at && t - intensifier.last <= INTENSIFIER_REACH) {
        intensified = intensifier;
        intensifier = undefined;
      }
      const governor =
        negator !== undefined && negator.clause === at && t - negator.last <= reach(negator) ? negator : undefined;
      if ((entry.when & CONSEQUENCE) !== 0) awaiting++;
      hits.push({
        entry,
        first: t,
        last,
        clause: at,
        sentence: sentence[t] as number,
        governor,
        intensifier: intensified,
        conditional: conditional !== undefined && conditional.clause === at ? conditional : undefined,
      });
      // An operator governs one act, its object: the first tone term after it (or the nearest before it).
      if (governor !== undefined && governor.entry.kind !== 'negator') negator = undefined;
      // An operator that is not itself negated governs the act after it (as a negator would) or before it; a
      // negated one spends the negation, and its object keeps its weight ("we will not give up on peace").
      if (entry.reverses !== 0) {
        const marker = markerAt(entry, t, last, at, sentence[t] as number);
        negator = governor === undefined ? operate(hits, marker, negator) : spent(marker);
      }
      t = last;
      continue;
    }
    const marker = markerAt(entry, t, last, at, sentence[t] as number);
    if (kind === 'negator') negator = marker;
    else if (kind === 'operator') {
      const negated = negator !== undefined && negator.clause === at && t - negator.last <= reach(negator);
      negator = negated ? spent(marker) : operate(hits, marker, negator);
    } else if (kind === 'intensifier') intensifier = marker;
    else if (kind === 'conditional') {
      conditional = marker;
      conditions ??= [];
      if (conditions[conditions.length - 1] !== marker.sentence) conditions.push(marker.sentence);
      // A condition opens a clause of its own: "we will not attack if they withdraw" does not negate "withdraw".
      negator = undefined;
      intensifier = undefined;
    } else if (kind === 'hedge') {
      hedges ??= new Map();
      const current = hedges.get(at);
      if (current === undefined || entry.factor < current.entry.factor) hedges.set(at, marker);
    } else {
      contrasts ??= new Map();
      if (!contrasts.has(marker.sentence)) contrasts.set(marker.sentence, marker);
      // A contrast ends the reach of what came before it ("not X, but Y": Y is not negated).
      negator = undefined;
      intensifier = undefined;
    }
    t = last;
  }
  const kept = awaiting === 0 ? hits : consequences(hits, conditions ?? []);
  return { hits: kept, hedges: hedges ?? NO_MARKERS, contrasts: contrasts ?? NO_MARKERS };
}

/**
 * What governs the act after a negated operator: nothing (the negation is spent on the operator: "we will not give
 * up on peace"), except that a disapproval still makes its object its topic ("not concerned by the ultimatum").
 */
function spent(operator: Marker): Marker | undefined {
  return (operator.entry.reverses & TOPIC) !== 0 && (operator.entry.reverses & REVERSES_AFTER) !== 0
    ? { ...operator, negated: true }
    : undefined;
}

function markerAt(entry: CompiledEntry, first: number, last: number, clause: number, sentence: number): Marker {
  return { entry, first, last, clause, sentence };
}

/** How far a negator or operator reaches (tokens after it, in its clause). */
function reach(governor: Marker): number {
  return (governor.entry.reverses & TOPIC) !== 0 ? TOPIC_REACH : NEGATION_REACH;
}

/**
 * The hits without those of CONSEQUENCE entries that stand in no consequence: their sentence states no condition,
 * or they stand inside the condition ("if they respond"). One walk: hits and `conditions` both ascend by sentence.
 */
function consequences(hits: readonly RawHit[], conditions: readonly number[]): RawHit[] {
  const kept: RawHit[] = [];
  let c = 0;
  for (const hit of hits) {
    if ((hit.entry.when & CONSEQUENCE) !== 0) {
      while (c < conditions.length && (conditions[c] as number) < hit.sentence) c++;
      const stated = conditions[c] === hit.sentence;
      const inCondition = hit.conditional !== undefined && !hit.conditional.entry.opensConsequence;
      if (!stated || inCondition) continue;
    }
    kept.push(hit);
  }
  return kept;
}

/**
 * An operator takes effect: it governs the hit just before it (REVERSES_BEFORE) and returns the marker that
 * governs the next hit after it (itself with REVERSES_AFTER, else the governor there was).
 */
function operate(hits: RawHit[], operator: Marker, current: Marker | undefined): Marker | undefined {
  if ((operator.entry.reverses & REVERSES_BEFORE) !== 0) governBefore(hits, operator);
  return (operator.entry.reverses & REVERSES_AFTER) !== 0 ? operator : current;
}

/**
 * Sets `operator` as the governor of the nearest hit before it, if that hit ends at most NEGATION_REACH tokens
 * before it in its clause and has no governor yet.
 */
function governBefore(hits: RawHit[], operator: Marker): void {
  // The last hit is the operator's own when it is a tone entry with `reverses`.
  const k = hits.length - (hits[hits.length - 1]?.first === operator.first ? 2 : 1);
  const hit = hits[k];
  if (hit === undefined || hit.clause !== operator.clause || operator.first - hit.last > reach(operator)) return;
  if (hit.governor === undefined) hit.governor = operator;
}

/** Where a match ends: the token after its term. */
interface MatchEnd {
  last: number;
}

/**
 * The entry of the longest term starting at token `first`, within its clause, skipping fillers inside the term
 * (the term ends before token `end.last`). A node whose entries carry constraints (ends 2) counts only if one of
 * them holds here; that entry is the match.
 */
function longestMatch(
  lex: CompiledLexicon,
  tokens: TokenBuffer,
  first: number,
  end: MatchEnd,
): CompiledEntry | undefined {
  const { edges, stride, ends, leaf, base } = lex;
  const { id: ids, clause, count } = tokens;
  const firstId = ids[first] as number;
  const start = edges.get(firstId) ?? edges.get(base[firstId] as number);
  if (start === undefined) return undefined;
  let node: number = start;
  let best = -1;
  // The entry of `best` when it is a constrained node; undefined for a plain node (made at the end).
  let chosen: CompiledEntry | undefined;
  if (ends[node] === 1) best = node;
  else if (ends[node] === 2) {
    chosen = holding(lex.alternativesAt(node), tokens, first);
    if (chosen !== undefined) best = node;
  }
  let last = first + 1;
  const home = clause[first];
  let j = first + 1;
  let skipped = 0;
  while (leaf[node] === 0 && j < count && clause[j] === home) {
    const id = ids[j] as number;
    const child: number | undefined =
      id < 0 ? undefined : (edges.get(node * stride + id) ?? baseEdge(edges, node * stride, base[id] as number));
    if (child !== undefined) {
      node = child;
      j++;
      skipped = 0;
      const end = ends[node];
      if (end === 1) {
        best = node;
        chosen = undefined;
        last = j;
      } else if (end === 2) {
        const entry = holding(lex.alternativesAt(node), tokens, first);
        if (entry !== undefined) {
          best = node;
          chosen = entry;
          last = j;
        }
      }
    } else if (id >= 0 && lex.filler[id] === 1 && skipped < MAX_FILLERS) {
      j++;
      skipped++;
    } else break;
  }
  if (best < 0) return undefined;
  end.last = last;
  return chosen ?? lex.entryAt(best);
}

/** The first of a node's entries whose constraint holds for a term starting at token `first`. */
function holding(entries: readonly CompiledEntry[], tokens: TokenBuffer, first: number): CompiledEntry | undefined {
  for (const entry of entries) if (constraintHolds(entry.when, tokens, first)) return entry;
  return undefined;
}

/**
 * Whether a constraint's bits (lexicon/constraint.ts) hold for a term starting at token `first`: O(1), from the
 * sentence and clause indexes of the token and the one before it, and the sentence's question flag. CONSEQUENCE
 * is taken as holding here and checked once the sentence has been read (`consequences`).
 */
function constraintHolds(when: number, tokens: TokenBuffer, first: number): boolean {
  if (when === 0) return true;
  const { sentence, clause } = tokens;
  const s = sentence[first] as number;
  if ((when & SENTENCE_START) !== 0 && first > 0 && sentence[first - 1] === s) return false;
  if ((when & CLAUSE_START) !== 0 && first > 0 && clause[first - 1] === clause[first]) return false;
  if ((when & QUESTION) !== 0 && tokens.question[s] !== 1) return false;
  if ((when & STATEMENT) !== 0 && tokens.question[s] === 1) return false;
  return true;
}

/**
 * The edge from a node (`offset` = node × stride) by a word's base lemma. A word without one (-1) has none: the
 * key offset − 1 would be another node's edge.
 */
function baseEdge(edges: CompiledLexicon['edges'], offset: number, baseId: number): number | undefined {
  return baseId < 0 ? undefined : edges.get(offset + baseId);
}
