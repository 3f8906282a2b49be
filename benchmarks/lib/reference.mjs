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
};

/** Issue 3's targets on the whole dev files (and the Geneva quotes). */
export const TARGETS = {
  'cameo.auc': 0.88,
  'cameo.macroF1': 0.8,
  'cameo.spearman': 0.6,
  'casino.auc': 0.7,
  'geneva.right': 13,
};

/** How far a measured peer value may be from the published one and still count as reproduced. */
export const REPRODUCE_TOLERANCE = 0.005;
