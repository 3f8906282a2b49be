import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagsToText, forEachInRanges, textToFlags, toRanges } from '../../src/lexicon/compact-numbers.js';

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
