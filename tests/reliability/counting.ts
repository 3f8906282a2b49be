/**
 * Work counters for complexity tests: instead of timing, the scorer's data structures are wrapped so every
 * lexicon probe, word lookup and character read is counted, and tests assert that the counts grow linearly.
 *
 * Layout of a counted lexicon: a copy of the compiled lexicon whose phrase-trie `edges` map is a `CountingMap`
 * (see src/lexicon/compiled.ts: one flat map, `edges.get(node × stride + wordId)`); the original compiled
 * lexicon (frozen, shared) is never mutated. Word lookups are counted by wrapping the lookup's `idOf` and
 * `idOfSpan` on the instance; characters by a String subclass whose `charCodeAt` counts.
 */
import type { CompiledLexicon } from '../../src/lexicon/compiled.js';
import { scanTokens } from '../../src/scoring/scan.js';
import { WordLookup } from '../../src/scoring/word-lookup.js';
import { TokenBuffer } from '../../src/text/token-buffer.js';
import { tokenize } from '../../src/text/tokenize.js';

/** Counts of work done for one text. */
export interface Work {
  /** Characters read (`charCodeAt` calls, tokenizer and word lookup); -1 when not counted (texts over `CHAR_COUNT_LIMIT`). */
  chars: number;
  tokens: number;
  /** Word-id lookups (one per token is expected). */
  lookups: number;
  /** `get` calls on the phrase trie's edge map. */
  probes: number;
  hits: number;
}

/** Character reads are counted through a String subclass, which is slow: only up to this length. */
export const CHAR_COUNT_LIMIT = 250_000;

/** A shared probe counter. */
export interface Counter {
  probes: number;
}

/** A Map whose reads are counted. */
export class CountingMap<K, V> extends Map<K, V> {
  constructor(
    private readonly counter: Counter,
    entries?: Iterable<readonly [K, V]>,
  ) {
    super(entries);
  }
  override get(key: K): V | undefined {
    this.counter.probes++;
    return super.get(key);
  }
  override has(key: K): boolean {
    this.counter.probes++;
    return super.has(key);
  }
}

/** A string whose `charCodeAt` calls are counted (the tokenizer reads characters only through it). */
export function countingString(text: string, counter: { chars: number }): string {
  class Counted extends String {
    override charCodeAt(index: number): number {
      counter.chars++;
      return super.charCodeAt(index);
    }
  }
  return new Counted(text) as unknown as string;
}

/** A counted copy of a compiled lexicon. */
export function countedLexicon(lexicon: CompiledLexicon, counter: Counter): CompiledLexicon {
  return { ...lexicon, edges: new CountingMap(counter, lexicon.edges) };
}

/** Runs the tokenizer (with its word lookup) and the matching pass on `text` with every counter attached. */
export function measureScan(lexicon: CompiledLexicon, text: string): Work {
  const counter = { probes: 0, chars: 0, lookups: 0 };
  const lex = countedLexicon(lexicon, counter);
  const words = new WordLookup(lexicon);
  const idOf = words.idOf.bind(words);
  const idOfSpan = words.idOfSpan.bind(words);
  words.idOf = (form: string) => {
    counter.lookups++;
    return idOf(form);
  };
  words.idOfSpan = (t: string, start: number, end: number, hash: number) => {
    counter.lookups++;
    return idOfSpan(t, start, end, hash);
  };
  const tokens = new TokenBuffer();
  const countChars = text.length <= CHAR_COUNT_LIMIT;
  tokenize(countChars ? countingString(text, counter) : text, tokens, words);
  counter.probes = 0;
  const scan = scanTokens(lex, tokens);
  return {
    chars: countChars ? counter.chars : -1,
    tokens: tokens.count,
    lookups: counter.lookups,
    probes: counter.probes,
    hits: scan.hits.length,
  };
}
