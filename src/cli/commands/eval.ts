/** `detente eval FILE --text COL --label COL`: agreement with a labelled CSV/TSV, as a table or JSON. */

import type { Evaluation, EvaluationRow } from '../../index.js';
import { createScorer, evaluate } from '../../index.js';
import { delimiterFlag, encodingFlag, list, oneFile, parse, str, UsageError } from '../args.js';
import { HELP } from '../help.js';
import { scorerOptions } from '../lexicon-files.js';
import { OUTPUT_FLAG, writeResult } from '../output.js';
import { readTable } from '../read-table.js';
import { assertReadable } from '../readable.js';

/** The flags of this command (each one is in its --help; tests/cli/help-lists-every-flag.test.ts checks). */
export const FLAGS = {
  ...OUTPUT_FLAG,
  encoding: { type: 'string' },
  text: { type: 'string' },
  label: { type: 'string' },
  value: { type: 'string' },
  delimiter: { type: 'string' },
  json: { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  lexicon: { type: 'string', multiple: true },
} as const;

const fmt = (x: number | null, digits = 3): string => (x === null ? 'n/a' : x.toFixed(digits));

/**
 * The evaluation as a plain-text report.
 * @example
 * ```ts
 * formatEvaluation(evaluate(createScorer(), rows)); // 'rows 108 (labelled 108, valued 108)\naccuracy 0.620 …'
 * ```
 */
export function formatEvaluation(e: Evaluation): string {
  const lines = [
    `rows ${e.n} (labelled ${e.labelled}, valued ${e.valued})`,
    `accuracy ${fmt(e.accuracy)}  macro-F1 ${fmt(e.macroF1)}  AUC ${fmt(e.auc)}  Spearman ${fmt(e.spearman)}`,
    '',
    `${'class'.padEnd(16)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'support'.padStart(8)}`,
    ...e.perClass.map(
      (c) =>
        `${c.label.padEnd(16)} ${fmt(c.precision).padStart(9)} ${fmt(c.recall).padStart(7)} ${fmt(c.f1).padStart(6)} ${String(c.support).padStart(8)}`,
    ),
    '',
    `confusion (rows: gold, columns: predicted)`,
    `${''.padEnd(16)} ${e.confusion.labels.map((l) => l.slice(0, 8).padStart(9)).join('')}`,
    ...e.confusion.counts.map(
      (row, g) => `${(e.confusion.labels[g] ?? '').padEnd(16)} ${row.map((n) => String(n).padStart(9)).join('')}`,
    ),
  ];
  return lines.join('\n');
}

/**
 * Runs `detente eval`. Resolves with the exit code.
 * @example
 * ```ts
 * await evalCommand(['labelled.tsv', '--text', 'text', '--label', 'class']);
 * ```
 */
export async function evalCommand(argv: readonly string[]): Promise<number> {
  const parsed = parse('eval', argv, FLAGS);
  if (parsed.values.help === true) {
    process.stdout.write(`${HELP.eval}\n`);
    return 0;
  }
  const file = oneFile(parsed, 'eval', 'eval needs a FILE');
  const text = str(parsed, 'text') ?? 'text';
  const label = str(parsed, 'label');
  const value = str(parsed, 'value');
  if (label === undefined && value === undefined)
    throw new UsageError('eval needs --label COL (and/or --value COL)', 'eval');
  const scorer = createScorer(scorerOptions(list(parsed, 'pack'), list(parsed, 'lexicon'), 'eval'));
  const columns = [text, ...(label === undefined ? [] : [label]), ...(value === undefined ? [] : [value])];
  const encoding = encodingFlag(parsed, 'eval');
  assertReadable(file);
  const table = await readTable(file, delimiterFlag(parsed, 'eval', file), columns, 'eval', encoding);
  const rows: EvaluationRow[] = table.rows.map((r) => {
    const v = value === undefined ? '' : (r[value] ?? '').trim();
    return {
      text: r[text] ?? '',
      ...(label !== undefined && { label: r[label] ?? '' }),
      ...(v !== '' && { value: Number(v) }),
    };
  });
  const result = evaluate(scorer, rows);
  if (parsed.values.json === true)
    writeResult(
      parsed,
      `${JSON.stringify({ file, modules: scorer.modules, skippedRows: table.invalid, ...result }, null, 2)}\n`,
    );
  else {
    writeResult(parsed, `${formatEvaluation(result)}\n`);
    if (table.invalid > 0) process.stderr.write(`${table.invalid} rows skipped: wrong number of fields\n`);
  }
  return 0;
}
