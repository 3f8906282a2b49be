/**
 * The tone axis and its dimensions. Every lexicon hit belongs to exactly one dimension; the sign of a
 * dimension says which pole it pushes toward.
 */

/**
 * Dimensions that push toward the conciliatory pole (positive weights).
 * @example
 * ```ts
 * import { CONCILIATORY_DIMENSIONS } from 'detente';
 * CONCILIATORY_DIMENSIONS.includes('dialogue'); // true
 * // ['dialogue', 'cooperation', 'deescalation', 'reassurance', 'concession', 'respect', 'optimism']
 * ```
 */
export const CONCILIATORY_DIMENSIONS = [
  'dialogue',
  'cooperation',
  'deescalation',
  'reassurance',
  'concession',
  'respect',
  'optimism',
] as const;

/**
 * Dimensions that push toward the confrontational pole (negative weights).
 * @example
 * ```ts
 * import { CONFRONTATIONAL_DIMENSIONS } from 'detente';
 * CONFRONTATIONAL_DIMENSIONS.includes('threat'); // true
 * // ['threat', 'demand', 'rejection', 'accusation', 'escalation', 'hostility', 'pessimism']
 * ```
 */
export const CONFRONTATIONAL_DIMENSIONS = [
  'threat',
  'demand',
  'rejection',
  'accusation',
  'escalation',
  'hostility',
  'pessimism',
] as const;

/**
 * One of the seven conciliatory dimensions.
 * @example
 * ```ts
 * import type { ConciliatoryDimension } from 'detente';
 * const d: ConciliatoryDimension = 'deescalation';
 * ```
 */
export type ConciliatoryDimension = (typeof CONCILIATORY_DIMENSIONS)[number];
/**
 * One of the seven confrontational dimensions.
 * @example
 * ```ts
 * import type { ConfrontationalDimension } from 'detente';
 * const d: ConfrontationalDimension = 'accusation';
 * ```
 */
export type ConfrontationalDimension = (typeof CONFRONTATIONAL_DIMENSIONS)[number];
/**
 * One of the fourteen tone dimensions.
 * @example
 * ```ts
 * import { createScorer, type Dimension } from 'detente';
 * const dims = createScorer().score('We strongly condemn the attack.').dimensions;
 * const used = Object.keys(dims) as Dimension[]; // ['accusation']
 * ```
 */
export type Dimension = ConciliatoryDimension | ConfrontationalDimension;

/**
 * All fourteen dimensions, conciliatory first.
 * @example
 * ```ts
 * import { DIMENSIONS, poleOf } from 'detente';
 * const table = DIMENSIONS.map((d) => `${d}\t${poleOf(d)}`); // ['dialogue\t1', …, 'pessimism\t-1']
 * ```
 */
export const DIMENSIONS: readonly Dimension[] = [...CONCILIATORY_DIMENSIONS, ...CONFRONTATIONAL_DIMENSIONS];

const POLE = new Map<string, 1 | -1>([
  ...CONCILIATORY_DIMENSIONS.map((d) => [d, 1] as const),
  ...CONFRONTATIONAL_DIMENSIONS.map((d) => [d, -1] as const),
]);

/**
 * +1 for a conciliatory dimension, -1 for a confrontational one, undefined for anything else.
 * @example
 * ```ts
 * import { poleOf } from 'detente';
 * poleOf('dialogue'); // 1
 * poleOf('threat');   // -1
 * poleOf('weather');  // undefined
 * ```
 */
export function poleOf(dimension: string): 1 | -1 | undefined {
  return POLE.get(dimension);
}

/**
 * Type guard for dimension names (safe on any string, including `__proto__`).
 * @example
 * ```ts
 * import { isDimension } from 'detente';
 * const column = 'respect';
 * if (isDimension(column)) console.log(`${column} is a dimension`); // narrowed to Dimension
 * isDimension('__proto__'); // false
 * ```
 */
export function isDimension(value: unknown): value is Dimension {
  return typeof value === 'string' && POLE.has(value);
}
