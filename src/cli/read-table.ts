/** Reads a whole CSV/TSV for `eval`, `profile` and `report`, checking that the named columns exist. */
import { CsvError, type InputEncoding, readCsvRows } from '../csv/index.js';
import { delimiterHint, EMPTY_INPUT } from '../csv/internal/header-hints.js';
import { UsageError } from './args.js';

/** Rows of the file, its header, and how many rows were skipped for a wrong field count. */
export interface Table {
  readonly rows: Record<string, string>[];
  readonly columns: readonly string[];
  readonly invalid: number;
}

/**
 * A usage error for a column the file lacks, naming the columns it has (and the delimiter to pass when its
 * header was read as one column holding another separator).
 * @example
 * ```ts
 * throw missingColumn('speaker', ['id;speaker;text'], 'data.csv', ',', 'report', '--speaker');
 * ```
 */
export function missingColumn(
  column: string,
  columns: readonly string[],
  file: string,
  delimiter: string,
  command: string,
  flag?: string,
): UsageError {
  return new UsageError(
    `column ${JSON.stringify(column)}${flag === undefined ? '' : ` (${flag})`} not found in ${file}; columns are ${columns
      .map((k) => JSON.stringify(k))
      .join(', ')}${delimiterHint(columns, delimiter)}`,
    command,
  );
}

/**
 * Reads `file` (CSV, or TSV for `.tsv`, in `encoding`) and checks `columns` are in its header: a missing one is
 * a `UsageError`, an input with no header at all (0 bytes) a `CsvError` saying it is empty.
 * @example
 * ```ts
 * const { rows } = await readTable('labelled.tsv', undefined, ['text', 'label'], 'eval');
 * ```
 */
export async function readTable(
  file: string,
  delimiter: string | undefined,
  columns: readonly (string | readonly [column: string, flag: string])[],
  command: string,
  encoding: InputEncoding = 'utf8',
): Promise<Table> {
  const rows: Record<string, string>[] = [];
  let invalid = 0;
  let header: readonly string[] | undefined;
  let checked = false;
  // Checked when the header is known: at the first row, or at the end for a file with a header and no rows.
  const check = (): readonly string[] => {
    if (header === undefined) throw new CsvError(`${file}: ${EMPTY_INPUT}`, { row: 0 });
    if (checked) return header;
    checked = true;
    for (const c of columns) {
      const [column, flag] = typeof c === 'string' ? [c, undefined] : c;
      if (!header.includes(column))
        throw missingColumn(
          column,
          header,
          file,
          delimiter ?? (file.toLowerCase().endsWith('.tsv') ? '\t' : ','),
          command,
          flag,
        );
    }
    return header;
  };
  for await (const row of readCsvRows(file, {
    ...(delimiter !== undefined && { delimiter }),
    encoding,
    onInvalid: () => {
      invalid++;
    },
    onHeader: (names) => {
      header = names;
    },
  })) {
    check();
    rows.push(row);
  }
  const names = check();
  return { rows, columns: names, invalid };
}
