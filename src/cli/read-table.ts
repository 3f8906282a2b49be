/** Reads a whole CSV/TSV for `eval` and `profile`, checking that the named columns exist. */
import { type InputEncoding, readCsvRows } from '../csv/index.js';
import { UsageError } from './args.js';

/** Rows of the file, and how many were skipped for a wrong field count. */
export interface Table {
  readonly rows: Record<string, string>[];
  readonly invalid: number;
}

/**
 * Reads `file` (CSV, or TSV for `.tsv`, in `encoding`) and checks `columns` are in its header.
 * @example
 * ```ts
 * const { rows } = await readTable('labelled.tsv', undefined, ['text', 'label'], 'eval');
 * ```
 */
export async function readTable(
  file: string,
  delimiter: string | undefined,
  columns: readonly string[],
  command: string,
  encoding: InputEncoding = 'utf8',
): Promise<Table> {
  const rows: Record<string, string>[] = [];
  let invalid = 0;
  for await (const row of readCsvRows(file, {
    ...(delimiter !== undefined && { delimiter }),
    encoding,
    onInvalid: () => {
      invalid++;
    },
  })) {
    if (rows.length === 0) {
      const missing = columns.find((c) => !(c in row));
      if (missing !== undefined)
        throw new UsageError(
          `column ${JSON.stringify(missing)} not found in ${file}; columns are ${Object.keys(row)
            .map((k) => JSON.stringify(k))
            .join(', ')}`,
          command,
        );
    }
    rows.push(row);
  }
  return { rows, invalid };
}
