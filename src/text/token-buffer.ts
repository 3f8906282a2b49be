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
 * and for sentence s of `sentences`:
 *   question[s]       1 when the sentence ends with a question mark, else 0 (sentences ≤ tokens, so the
 *                     array grows with the token arrays)
 */
export class TokenBuffer {
  count = 0;
  sentences = 0;
  start: Int32Array;
  end: Int32Array;
  clause: Int32Array;
  sentence: Int32Array;
  id: Int32Array;
  question: Uint8Array;
  form: string[] = [];

  constructor(capacity = 256) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.clause = new Int32Array(capacity);
    this.sentence = new Int32Array(capacity);
    this.id = new Int32Array(capacity);
    this.question = new Uint8Array(capacity);
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

  /**
   * Sets sentence `s`'s question flag. A sentence index never exceeds the token count (every sentence has a
   * word), so only a sentence whose first word has not been pushed yet can lie past a full buffer; its flag is
   * then 0, as the grown array starts.
   */
  markQuestion(s: number, value: 0 | 1): void {
    if (s < this.question.length) this.question[s] = value;
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
    const question = new Uint8Array(size);
    question.set(this.question);
    this.question = question;
  }
}
