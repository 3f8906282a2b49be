/**
 * What the CSV readers say when a header is not what the user meant: an empty input, or a header read as one
 * column because the file is separated by something other than the delimiter in use.
 */

/**
 * The message of an input with no header row at all (0 bytes, or blank lines only).
 * @example
 * ```ts
 * throw new CsvError(EMPTY_INPUT, { row: 0 });
 * ```
 */
export const EMPTY_INPUT = 'the input is empty: no header row, nothing read';

/** Characters that separate the fields of CSV-like files, most common first. */
const SEPARATORS = [';', '\t', '|', ','];

/**
 * A hint to add to a "column not found" message when the header was read as one column that holds another
 * separator ("id;speaker;text" read with `,`), or '' when it was not.
 * @example
 * ```ts
 * delimiterHint(['id;speaker;text'], ','); // '; the header is one column holding ";": …pass --delimiter ";"…'
 * ```
 */
export function delimiterHint(header: readonly string[], delimiter: string): string {
  if (header.length !== 1) return '';
  const found = SEPARATORS.find((c) => c !== delimiter && (header[0] ?? '').includes(c));
  if (found === undefined) return '';
  const shown = found === '\t' ? 'tab' : found;
  return `; the header is one column holding ${JSON.stringify(found)}: if the file is separated by ${JSON.stringify(found)}, pass it as the delimiter (--delimiter ${shown === 'tab' ? 'tab' : JSON.stringify(shown)}; option delimiter)`;
}
