/**
 * Surface form → word id for one scorer: the compiled lexicon's lemmas and irregular forms, plus every form
 * met so far, resolved once through `lemmaOf` (regular inflections undone) and cached. The cache is
 * bounded: past `MAX_CACHED` learned forms it starts again from the compiled map, so memory stays flat
 * however many distinct words a corpus has.
 */
import type { CompiledLexicon } from '../lexicon/compiled.js';
import { resolveForm } from '../lexicon/resolve-form.js';

/** Forms learned beyond the compiled ones before the cache is reset. */
export const MAX_CACHED = 100_000;

/** A scorer's word lookup. */
export class WordLookup {
  private known: Map<string, number>;
  private learned = 0;
  constructor(private readonly lexicon: CompiledLexicon) {
    this.known = new Map(lexicon.wordIds);
  }

  /** The word id of a lower-cased form, or -1 when no term uses the word. */
  idOf(form: string): number {
    const id = this.known.get(form);
    if (id !== undefined) return id;
    const resolved = resolveForm(form, this.lexicon.wordIds, this.lexicon.lemmaIds);
    if (this.learned >= MAX_CACHED) {
      this.known = new Map(this.lexicon.wordIds);
      this.learned = 0;
    }
    this.known.set(form, resolved);
    this.learned++;
    return resolved;
  }
}
