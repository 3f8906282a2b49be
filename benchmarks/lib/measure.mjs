/**
 * Runs one scorer over every set and half and returns a flat record of metrics:
 * `{ 'cameo.auc.A': 0.81, 'cameo.macroF1.B': 0.7, …, 'geneva.right.all': 9, 'geneva.n.all': 13 }`.
 */
import { inHalf } from './datasets.mjs';

export const HALVES = ['A', 'B', 'all'];

/**
 * @param evaluate the core's `evaluate`
 * @param scorer anything with `score(text) → { score, label }`
 * @param sets `{ cameo, casino, geneva }` rows from datasets.mjs
 */
export function measure(evaluate, scorer, sets) {
  const out = {};
  for (const half of HALVES) {
    const cameo = evaluate(scorer, inHalf(sets.cameo, half));
    out[`cameo.auc.${half}`] = cameo.auc;
    out[`cameo.macroF1.${half}`] = cameo.macroF1;
    out[`cameo.spearman.${half}`] = cameo.spearman;
    out[`cameo.n.${half}`] = cameo.n;
    const casino = evaluate(scorer, inHalf(sets.casino, half));
    out[`casino.auc.${half}`] = casino.auc;
    out[`casino.n.${half}`] = casino.n;
  }
  const geneva = evaluate(scorer, sets.geneva, { predictions: true });
  out['geneva.right.all'] = (geneva.predictions ?? []).filter((p) => p.gold === p.predicted).length;
  out['geneva.n.all'] = geneva.n;
  return out;
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
