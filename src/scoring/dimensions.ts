/**
 * The tone axis and its dimensions. Every lexicon hit belongs to exactly one dimension; the sign of a
 * dimension says which pole it pushes toward.
 */

/** Dimensions that push toward the conciliatory pole. */
export const CONCILIATORY_DIMENSIONS = [
  'dialogue',
  'cooperation',
  'deescalation',
  'reassurance',
  'concession',
  'respect',
  'optimism',
] as const;

/** Dimensions that push toward the confrontational pole. */
export const CONFRONTATIONAL_DIMENSIONS = [
  'threat',
  'demand',
  'rejection',
  'accusation',
  'escalation',
  'hostility',
  'pessimism',
] as const;

export type ConciliatoryDimension = (typeof CONCILIATORY_DIMENSIONS)[number];
export type ConfrontationalDimension = (typeof CONFRONTATIONAL_DIMENSIONS)[number];
/** One of the fourteen tone dimensions. */
export type Dimension = ConciliatoryDimension | ConfrontationalDimension;

/** All dimensions, conciliatory first. */
export const DIMENSIONS: readonly Dimension[] = [...CONCILIATORY_DIMENSIONS, ...CONFRONTATIONAL_DIMENSIONS];

const POLE = new Map<string, 1 | -1>([
  ...CONCILIATORY_DIMENSIONS.map((d) => [d, 1] as const),
  ...CONFRONTATIONAL_DIMENSIONS.map((d) => [d, -1] as const),
]);

/** +1 for a conciliatory dimension, -1 for a confrontational one, undefined for anything else. */
export function poleOf(dimension: string): 1 | -1 | undefined {
  return POLE.get(dimension);
}

/** Type guard for dimension names (safe on any string, including `__proto__`). */
export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && POLE.has(value);
}
