/**
 * The frozen tone evaluation set (benchmarks/data/tone.frozen.tsv): statements written and double-labelled by
 * annotators who saw neither code nor rules. It is never tuned on and never split: it is measured as a whole and
 * per category, and its first run (before any rule was changed for it) is kept apart in
 * benchmarks/results/accuracy-frozen-first-run.md, which this benchmark writes once and never overwrites.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTsv } from './datasets.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const FROZEN_FILE = `${root}benchmarks/data/tone.frozen.tsv`;
export const FIRST_RUN_FILE = `${root}benchmarks/results/accuracy-frozen-first-run.md`;

const POLE = { conciliatory: 1, confrontational: -1 };

/**
 * The frozen rows as evaluation rows `{ id, text, label, value, category }`, or null when the file is not there.
 * `value` is the strength signed by the label's pole (0 for neutral and mixed), for Spearman.
 */
export function loadFrozen() {
  if (!existsSync(FROZEN_FILE)) return null;
  return readTsv(FROZEN_FILE).map((r) => {
    const strength = Number(r.strength);
    const pole = POLE[r.label] ?? 0;
    return {
      id: r.id,
      text: r.text,
      label: r.label,
      value: Number.isFinite(strength) ? pole * strength : undefined,
      category: r.category,
    };
  });
}

/** Metrics of one scorer on the frozen rows, as a whole and per category. */
export function measureFrozen(evaluate, scorer, rows, detente) {
  const groups = [['all', rows], ...categories(rows).map((c) => [c, rows.filter((r) => r.category === c)])];
  return groups.map(([group, selected]) => {
    const result = evaluate(scorer, selected);
    const line = {
      group,
      n: result.labelled,
      accuracy: result.accuracy,
      macroF1: result.macroF1,
      auc: result.auc,
      spearman: result.spearman,
    };
    if (detente) line.noEvidence = selected.filter((r) => scorer.score(r.text).hits === 0).length;
    return line;
  });
}

function categories(rows) {
  return [...new Set(rows.map((r) => r.category))].sort();
}

/** Table cells: one row per (group, metric), one column per scorer. */
export function frozenCells(names, measured) {
  const metrics = [
    ['accuracy', 'accuracy'],
    ['macro-F1', 'macroF1'],
    ['AUC (conciliatory vs confrontational)', 'auc'],
    ['Spearman vs signed strength', 'spearman'],
  ];
  const lines = [['group', 'metric', 'n', ...names]];
  const first = measured[0];
  first.forEach((group, g) => {
    for (const [label, key] of metrics) {
      lines.push([
        group.group,
        label,
        String(group.n),
        ...measured.map((m) => {
          const v = m[g][key];
          return v === null || v === undefined || Number.isNaN(v) ? '—' : v.toFixed(3);
        }),
      ]);
    }
    lines.push([group.group, 'rows with no evidence (detente)', String(group.n), String(group.noEvidence)]);
  });
  return lines.map((l) => [...l, ...new Array(lines[0].length - l.length).fill('')]);
}

/** The stored first-run table, or null. */
export function readFirstRun() {
  return existsSync(FIRST_RUN_FILE) ? readFileSync(FIRST_RUN_FILE, 'utf8') : null;
}
