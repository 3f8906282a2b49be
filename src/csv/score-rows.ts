/**
 * `scoreRows`: for people who bring their own parser. Rows in (objects or arrays, sync or async iterable),
 * the same rows out with the tone columns appended, one at a time, in order.
 */
import { createScorer } from '../scoring/create-scorer.js';
import type { ScorerOptions } from '../scoring/options.js';
import type { Scorer } from '../scoring/types.js';
import { CsvError } from './csv-error.js';
import { TONE_COLUMNS, toneCells, toneValues } from './internal/tone-columns.js';

/**
 * Options of `scoreRows`. `text` is a key for object rows or an index for array rows.
 * @example
 * ```ts
 * { text: 'quote', prefix: 'tone_', packs: ['labor'] }
 * ```
 */
export interface ScoreRowsOptions extends ScorerOptions {
  readonly text: string | number;
  readonly prefix?: string;
  /** How many dimensions and evidence terms to list (default 3). */
  readonly top?: number;
  /** Values as CSV strings (`'0.25'`) instead of numbers, objects and arrays (default false). */
  readonly strings?: boolean;
  readonly scorer?: Scorer;
}

/**
 * A row: an object of fields, or an array of cells.
 * @example
 * ```ts
 * const rows: InputRow[] = [{ id: 1, quote: 'We reject it.' }, ['2', 'We welcome it.']];
 * ```
 */
export type InputRow = Readonly<Record<string, unknown>> | readonly unknown[];

/**
 * Scores every row of an iterable. Object rows get `tone_*` keys (a collision with an existing key throws
 * `CsvError`); array rows get the cells appended. Empty text scores neutral with status `empty`.
 * @example
 * ```ts
 * for await (const row of scoreRows([{ id: 1, quote: 'We reject this.' }], { text: 'quote' })) {
 *   console.log(row.tone_label); // 'confrontational'
 * }
 * ```
 */
export async function* scoreRows<R extends InputRow>(
  rows: Iterable<R> | AsyncIterable<R>,
  options: ScoreRowsOptions,
): AsyncGenerator<R & Record<string, unknown>> {
  const { text, prefix = 'tone_', top = 3, strings = false, scorer: given, ...scorerOptions } = options;
  if (typeof text !== 'string' && typeof text !== 'number')
    throw new CsvError(`scoreRows: text must be a key or an index, got ${typeof text}`, { code: 'E_OPTIONS' });
  const scorer = given ?? createScorer(scorerOptions);
  const names = TONE_COLUMNS.map((c) => prefix + c);
  let n = 0;
  for await (const row of rows) {
    n++;
    const raw = Array.isArray(row) ? row[text as number] : (row as Record<string, unknown>)[text];
    const value = raw === undefined || raw === null ? '' : String(raw);
    const status = value.trim() === '' ? 'empty' : 'ok';
    const result = scorer.score(value);
    const cells = strings ? toneCells(result, status, top) : toneValues(result, status, top);
    if (Array.isArray(row)) {
      yield [...row, ...cells] as unknown as R & Record<string, unknown>;
      continue;
    }
    const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (Object.hasOwn(out, name))
        throw new CsvError(`row ${n} already has a field named ${JSON.stringify(name)}; choose another prefix`, {
          row: n,
          column: name,
        });
      Object.defineProperty(out, name, { value: cells[i], enumerable: true, writable: true, configurable: true });
    }
    yield out as R & Record<string, unknown>;
  }
}
