/**
 * Short forms for the number arrays of a serialized lexicon. The precompiled lexicon is read by V8 at every
 * cold start, byte by byte, so arrays that compress well are stored as what is shortest to write and cheap to
 * undo (general integer arrays stay JSON arrays: decoding a denser text in JavaScript, before the engine has
 * compiled anything, measured slower than JSON.parse reading the longer one):
 *   flags    an array of 0/1 as text, 6 flags per character (bit k of character i is flag 6i + k)
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
