/**
 * A reusable, growable store of tokens in parallel arrays, so scoring allocates no object per token.
 *
 * Layout, for token i of `count`:
 *   start[i], end[i]  [start, end) offsets into the input (UTF-16 code units)
 *   form[i]           the token lower-cased, typographic apostrophes made straight ("didn't" → "did", "n't");
 *                     filled only when tokenizing without a word lookup (scoring reads `id` instead)
 *   id[i]             the word id from the lookup given to `tokenize` (-1: no term uses the word)
 *   clause[i]         clause index; increases at every clause or sentence break (and never decreases)
 *   sentence[i]       sentence index, 0-based
 */
export class TokenBuffer {
  count = 0;
  sentences = 0;
  start: Int32Array;
  end: Int32Array;
  clause: Int32Array;
  sentence: Int32Array;
  id: Int32Array;
  form: string[] = [];

  constructor(capacity = 256) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.clause = new Int32Array(capacity);
    this.sentence = new Int32Array(capacity);
    this.id = new Int32Array(capacity);
  }

  reset(): void {
    this.count = 0;
    this.sentences = 0;
    // Drop references to the previous text's strings once the buffer has grown large.
    if (this.form.length > 4096) this.form = [];
  }

  push(start: number, end: number, form: string, clause: number, sentence: number): void {
    this.form[this.count] = form;
    this.pushId(start, end, -1, clause, sentence);
  }

  pushId(start: number, end: number, id: number, clause: number, sentence: number): void {
    const i = this.count;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.clause[i] = clause;
    this.sentence[i] = sentence;
    this.id[i] = id;
    this.count = i + 1;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const widen = (old: Int32Array): Int32Array => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.start = widen(this.start);
    this.end = widen(this.end);
    this.clause = widen(this.clause);
    this.sentence = widen(this.sentence);
    this.id = widen(this.id);
  }
}
