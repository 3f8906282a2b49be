/**
 * Where articles come from in articles mode: a folder of .txt files (the file name is the id), or a CSV
 * with an id and a text column read through the same splitter as scoring, so a malformed article row is
 * reported with its line and never dropped.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { RowReport } from '../csv-error.js';
import { CsvError } from '../csv-error.js';
import { decodeText, type InputEncoding } from '../encoding.js';
import type { ColumnRef } from '../options.js';
import { layoutColumns } from './columns.js';
import { readRecords } from './read-records.js';

/** The CSV reading options of articles mode. */
export interface CsvArticleOptions {
  readonly text?: ColumnRef;
  /** The id column (default `id`); null numbers the articles by their line instead. */
  readonly id?: ColumnRef | null;
  /**
   * The article columns to carry onto each statement (names or 0-based indexes); by default every column but
   * the id and the text. Their names go to `onHeader` once the header is read.
   */
  readonly keep?: readonly ColumnRef[];
  readonly onHeader?: (kept: readonly string[]) => void;
  readonly delimiter?: string;
  readonly quote?: string;
  readonly maxFieldBytes?: number;
  readonly encoding?: InputEncoding;
}

/**
 * One article, or the report of a malformed one. `row` is its line (CSV) or 1-based file position (folder);
 * `meta` holds the values of the kept columns, in the order given to `onHeader`.
 */
export type Article =
  | { readonly id: string; readonly text: string; readonly row: number; readonly meta: readonly string[] }
  | { readonly report: RowReport };

/**
 * The `.txt` files of `dir`, in name order.
 * @example
 * ```ts
 * for await (const a of fromFolder('articles/')) if (!('report' in a)) console.log(a.id);
 * ```
 */
export async function* fromFolder(dir: string, encoding: InputEncoding = 'utf8'): AsyncGenerator<Article> {
  const names = (await readdir(dir)).filter((n) => extname(n).toLowerCase() === '.txt').sort();
  for (const [i, name] of names.entries()) {
    let text: string;
    try {
      text = decodeText(await readFile(join(dir, name)), encoding, name);
    } catch (err) {
      // Not valid UTF-8: reported with its file name, never read as U+FFFD.
      yield { report: { row: i + 1, reason: 'invalid-utf8', message: (err as Error).message, raw: name } };
      continue;
    }
    yield { id: basename(name, extname(name)), text, row: i + 1, meta: [] };
  }
}

/**
 * The article rows of a CSV stream.
 * @example
 * ```ts
 * for await (const a of fromCsv(createReadStream('articles.csv'), { text: 'body', id: 'url' })) { … }
 * ```
 */
export async function* fromCsv(stream: Readable, o: CsvArticleOptions): AsyncGenerator<Article> {
  const delimiter = o.delimiter ?? ',';
  const quote = o.quote ?? '"';
  let layout: ReturnType<typeof layoutColumns> | undefined;
  let kept: number[] = [];
  for await (const item of readRecords(stream, delimiter, quote, o.maxFieldBytes ?? 1 << 24, o.encoding)) {
    if ('report' in item) {
      if (layout === undefined)
        throw new CsvError(`the header row is malformed (${item.report.reason}): ${item.report.message}`, {
          row: item.row,
        });
      yield { report: item.report };
    } else if (layout === undefined) {
      // The article columns are not written out, so the prefix only has to avoid a false collision.
      layout = layoutColumns(
        item.fields,
        true,
        { text: o.text ?? 'text', speaker: undefined, id: o.id === null ? undefined : (o.id ?? 'id') },
        '\u0000',
      );
      kept = keptColumns(layout, o.keep);
      o.onHeader?.(kept.map((k) => layout!.input[k] as string));
    } else if (item.count !== layout.input.length) {
      yield {
        report: {
          row: item.row,
          reason: 'ragged',
          message: `expected ${layout.input.length} fields, got ${item.count}`,
          raw: item.fields.join(delimiter).slice(0, 10_000),
        },
      };
    } else {
      const { fields } = item;
      yield {
        id: layout.idIndex === undefined ? String(item.row) : (fields[layout.idIndex] ?? ''),
        text: fields[layout.textIndex] ?? '',
        row: item.row,
        meta: kept.map((k) => fields[k] ?? ''),
      };
    }
  }
}

/** The indexes of the kept columns: those named (a missing one is a column error), or all but id and text. */
function keptColumns(layout: ReturnType<typeof layoutColumns>, keep: readonly ColumnRef[] | undefined): number[] {
  const { input } = layout;
  if (keep === undefined) return input.map((_, k) => k).filter((k) => k !== layout.idIndex && k !== layout.textIndex);
  return keep.map((ref) => {
    const at = typeof ref === 'number' ? (ref < input.length ? ref : -1) : input.indexOf(ref);
    if (at === -1)
      throw new CsvError(
        `keep column ${JSON.stringify(ref)} not found; columns are ${input.map((h) => JSON.stringify(h)).join(', ')}`,
        { row: 1, column: String(ref) },
      );
    return at;
  });
}
