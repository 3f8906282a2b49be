/** Number formats shared by the one-sentence summaries of comparisons and trends. */

/**
 * A signed number with two decimals and a true minus sign: `+0.31`, `−0.20`.
 * @example
 * ```ts
 * signed(-0.2); // '−0.20'
 * ```
 */
export function signed(value: number): string {
  return (value >= 0 ? '+' : '−') + Math.abs(value).toFixed(2);
}

/**
 * "95% CI +0.12 to +0.50" for an interval at `confidence`.
 * @example
 * ```ts
 * interval(0.95, 0.12, 0.5); // '95% CI +0.12 to +0.50'
 * ```
 */
export function interval(confidence: number, low: number, high: number): string {
  return `${Math.round(confidence * 100)}% CI ${signed(low)} to ${signed(high)}`;
}

/**
 * A count with its noun, plural when it is not 1: `1 week`, `3 weeks`.
 * @example
 * ```ts
 * counted(3, 'statement'); // '3 statements'
 * ```
 */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
