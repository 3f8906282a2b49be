/** Resolves column references against the header, and names the appended columns (checking collisions). */
import { CsvError } from '../csv-error.js';
import type { ColumnRef } from '../options.js';
import { TONE_COLUMNS } from './tone-columns.js';

/** The input and output layout, fixed once the first record is read. */
export interface ColumnLayout {
  /** Input column names (synthesized as `column_1…` when the input has no header). */
  readonly input: readonly string[];
  /** The appended column names, prefix included. */
  readonly tone: readonly string[];
  readonly textIndex: number;
  readonly speakerIndex: number | undefined;
  readonly idIndex: number | undefined;
}

function indexOf(header: readonly string[], ref: ColumnRef, option: string, named: boolean): number {
  if (typeof ref === 'number') {
    if (ref < header.length) return ref;
    throw new CsvError(
      `${option} column index ${ref} is out of range: the input has ${header.length} columns (indexes start at 0)`,
      { row: 1, column: String(ref) },
    );
  }
  const at = named ? header.indexOf(ref) : -1;
  if (at >= 0) return at;
  const trimmed = named ? header.findIndex((h) => h.trim().toLowerCase() === ref.trim().toLowerCase()) : -1;
  if (trimmed >= 0) return trimmed;
  // A CLI user may pass an index as text ("2") for a file without a matching header name.
  if (/^\d+$/.test(ref) && Number(ref) < header.length) return Number(ref);
  const known = named
    ? `; columns are ${header.map((h) => JSON.stringify(h)).join(', ')}`
    : ' (the input has no header: use a 0-based index)';
  throw new CsvError(`${option} column ${JSON.stringify(ref)} not found${known}`, { row: 1, column: ref });
}

/**
 * Builds the layout from the first record. Throws `CsvError` for an unknown column or when an appended
 * column name is already an input column (choose another `prefix`).
 * @example
 * ```ts
 * layoutColumns(['id', 'text'], true, { text: 'text' }, 'tone_').tone; // ['tone_score', 'tone_label', …]
 * ```
 */
export function layoutColumns(
  first: readonly string[],
  named: boolean,
  refs: { text: ColumnRef; speaker: ColumnRef | undefined; id: ColumnRef | undefined },
  prefix: string,
  json = false,
  extra: readonly string[] = [],
): ColumnLayout {
  const input = named ? first : first.map((_, i) => `column_${i + 1}`);
  // The appended columns: tone (prefixed), then any others (the speaker columns of aliases).
  const tone = [...TONE_COLUMNS.map((c) => prefix + c), ...extra];
  if (named) {
    const clash = tone.find((c) => input.includes(c));
    if (clash !== undefined) {
      throw new CsvError(
        extra.includes(clash)
          ? `the input already has a column named ${JSON.stringify(clash)}, which the speaker aliases would add; rename it, or profile the file with --aliases instead`
          : `the input already has a column named ${JSON.stringify(clash)}; choose another prefix for detente's columns (option prefix, CLI --prefix)`,
        { row: 1, column: clash },
      );
    }
    const dup = json ? input.find((c, i) => input.indexOf(c) !== i) : undefined;
    if (dup !== undefined && json)
      throw new CsvError(`the header names column ${JSON.stringify(dup)} twice; JSON output needs unique names`, {
        row: 1,
        column: dup,
      });
  }
  return {
    input,
    tone,
    textIndex: indexOf(input, refs.text, 'text', named),
    speakerIndex: refs.speaker === undefined ? undefined : indexOf(input, refs.speaker, 'speaker', named),
    idIndex: refs.id === undefined ? undefined : indexOf(input, refs.id, 'id', named),
  };
}
