/**
 * The peers' scores on the whole dev files as published in the shared data README
 * (benchmarks/data/README.md, /work/shared/data/README.md), and the issue's targets for detente. The
 * benchmark compares its own measurement of the peers against these to show the harness reproduces them.
 */

/** metric key → peer name → published value (whole files). */
export const PUBLISHED_PEERS = {
  'cameo.auc': { vader: 0.727, sentiment: 0.762, 'wink-sentiment': 0.734, 'wink-nlp': 0.696, natural: 0.738 },
  'cameo.macroF1': { vader: 0.597, sentiment: 0.64, 'wink-sentiment': 0.615, 'wink-nlp': 0.624, natural: 0.65 },
  'cameo.spearman': { vader: 0.356, sentiment: 0.401, 'wink-sentiment': 0.356, 'wink-nlp': 0.307, natural: 0.397 },
  'casino.auc': { vader: 0.509, sentiment: 0.449, 'wink-sentiment': 0.497, 'wink-nlp': 0.532, natural: 0.503 },
  'politeness.auc': { vader: 0.576, sentiment: 0.569, 'wink-sentiment': 0.585, 'wink-nlp': 0.593, natural: 0.561 },
};

/**
 * Targets: issue 3's on the whole dev files and the Geneva quotes; issue 13's on the gap between the tuning
 * and held-out halves of CAMEO (its other targets are on held-out sets this repository does not hold: the
 * CAMEO test half, the Wikipedia politeness half and CaSiNo valid+test, measured independently).
 */
export const TARGETS = {
  'cameo.auc': '≥ 0.88',
  'cameo.macroF1': '≥ 0.80',
  'cameo.spearman': '≥ 0.60',
  'cameo.aucGap': '≤ 0.05',
  'casino.auc': '≥ 0.70',
  'geneva.right': '13 of 13',
};

/** The rows of issue 13's table that only an independent measurement can fill (sets not in this repository). */
export const MEASURED_ELSEWHERE = [
  'CAMEO verbal coop vs conflict, independent test half (117): AUC ≥ 0.87, macro-F1 ≥ 0.80, Spearman ≥ 0.66',
  'politeness, Wikipedia requests, polite vs impolite quartiles (2,178): AUC ≥ 0.80',
  'CaSiNo valid+test, coordination/empathy vs undervalue/fairness (134): AUC ≥ 0.72',
];

/** How far a measured peer value may be from the published one and still count as reproduced. */
export const REPRODUCE_TOLERANCE = 0.005;
