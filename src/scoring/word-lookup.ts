/**
 * Word form → word id for one scorer, as an open-addressing hash table so that the tokenizer can look up a
 * plain ASCII word straight from the text, by the hash it computed while scanning, without making a string.
 *
 * Layout (capacity a power of two, linear probing):
 *   keys[slot]    the lower-case form, or undefined for an empty slot
 *   hashes[slot]  hashForm(key)
 *   ids[slot]     the word id, or -1 for a form no term uses
 *
 * It starts empty (a cold start pays nothing for it) and learns every form the first time it is met,
 * resolved once through `resolveForm` (the compiled lemmas, fillers and irregular forms; else regular
 * inflections undone). Learning is bounded: past `MAX_CACHED` forms the table starts again, empty, so memory
 * stays flat however many distinct words a corpus has.
 */
import type { CompiledLexicon } from '../lexicon/compiled.js';
import { resolveForm } from '../lexicon/resolve-form.js';
import { hashForm } from '../text/form-hash.js';

/**
 * Slots a lookup probes at most. Past it the form is resolved without the table and not cached, so forms
 * crafted to collide cost a bounded amount each instead of walking an ever longer chain.
 */
export const MAX_PROBES = 32;

/** Forms learned beyond the compiled ones before the table is reset. */
export const MAX_CACHED = 100_000;

/** A scorer's word lookup. */
export class WordLookup {
  private keys: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  private ids = new Int32Array(0);
  private mask = 0;
  private size = 0;
  private learned = 0;

  constructor(private readonly lexicon: CompiledLexicon) {
    this.reset();
  }

  /** The word id of a lower-case form, or -1 when no term uses the word. */
  idOf(form: string): number {
    const hash = hashForm(form);
    let slot = hash & this.mask;
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return this.learn(form, hash, slot);
      if (this.hashes[slot] === hash && key === form) return this.ids[slot] as number;
    }
    return this.resolve(form);
  }

  /**
   * The word id of `text[start, end)`, a plain ASCII word whose lower-case hash is `hash` (letters compared
   * case-insensitively). Makes a string only the first time a form is met.
   */
  idOfSpan(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    let slot = hash & this.mask;
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return this.learn(text.slice(start, end).toLowerCase(), hash, slot);
      if (this.hashes[slot] === hash && key.length === length && sameLower(key, text, start))
        return this.ids[slot] as number;
    }
    return this.resolve(text.slice(start, end).toLowerCase());
  }

  private resolve(form: string): number {
    return resolveForm(form, this.lexicon.wordIds, this.lexicon.lemmaIds);
  }

  /** Resolves a form met for the first time and caches it in `slot`, the free slot its lookup ended on. */
  private learn(form: string, hash: number, slot: number): number {
    const id = this.resolve(form);
    if (this.learned >= MAX_CACHED || (this.size + 1) * 2 > this.keys.length) {
      if (this.learned >= MAX_CACHED) this.reset();
      else this.grow();
      this.insert(form, hash, id);
    } else this.place(slot, form, hash, id);
    this.learned++;
    return id;
  }

  private insert(form: string, hash: number, id: number): void {
    let slot = hash & this.mask;
    for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & this.mask) {
      if (this.keys[slot] === undefined) {
        this.place(slot, form, hash, id);
        return;
      }
    }
  }

  private place(slot: number, form: string, hash: number, id: number): void {
    this.keys[slot] = form;
    this.hashes[slot] = hash;
    this.ids[slot] = id;
    this.size++;
  }

  private grow(): void {
    const old = { keys: this.keys, hashes: this.hashes, ids: this.ids };
    const capacity = Math.max(1024, old.keys.length * 2);
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    old.keys.forEach((key, slot) => {
      if (key !== undefined) this.insert(key, old.hashes[slot] as number, old.ids[slot] as number);
    });
  }

  private reset(): void {
    this.keys = [];
    this.size = 0;
    this.learned = 0;
    this.grow();
  }
}

/** Whether `key` (lower case) equals text[start, start + key.length) with ASCII letters folded to lower case. */
function sameLower(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) {
    let c = text.charCodeAt(start + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(k)) return false;
  }
  return true;
}
