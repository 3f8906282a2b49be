/**
 * Splits CSV bytes into records and checks each one before any parser sees it, because a CSV parser
 * cannot report a bad row as data: fast-csv stops the whole stream on a stray quote, decodes invalid
 * UTF-8 silently and has no field size limit. Here every record ends up in exactly one place: `record`
 * (well-formed: valid UTF-8, quotes balanced, fields within the limit), `report` (malformed) or `blank`.
 *
 * State kept between chunks: `buf` holds the bytes from the start of the current record (`start`) to
 * the end of the data received; `pos` is where scanning resumes. When a record's quoting is broken and it
 * spans several lines, only its first line is reported and scanning resumes on the next line, so one
 * stray quote costs one row, not the rest of the file. Memory is bounded by `maxFieldBytes` plus a chunk.
 */
import { isUtf8 } from 'node:buffer';
import type { RowProblem, RowReport } from '../csv-error.js';
import { CsvError } from '../csv-error.js';

const LF = 10;
const CR = 13;
const RAW_MAX_BYTES = 10_000;
const EMPTY = Buffer.alloc(0);

/** Where the splitter sends each record. */
export interface SplitSink {
  /** A well-formed record: its line number, its text without the line ending, its field count. */
  record(row: number, text: string, fields: number): void;
  report(report: RowReport): void;
  blank(row: number): void;
}

/**
 * The splitter. Feed it chunks with `push`, then call `end`; it calls the sink synchronously.
 * @example
 * ```ts
 * const splitter = new RecordSplitter(',', '"', 1 << 20);
 * splitter.push(Buffer.from('a,b\n1,2\n'), sink); splitter.end(sink); // sink.record(1, 'a,b', 2), sink.record(2, '1,2', 2)
 * ```
 */
export class RecordSplitter {
  private buf: Buffer = EMPTY;
  private pos = 0;
  private start = 0;
  private line = 1;
  private lines = 0;
  private firstLf = -1;
  private inQuote = false;
  private afterQuote = false;
  private fieldStart = 0;
  private fields = 1;
  private problem: RowProblem | undefined;
  private problemMessage = '';
  private skipping = false;
  private skippedRaw = '';
  private first = true;
  private readonly delim: number;
  private readonly quote: number;

  constructor(
    delimiter: string,
    quote: string,
    private readonly maxFieldBytes: number,
  ) {
    this.delim = delimiter.charCodeAt(0);
    this.quote = quote.charCodeAt(0);
  }

  /** The line number where the next record starts (where a truncated input broke). */
  get currentLine(): number {
    return this.line;
  }

  push(chunk: Buffer, sink: SplitSink): void {
    if (this.first && chunk.length > 0) chunk = this.stripBom(chunk);
    if (this.start >= this.buf.length) {
      this.pos -= this.buf.length;
      this.fieldStart -= this.buf.length;
      this.firstLf = this.firstLf >= 0 ? this.firstLf - this.buf.length : -1;
      this.buf = chunk;
    } else {
      const s = this.start;
      this.buf = Buffer.concat([this.buf.subarray(s), chunk]);
      this.pos -= s;
      this.fieldStart -= s;
      if (this.firstLf >= 0) this.firstLf -= s;
    }
    this.start = 0;
    this.scan(sink, false);
  }

  end(sink: SplitSink): void {
    this.scan(sink, true);
  }

