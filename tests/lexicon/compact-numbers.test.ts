import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  flagsToText,
  forEachInRanges,
  intsToText,
  textToFlags,
  textToInts,
  toRanges,
} from '../../src/lexicon/compact-numbers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

describe('flags as text', () => {
  it.each([
    [[], ''],
    [[1, 0, 1], 'F'],
    [[0, 0, 0, 0, 0, 0, 1], 'AB'],
    [[1, 1, 1, 1, 1, 1], '_'],
  ])('%j ↔ %j', (flags, text) => {
    expect(flagsToText(flags)).toBe(text);
    expect([...textToFlags(text, flags.length)]).toEqual(flags);
  });

  it('round-trips any 0/1 array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { maxLength: 200 }), (flags) => {
        expect([...textToFlags(flagsToText(flags), flags.length)]).toEqual(flags);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('integers as text', () => {
  it.each([
    [[], 'B'],
    [[0, 1, 63], 'BAB_'],
    [[0, 1, 4095], 'CAAAB__'],
    [[64], 'CBA'],
  ])('%j ↔ %j', (values, text) => {
    expect(intsToText(values)).toBe(text);
    expect([...textToInts(text)]).toEqual(values);
  });

  it('round-trips any non-negative int32s, at the width of the largest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x7fffffff }), { maxLength: 100 }), (values) => {
        const text = intsToText(values);
        expect([...textToInts(text)]).toEqual(values);
        const width = (text.length - 1) / Math.max(1, values.length);
        if (values.length > 0) expect(64 ** width).toBeGreaterThan(Math.max(...values));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([[-1], [1.5], [2 ** 31], [Number.NaN]])('refuses %d', (value) => {
    expect(() => intsToText([value])).toThrow(RangeError);
  });
});

describe('ranges', () => {
  it('runs of consecutive values, back to the values', () => {
    expect(toRanges([0, 1, 2, 7, 9, 10])).toEqual([0, 3, 7, 8, 9, 11]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(500)), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const back: number[] = [];
        forEachInRanges(toRanges(sorted), (v) => back.push(v));
        expect(back).toEqual(sorted);
      }),
      { numRuns: RUNS },
    );
  });
});
