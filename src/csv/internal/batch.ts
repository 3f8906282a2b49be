/**
 * Scores one batch of well-formed records. The same function runs in this thread and in worker threads,
 * so a batch's output does not depend on where it ran.
 *
 * CSV output is each record's original text, unchanged, followed by the tone cells: the input columns keep
 * their exact bytes (quoting included) and order, and only the text column has to be parsed. fast-csv's
 * parser is not used on this path: it cannot report a bad row as data, and at ≈16 µs/row it cost as much as
 * scoring (see benchmarks/results/csv.md); the splitter has already checked every record.
 */

import type { Scorer } from '../../scoring/types.js';
import type { OutputFormat } from '../options.js';
import { type IdentityPlan, identityCells } from './identity-columns.js';
import { fieldAt, parseLine } from './parse-line.js';
import type { RowStatus } from './tone-columns.js';
import { toneCells, toneValues } from './tone-columns.js';

/** What a batch needs to know besides its rows (plain data: it is sent to workers). */
export interface BatchPlan {
  readonly textIndex: number;
  /** Output keys for JSON formats: input column names, then the tone columns. */
  readonly keys: readonly string[];
  readonly format: OutputFormat;
  readonly delimiter: string;
  readonly quote: string;
  readonly top: number;
  /** With speaker aliases: the speaker columns appended after the tone columns. */
  readonly identity?: IdentityPlan;
}

/** A formatted batch. `output` holds whole rows (CSV with line endings; JSON objects joined by `,\n`). */
export interface BatchResult {
  readonly output: string;
  readonly scored: number;
  readonly empty: number;
}

/**
 * Formats one CSV cell: quoted (with doubled quotes) only when it holds the delimiter, the quote or a line
 * break, as RFC 4180 and fast-csv do.
 * @example
 * ```ts
 * formatCell('said "no", twice', ',', '"'); // '"said ""no"", twice"'
 * ```
 */
export function formatCell(value: string, delimiter: string, quote: string): string {
  let special = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === delimiter || c === quote || c === '\n' || c === '\r') {
      special = true;
      break;
    }
  }
  return special ? quote + value.split(quote).join(quote + quote) + quote : value;
}

/**
 * Formats a row of cells, without the line ending.
 * @example
 * ```ts
 * formatRow(['id', 'text'], ',', '"'); // 'id,text'
 * ```
 */
export function formatRow(cells: readonly string[], delimiter: string, quote: string): string {
  return cells.map((c) => formatCell(c, delimiter, quote)).join(delimiter);
}

/**
 * Scores and formats a batch of records (each the text of one checked record, without its line ending).
 * @example
 * ```ts
 * runBatch(scorer, plan, ['1,Lavrov,We reject this.']); // { output: '1,Lavrov,We reject this.,-0.4,…\n', scored: 1, empty: 0 }
 * ```
 */
export function runBatch(scorer: Scorer, plan: BatchPlan, lines: readonly string[]): BatchResult {
  const { delimiter, quote, top, textIndex } = plan;
  const json = plan.format !== 'csv';
  let empty = 0;
  let output = '';
  for (let r = 0; r < lines.length; r++) {
    const line = lines[r]!;
    const fields = json ? parseLine(line, delimiter, quote) : undefined;
    const text = (fields === undefined ? fieldAt(line, textIndex, delimiter, quote) : fields[textIndex]) ?? '';
    const status: RowStatus = text.trim() === '' ? 'empty' : 'ok';
    if (status === 'empty') empty++;
    const result = scorer.score(text);
    const identity =
      plan.identity === undefined
        ? []
        : identityCells(
            plan.identity,
            (fields === undefined
              ? fieldAt(line, plan.identity.speakerIndex, delimiter, quote)
              : fields[plan.identity.speakerIndex]) ?? '',
          );
    if (json) {
      const values: unknown[] = [
        ...fields!,
        ...toneValues(result, status, top),
        ...identity.map((c) => (c === '' ? null : c)),
      ];
      const obj = Object.create(null) as Record<string, unknown>;
      for (let i = 0; i < plan.keys.length; i++) obj[plan.keys[i]!] = values[i];
      if (r > 0) output += plan.format === 'json' ? ',\n' : '\n';
      output += JSON.stringify(obj);
    } else {
      output += `${line}${delimiter}${formatRow([...toneCells(result, status, top), ...identity], delimiter, quote)}\n`;
    }
  }
  if (plan.format === 'jsonl' && lines.length > 0) output += '\n';
  return { output, scored: lines.length, empty };
}
