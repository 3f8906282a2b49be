/**
 * Weights are set per class of entry, not per entry: every built-in tone entry weighs its dimension's CAMEO class
 * weight times its form (act ×1, mention ×0.5, shade ×0.2), or the Goldstein weight of a CAMEO code its note
 * cites. `en/courtesy` keeps its own small scale (checked here too). `tools/class-weights.mjs --write` moves an
 * entry written by hand onto the scale.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASS_WEIGHTS, classWeight, DIMENSIONS, FORM_FACTORS, nearestForm, type ToneEntry } from '../../src/index.js';
import { TONE_MODULES } from './modules.js';

const CAMEO = new Map(
  readFileSync(new URL('../../benchmarks/data/cameo-codes.tsv', import.meta.url), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'))
    .map(([code, , weight]) => [code as string, Number(weight)]),
);

/** The codes a note cites: numbers of two to four digits after "CAMEO" (as tools/cameo-codes.mjs reads them). */
function cited(note: string | undefined): string[] {
  const at = note?.indexOf('CAMEO') ?? -1;
  return note === undefined || at < 0
    ? []
    : [...note.slice(at).matchAll(/(?<![\d.])\d{2,4}(?![\d.])/g)].map((m) => m[0]);
}

function offScale(entry: ToneEntry): boolean {
  const forms = (['act', 'mention', 'shade'] as const).map((f) => classWeight(entry.dimension, f));
  return !forms.includes(entry.weight) && !cited(entry.note).some((code) => CAMEO.get(code) === entry.weight);
}

/** The courtesy scale (README, docs/semantics.md): small, below CAMEO's praise. */
const COURTESY_SCALE = [-3, -2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2, 2.5];

describe('the class weight scale', () => {
  it('gives every dimension a class weight signed by its pole, on the Goldstein scale', () => {
    for (const d of DIMENSIONS) {
      const { weight } = CLASS_WEIGHTS[d];
      expect(Math.abs(weight), d).toBeGreaterThan(0);
      expect(Math.abs(weight), d).toBeLessThanOrEqual(10);
    }
    expect(CLASS_WEIGHTS.threat.weight).toBe(-6);
    expect(CLASS_WEIGHTS.demand.weight).toBe(-5);
    expect(CLASS_WEIGHTS.rejection.weight).toBe(-4);
    expect(CLASS_WEIGHTS.accusation.weight).toBe(-2);
    expect(CLASS_WEIGHTS.cooperation.weight).toBe(4);
  });

  it('scales a class by form, to one decimal', () => {
    expect(classWeight('threat', 'act')).toBe(-6);
    expect(classWeight('threat', 'mention')).toBe(-3);
    expect(classWeight('threat', 'shade')).toBe(-1.2);
    expect(classWeight('respect', 'shade')).toBe(0.7);
    expect(FORM_FACTORS).toEqual({ act: 1, mention: 0.5, shade: 0.2 });
  });

  it.each([
    ['threat', -7, 'act'],
    ['threat', -4.5, 'act'],
    ['threat', -4, 'mention'],
    ['threat', -2.1, 'mention'],
    ['threat', -2, 'shade'],
    ['respect', 0.5, 'shade'],
    ['dialogue', 1.5, 'mention'],
  ] as const)('puts %s %d at the nearest form (%s)', (dimension, weight, form) => {
    expect(nearestForm(dimension, weight)).toBe(form);
  });
});

describe.each(TONE_MODULES.map((m) => [m.path, m.module] as const))('%s', (path, module) => {
  if (path.includes('courtesy')) {
    it('keeps to the courtesy scale', () => {
      expect(module.entries.filter((e) => !COURTESY_SCALE.includes(e.weight)).map((e) => e.term)).toEqual([]);
    });
    return;
  }
  it('weighs every entry on the class scale (or by the CAMEO code its note cites)', () => {
    expect(module.entries.filter(offScale).map((e) => `${e.term} ${e.dimension} ${e.weight}`)).toEqual([]);
  });

  it('cites only codes of the codebook', () => {
    const unknown = module.entries.flatMap((e) => cited(e.note).filter((code) => !CAMEO.has(code)));
    expect(unknown).toEqual([]);
  });
});

describe('a hand-written weight off the scale', () => {
  it('is caught', () => {
    expect(offScale({ term: 'glare at', dimension: 'hostility', weight: -3.3 })).toBe(true);
    expect(offScale({ term: 'ultimatum', dimension: 'threat', weight: -7, note: 'CAMEO 139 give ultimatum' })).toBe(
      false,
    );
    expect(offScale({ term: 'ultimatum', dimension: 'threat', weight: -7 })).toBe(true);
  });
});
