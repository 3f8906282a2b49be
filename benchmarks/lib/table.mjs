/** Lays out the side-by-side metrics tables, as aligned text for the terminal and as markdown for results/. */
import { TARGETS } from './reference.mjs';

/** Table rows: [label, metric key, halves]. `cameo.aucGap` is half A's AUC minus half B's. */
export const ROWS = [
  ['cameo-verbal.dev AUC', 'cameo.auc', ['A', 'B', 'all']],
  ['cameo-verbal.dev AUC gap, A − B', 'cameo.aucGap', ['all']],
  ['cameo-verbal.dev macro-F1', 'cameo.macroF1', ['A', 'B', 'all']],
  ['cameo-verbal.dev Spearman vs goldstein', 'cameo.spearman', ['A', 'B', 'all']],
  ['casino.train (tone rows) AUC', 'casino.auc', ['A', 'B', 'all']],
  ['politeness-stackexchange.dev AUC (polite vs impolite)', 'politeness.auc', ['A', 'B', 'all']],
  ['politeness-stackexchange.dev Spearman vs rating', 'politeness.spearman', ['A', 'B', 'all']],
  ['Geneva quotes, labels right', 'geneva.right', ['all']],
];

function value(key, half, record) {
  if (key === 'cameo.aucGap') return record['cameo.auc.A'] - record['cameo.auc.B'];
  return record[`${key}.${half}`];
}

function count(key, half, record) {
  if (key === 'cameo.aucGap') return `${record['cameo.auc.n.A']}/${record['cameo.auc.n.B']}`;
  const n = record[`${key}.n.${half}`];
  return n === undefined ? '' : String(n);
}

function cell(key, half, record) {
  const v = value(key, half, record);
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  if (key === 'geneva.right') return `${v} of ${record['geneva.right.n.all']}`;
  return v.toFixed(3);
}

/** Header plus one row per (metric, half): `[[set/metric, half, n, scorer…, target], …]`. */
export function tableCells(names, records, rows = ROWS) {
  const lines = [['set / metric', 'half', 'n', ...names, 'target']];
  for (const [label, key, halves] of rows) {
    for (const half of halves) {
      lines.push([
        label,
        half,
        count(key, half, records[0]),
        ...records.map((r) => cell(key, half, r)),
        half === 'all' ? (TARGETS[key] ?? '') : '',
      ]);
    }
  }
  return lines;
}

/** The no-evidence counts of `noEvidence()` as table cells. */
export function noEvidenceCells(lines) {
  const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
  return [
    ['set', 'half', 'rows', 'no evidence', 'share', 'labelled rows', 'labelled, no evidence', 'share'],
    ...lines.map((l) => [
      l.set,
      l.half,
      String(l.rows),
      String(l.none),
      pct(l.none, l.rows),
      String(l.labelled),
      String(l.labelledNone),
      pct(l.labelledNone, l.labelled),
    ]),
  ];
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
