/** The shape of one cue (speech verb, "according to", reporting noun), shared by cue finding and clause logic. */
import type { CueWord } from '../document/lexicons.js';
import type { Subject } from '../speakers/subject.js';

/** One cue in a sentence. */
export interface Cue {
  /** Cue tokens `[first, end)` ("told reporters", "repeated Russia’s denials"). */
  readonly first: number;
  end: number;
  /** The lexicon entry that gives the cue its tone. */
  word: CueWord;
  readonly kind: 'verb' | 'according' | 'noun' | 'participle';
  readonly subject: Subject | null;
  /** The subject comes after the verb ("said Mr. Blinken"). */
  readonly inverted: boolean;
  /** Token where reported content would start. */
  contentFirst: number;
  /** Inside an earlier cue's clause ("told reporters that Mr. Blinken had agreed"): not a statement of its own. */
  nested?: boolean;
}
