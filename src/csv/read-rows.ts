/**
 * Reads a CSV or TSV file as objects keyed by the header, with fast-csv, for the commands that need whole
 * labelled rows (`detente eval`, `detente profile`). Ragged rows are counted, not returned.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parseStream } from 'fast-csv';
import { CsvError } from './csv-error.js';
import { resolveEncoding, utf8Stream } from './encoding.js';

/**
 * Options of `readCsvRows`.
 * @example
 * ```ts
 * readCsvRows('data.txt', { delimiter: '\t', onInvalid: (row) => console.error(`row ${row} skipped`) });
 * readCsvRows('data.csv', { onHeader: (columns) => console.log(columns.join(', ')) });
 * ```
 */
export interface ReadRowsOptions {
  /** Default `,`, or a tab for a `.tsv` file. */
  readonly delimiter?: string;
  /** Called with the line-free row number (1 = first data row) of every row whose field count is wrong. */
  readonly onInvalid?: (row: number) => void;
  /**
   * Called with the header's column names once it is read, before the first row (so a header without rows can
   * still be checked); never called for an empty input.
   */
  readonly onHeader?: (columns: readonly string[]) => void;
  /**
   * The input's encoding (default UTF-8; see `InputEncoding`). Invalid UTF-8 stops the read with a `CsvError`
   * naming the line, never read as U+FFFD.
   */
  readonly encoding?: string;
}

/**
 * Yields every well-formed row of a CSV/TSV file (or stream) as an object keyed by the header.
 * @example
 * ```ts
 * for await (const row of readCsvRows('labelled.tsv')) console.log(row.text, row.label);
 * ```
 */
export async function* readCsvRows(
  input: string | Readable,
  options: ReadRowsOptions = {},
): AsyncGenerator<Record<string, string>> {
  const delimiter = options.delimiter ?? (typeof input === 'string' && /\.tsv$/i.test(input) ? '\t' : ',');
  const where = typeof input === 'string' ? input : 'the input';
  const raw = typeof input === 'string' ? createReadStream(input) : input;
  const source = raw.pipe(utf8Stream(resolveEncoding(options.encoding), where));
  raw.on('error', (err: Error) => source.destroy(err));
  const parser = parseStream<Record<string, string>, Record<string, string>>(source, {
    headers: true,
    delimiter,
    strictColumnHandling: true,
    ignoreEmpty: true,
    quote: delimiter === '\t' ? null : '"',
  });
  parser.on('data-invalid', (_row: unknown, rowNumber: number) => options.onInvalid?.(rowNumber));
  parser.on('headers', (columns: string[]) => options.onHeader?.(columns));
  source.on('error', (err: Error) => parser.destroy(err));
  try {
    for await (const row of parser) yield row as Record<string, string>;
  } catch (err) {
    if (err instanceof CsvError) throw err;
    throw new CsvError(`cannot read ${where}: ${(err as Error).message}`, {
      code: (err as { code?: string }).code === 'ENOENT' ? 'E_IO' : 'E_CSV',
      cause: err,
    });
  }
}
