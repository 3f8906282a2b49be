/**
 * Short text forms for the number arrays of a serialized lexicon. The precompiled lexicon is read by V8 at
 * every cold start, byte by byte, so its arrays are stored as what is shortest to write and fast to undo:
 *   flags    an array of 0/1 as text, 6 flags per character (bit k of character i is flag 6i + k)
 *   ints     non-negative integers as fixed-width base-64 digits, read back into an Int32Array
 *   ranges   a list of integers as [start, end) pairs of runs of consecutive values
 */

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** VALUE_OF[charCode] = the digit's value (characters outside DIGITS read as 0). */
const VALUE_OF = new Uint8Array(128);
for (let i = 0; i < DIGITS.length; i++) VALUE_OF[DIGITS.charCodeAt(i)] = i;

/**
 * 0/1 flags as text, 6 to a character.
 * @example
 * ```ts
 * flagsToText(Uint8Array.of(1, 0, 1)); // 'F'
 * ```
 */
export function flagsToText(flags: ArrayLike<number>): string {
  let text = '';
  for (let i = 0; i < flags.length; i += 6) {
    let digit = 0;
    for (let k = 0; k < 6 && i + k < flags.length; k++) if (flags[i + k] === 1) digit |= 1 << k;
    text += DIGITS[digit];
  }
  return text;
}

/**
 * Flags from their text form.
 * @example
 * ```ts
 * textToFlags('F', 3); // Uint8Array [1, 0, 1]
 * ```
 */
export function textToFlags(text: string, size: number): Uint8Array {
  const flags = new Uint8Array(size);
  for (let i = 0; i < text.length; i++) {
    const digit = VALUE_OF[text.charCodeAt(i)] ?? 0;
    for (let k = 0; k < 6; k++) if ((digit >> k) & 1 && 6 * i + k < size) flags[6 * i + k] = 1;
  }
  return flags;
}

/**
 * Non-negative integers as text: the first character is the number of base-64 digits every value takes (the
 * fewest that fit the largest), then the values, most significant digit first. Read back into an Int32Array,
 * which lives outside the JavaScript heap: nothing for the garbage collector to copy at start-up.
 * @example
 * ```ts
 * intsToText([0, 1, 4095]); // 'CAAAB__'
 * ```
 */
export function intsToText(values: ArrayLike<number>): string {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff) throw new RangeError(`not a non-negative int32: ${v}`);
    if (v > max) max = v;
  }
  let width = 1;
  while (max >= 64 ** width) width++;
  let text = DIGITS[width] as string;
  for (let i = 0; i < values.length; i++) {
    for (let d = width - 1; d >= 0; d--) text += DIGITS[Math.floor((values[i] as number) / 64 ** d) % 64];
  }
  return text;
}

/**
 * Integers from their text form.
 * @example
 * ```ts
 * textToInts('CAAAB__'); // Int32Array [0, 1, 4095]
 * ```
 */
export function textToInts(text: string): Int32Array {
  const width = VALUE_OF[text.charCodeAt(0)] || 1;
  const values = new Int32Array(Math.floor((text.length - 1) / width));
  for (let i = 0, at = 1; i < values.length; i++) {
    let v = 0;
    for (let d = 0; d < width; d++) v = v * 64 + (VALUE_OF[text.charCodeAt(at++)] ?? 0);
    values[i] = v;
  }
  return values;
}

/**
 * An increasing list of integers as [start, end) runs.
 * @example
 * ```ts
 * toRanges([0, 1, 2, 7]); // [0, 3, 7, 8]
 * ```
 */
export function toRanges(values: readonly number[]): number[] {
  const ranges: number[] = [];
  for (const v of values) {
    if (ranges.length > 0 && ranges[ranges.length - 1] === v) ranges[ranges.length - 1] = v + 1;
    else ranges.push(v, v + 1);
  }
  return ranges;
}

/**
 * Calls `each` with every integer of [start, end) runs.
 * @example
 * ```ts
 * forEachInRanges([0, 3, 7, 8], (v) => out.push(v)); // 0, 1, 2, 7
 * ```
 */
export function forEachInRanges(ranges: readonly number[], each: (value: number) => void): void {
  for (let r = 0; r < ranges.length; r += 2) {
    for (let v = ranges[r] as number; v < (ranges[r + 1] as number); v++) each(v);
  }
}
