/** Lays out the side-by-side metrics table, as aligned text for the terminal and as markdown for results/. */
import { TARGETS } from './reference.mjs';

/** Table rows: [label, metric key, half]. */
export const ROWS = [
  ['cameo-verbal.dev AUC', 'cameo.auc', ['A', 'B', 'all']],
  ['cameo-verbal.dev macro-F1', 'cameo.macroF1', ['A', 'B', 'all']],
  ['cameo-verbal.dev Spearman vs goldstein', 'cameo.spearman', ['A', 'B', 'all']],
  ['casino.train (tone rows) AUC', 'casino.auc', ['A', 'B', 'all']],
  ['Geneva quotes, labels right', 'geneva.right', ['all']],
];

function cell(key, half, record) {
  const value = record[`${key}.${half}`];
  if (value === null || value === undefined) return '—';
  if (key === 'geneva.right') return `${value} of ${record['geneva.n.all']}`;
  return value.toFixed(3);
}

function target(key) {
  const t = TARGETS[key];
  if (t === undefined) return '';
  return key === 'geneva.right' ? `${t} of 13` : `≥ ${t.toFixed(2)}`;
}

/** Header plus one row per (metric, half): `[[set/metric, half, n, scorer…, target], …]`. */
export function tableCells(names, records) {
  const lines = [['set / metric', 'half', 'n', ...names, 'target']];
  for (const [label, key, halves] of ROWS) {
    const set = key.split('.')[0];
    for (const half of halves) {
      const n = records[0][`${set}.n.${half}`];
      lines.push([
        label,
        half,
        String(n),
        ...records.map((r) => cell(key, half, r)),
        half === 'all' ? target(key) : '',
      ]);
    }
  }
  return lines;
}

/** Aligned plain text. */
export function textTable(cells) {
  const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => [...row[c]].length)));
  const line = (row) => row.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** A GitHub markdown table. */
export function markdownTable(cells) {
  const row = (r) => `| ${r.join(' | ')} |`;
  return [row(cells[0]), row(cells[0].map((_, c) => (c < 1 ? '---' : '---:'))), ...cells.slice(1).map(row)].join('\n');
}
