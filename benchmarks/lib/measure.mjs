/**
 * Runs one scorer over every set and half and returns a flat record of metrics:
 * `{ 'cameo.auc.A': 0.81, 'cameo.auc.n.A': 62, 'cameo.macroF1.B': 0.7, …, 'geneva.right.all': 9, 'geneva.n.all': 13 }`.
 * `<set>.<metric>.n.<half>` is the number of rows the metric was measured on (labelled rows for AUC and macro-F1,
 * rows with a value for Spearman).
 */
import { inHalf } from './datasets.mjs';

export const HALVES = ['A', 'B', 'all'];

/** The split dev sets and the metrics measured on each. */
export const SPLIT_SETS = {
  cameo: ['auc', 'macroF1', 'spearman'],
  casino: ['auc'],
  politeness: ['auc', 'spearman'],
};

/**
 * @param evaluate the core's `evaluate`
 * @param scorer anything with `score(text) → { score, label }`
 * @param sets `{ cameo, casino, politeness, geneva }` rows from datasets.mjs
 */
export function measure(evaluate, scorer, sets) {
  const out = {};
  for (const [set, metrics] of Object.entries(SPLIT_SETS)) {
    for (const half of HALVES) {
      const result = evaluate(scorer, inHalf(sets[set], half));
      for (const metric of metrics) {
        out[`${set}.${metric}.${half}`] = result[metric];
        out[`${set}.${metric}.n.${half}`] = metric === 'spearman' ? result.valued : result.labelled;
      }
    }
  }
  const geneva = evaluate(scorer, sets.geneva, { predictions: true });
  out['geneva.right.all'] = (geneva.predictions ?? []).filter((p) => p.gold === p.predicted).length;
  out['geneva.right.n.all'] = geneva.n;
  return out;
}

/**
 * How many rows of each split set and half get no evidence at all from a detente scorer (`hits === 0`): their
 * score is 0, which macro-F1 counts as a miss for a gold pole.
 * @returns `[{ set, half, rows, none, labelled, labelledNone }]`
 */
export function noEvidence(scorer, sets) {
  const lines = [];
  for (const set of Object.keys(SPLIT_SETS)) {
    for (const half of HALVES) {
      const rows = inHalf(sets[set], half);
      let none = 0;
      let labelled = 0;
      let labelledNone = 0;
      for (const row of rows) {
        const empty = scorer.score(row.text).hits === 0;
        if (empty) none++;
        if (row.label !== undefined) {
          labelled++;
          if (empty) labelledNone++;
        }
      }
      lines.push({ set, half, rows: rows.length, none, labelled, labelledNone });
    }
  }
  return lines;
}

/**
 * detente's misclassified rows (gold label ≠ predicted label) of one set and half, re-scored for evidence.
 * @returns `[{ id, gold, predicted, score, value?, text, evidence: 'term (dimension weight), …' }]`
 */
export function misses(evaluate, scorer, rows, half) {
  const selected = inHalf(rows, half);
  const result = evaluate(scorer, selected, { predictions: true });
  return (result.predictions ?? [])
    .filter((p) => p.gold !== undefined && p.gold !== p.predicted)
    .map((p) => {
      const row = selected[p.index];
      const evidence = scorer
        .score(p.text)
        .evidence.map((e) => `${e.term} (${e.dimension} ${e.weight.toFixed(1)})`)
        .join(', ');
      return {
        id: row.id,
        gold: p.gold,
        predicted: p.predicted,
        score: p.score,
        value: p.value,
        text: p.text,
        evidence,
      };
    });
}