  private stripBom(chunk: Buffer): Buffer {
    this.first = false;
    if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
      throw new CsvError(
        'the input is UTF-16 (it starts with a UTF-16 byte-order mark): set the encoding to utf16 (detente --encoding utf16)',
        { row: 1 },
      );
    }
    return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk;
  }

  private scan(sink: SplitSink, final: boolean): void {
    const { delim, quote } = this;
    for (;;) {
      const buf = this.buf;
      const n = buf.length;
      let i = this.pos;
      let ended = -1;
      for (; i < n; i++) {
        const b = buf[i]!;
        if (this.inQuote) {
          if (b === quote) {
            if (i + 1 >= n && !final) break;
            if (buf[i + 1] === quote) {
              i++;
              continue;
            }
            this.inQuote = false;
            this.afterQuote = true;
          } else if (b === LF) {
            this.lines++;
            if (this.firstLf < 0) this.firstLf = i;
          }
        } else if (b === delim) {
          this.endField(i);
          this.fields++;
          this.fieldStart = i + 1;
          this.afterQuote = false;
        } else if (b === LF) {
          ended = i;
          break;
        } else if (this.afterQuote) {
          if (b !== CR && this.problem === undefined)
            this.flag('bad-quote', `text after a closing quote in field ${this.fields}`);
        } else if (b === quote && i === this.fieldStart) {
          this.inQuote = true;
        }
      }
      this.pos = i;
      if (ended >= 0) {
        this.finish(ended, sink);
        continue;
      }
      if (!final) {
        this.checkRunaway(sink);
        return;
      }
      if (this.inQuote && this.problem === undefined)
        this.flag('unterminated-quote', `quoted field ${this.fields} has no closing quote`);
      if (this.start >= n && !this.skipping) return;
      this.pos = n;
      this.finish(n, sink);
      if (this.start >= this.buf.length) return;
    }
  }

  private flag(problem: RowProblem, message: string): void {
    this.problem = problem;
    this.problemMessage = message;
  }

  private endField(i: number): void {
    if (i - this.fieldStart > this.maxFieldBytes && this.problem === undefined) {
      this.flag('field-too-large', `field ${this.fields} is over the limit of ${this.maxFieldBytes} bytes`);
    }
  }

  /** At the end of a chunk: a field already over the limit is not kept in memory. */
  private checkRunaway(sink: SplitSink): void {
    if (this.skipping) {
      this.dropScanned();
      return;
    }
    if (this.buf.length - this.fieldStart <= this.maxFieldBytes) return;
    if (this.inQuote && this.firstLf >= 0) {
      this.flag(
        'field-too-large',
        `quoted field ${this.fields} runs over ${this.maxFieldBytes} bytes (or its closing quote is missing)`,
      );
      this.finish(this.buf.length, sink);
      this.scan(sink, false);
      return;
    }
    this.flag('field-too-large', `field ${this.fields} is over the limit of ${this.maxFieldBytes} bytes`);
    this.skipping = true;
    this.skippedRaw = this.raw(this.start, this.buf.length);
    this.dropScanned();
  }

  private dropScanned(): void {
    this.fieldStart = Math.max(0, this.fieldStart - this.pos);
    this.firstLf = -1;
    this.buf = this.buf.subarray(this.pos);
    this.pos = 0;
    this.start = 0;
  }

  private raw(from: number, to: number): string {
    let end = Math.min(to, from + RAW_MAX_BYTES);
    if (end > from && this.buf[end - 1] === CR) end--;
    return this.buf.toString('utf8', from, end);
  }

  /** Ends the record at `end` (its LF, or the end of input) and sends it to the sink. */
  private finish(end: number, sink: SplitSink): void {
    const { buf, start } = this;
    const row = this.line;
    let next = end + 1;
    let nextLine = row + this.lines + 1;
    if (this.skipping) {
      sink.report({
        row,
        reason: this.problem ?? 'field-too-large',
        message: this.problemMessage,
        raw: this.skippedRaw,
      });
    } else if (
      (this.problem !== undefined && this.problem !== 'field-too-large' && this.problem !== 'ragged') ||
      (this.problem === 'field-too-large' && this.inQuote)
    ) {
      // Broken quoting: a record spanning lines is reported as its first line, and scanning resumes after it.
      const multi = this.firstLf >= 0 && this.firstLf < end;
      const reason = multi && this.problem === 'bad-quote' ? 'unterminated-quote' : this.problem!;
      const message =
        multi && this.problem === 'bad-quote'
          ? `the quote opened in field ${this.firstQuoteField()} does not close on this line`
          : this.problemMessage;
      if (multi) {
        next = this.firstLf + 1;
        nextLine = row + 1;
      }
      sink.report({ row, reason, message, raw: this.raw(start, multi ? this.firstLf : end) });
    } else {
      this.endField(end);
      let e = end;
      if (e > start && buf[e - 1] === CR) e--;
      if (this.problem !== undefined)
        sink.report({ row, reason: this.problem, message: this.problemMessage, raw: this.raw(start, end) });
      else if (e === start) sink.blank(row);
      else if (!isUtf8(buf.subarray(start, e)))
        sink.report({
          row,
          reason: 'invalid-utf8',
          message:
            'the row is not valid UTF-8 (if the file is Windows or Latin-1 text, set the encoding to cp1252 or latin1)',
          raw: this.raw(start, e),
        });
      else sink.record(row, buf.toString('utf8', start, e), this.fields);
    }
    this.start = next;
    this.pos = next;
    this.fieldStart = next;
    this.line = nextLine;
    this.lines = 0;
    this.firstLf = -1;
    this.inQuote = false;
    this.afterQuote = false;
    this.fields = 1;
    this.problem = undefined;
    this.skipping = false;
    this.skippedRaw = '';
  }

  /** Which field's quote opened the broken region (for the message): fields counted on the first line. */
  private firstQuoteField(): number {
    let f = 1;
    for (let i = this.start; i < this.firstLf; i++) if (this.buf[i] === this.delim) f++;
    return f;
  }
}
