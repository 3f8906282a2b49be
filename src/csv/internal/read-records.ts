/**
 * Reads a CSV stream as parsed records, through the same splitter as scoring: malformed rows come out as
 * reports (never thrown, never dropped), well-formed ones as fields.
 */
import type { Readable } from 'node:stream';
import type { RowReport } from '../csv-error.js';
import { type InputEncoding, toUtf8 } from '../encoding.js';
import { parseLine } from './parse-line.js';
import { RecordSplitter } from './record-splitter.js';

/** A record or a report, in input order. */
export type ReadItem =
  | { readonly row: number; readonly fields: string[]; readonly count: number }
  | { readonly row: number; readonly report: RowReport };

/**
 * Yields every record of `stream`: `{ row, fields, count }` for well-formed ones (`count` is the field count
 * the splitter saw), `{ row, report }` for malformed ones. Blank lines are skipped. A non-UTF-8 `encoding` is
 * decoded to UTF-8 first.
 * @example
 * ```ts
 * for await (const item of readRecords(createReadStream('articles.csv'), ',', '"', 1 << 24)) { … }
 * ```
 */
export async function* readRecords(
  stream: Readable,
  delimiter: string,
  quote: string,
  maxFieldBytes: number,
  encoding: InputEncoding = 'utf8',
): AsyncGenerator<ReadItem> {
  const splitter = new RecordSplitter(delimiter, quote, maxFieldBytes);
  const decoder = encoding === 'utf8' ? undefined : toUtf8(encoding);
  let items: ReadItem[] = [];
  const sink = {
    record: (row: number, text: string, count: number) => {
      items.push({ row, fields: parseLine(text, delimiter, quote), count });
    },
    report: (report: RowReport) => {
      items.push({ row: report.row, report });
    },
    blank: () => undefined,
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    splitter.push(decoder === undefined ? bytes : decoder.push(bytes), sink);
    const ready = items;
    items = [];
    yield* ready;
  }
  const rest = decoder?.end();
  if (rest !== undefined && rest.length > 0) splitter.push(rest, sink);
  splitter.end(sink);
  yield* items;
}
