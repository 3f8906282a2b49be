/** Size, coverage and internal consistency of the tone modules. */
import { describe, expect, it } from 'vitest';
import { CONCILIATORY_DIMENSIONS, DIMENSIONS, poleOf } from '../../src/index.js';
import { CORE_ENTRIES, TONE_MODULES } from './modules.js';

const WEAK = new Set(['optimism', 'pessimism']);

describe('the English core', () => {
  it('has at least 1,200 tone entries, at least 400 of them multi-word (contraction spellings not counted)', () => {
    const own = CORE_ENTRIES.filter((e) => !(e.note ?? '').startsWith('contraction of'));
    expect(own.length).toBeGreaterThanOrEqual(1200);
    expect(own.filter((e) => e.term.trim().includes(' ')).length).toBeGreaterThanOrEqual(400);
  });

  it.each(DIMENSIONS.map((d) => [d]))('covers %s with at least 10 entries', (dimension) => {
    expect(CORE_ENTRIES.filter((e) => e.dimension === dimension).length).toBeGreaterThanOrEqual(10);
  });

  it('never gives the same term and constraint two dimensions across the core modules', () => {
    const seen = new Map<string, string>();
    const conflicts: string[] = [];
    for (const e of CORE_ENTRIES) {
      const key = `${e.term} ${JSON.stringify(e.when ?? null)}`;
      const before = seen.get(key);
      if (before !== undefined && before !== e.dimension) conflicts.push(`${key}: ${before} vs ${e.dimension}`);
      seen.set(key, e.dimension);
    }
    expect(conflicts).toEqual([]);
  });
});

describe.each(TONE_MODULES.map((m) => [m.path, m] as const))('%s', (path, mod) => {
  const entries = mod.module.entries;
  it('has a version and a description that says how tone was told from topic or what it covers', () => {
    expect(mod.module.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect((mod.module.description ?? '').length).toBeGreaterThan(80);
  });

  it('writes terms as lower-case lemmas without determiners around them', () => {
    const bad = entries.filter((e) => e.term !== e.term.toLowerCase() || /^(a|an|the) |\s{2}| $/.test(e.term));
    expect(bad.map((e) => e.term)).toEqual([]);
  });

  it('has each term once per constraint (a later duplicate would replace the earlier one)', () => {
    const terms = entries.map((e) => `${e.term} ${JSON.stringify(e.when ?? null)}`);
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
  });

  it('signs every weight by its dimension’s pole', () => {
    expect(entries.filter((e) => Math.sign(e.weight) !== poleOf(e.dimension)).map((e) => e.term)).toEqual([]);
  });

  it('keeps optimism and pessimism weak (|w| ≤ 1), below the evidence a label needs', () => {
    expect(entries.filter((e) => WEAK.has(e.dimension) && Math.abs(e.weight) > 1).map((e) => e.term)).toEqual([]);
  });

  // The courtesy module holds both sides of one register (courtesy against bluntness) on purpose.
  if (path.startsWith('en/') && !path.includes('courtesy')) {
    it('keeps to its pole', () => {
      const conciliatory = path.includes('conciliatory');
      const wrong = entries.filter(
        (e) => (CONCILIATORY_DIMENSIONS as readonly string[]).includes(e.dimension) !== conciliatory,
      );
      expect(wrong.map((e) => e.term)).toEqual([]);
    });
  }
});

describe('topic is not tone', () => {
  const coreTerms = new Set(CORE_ENTRIES.map((e) => e.term));
  it.each([
    ['war'],
    ['troop'],
    ['missile'],
    ['invasion'],
    ['sanction'],
    ['attack'],
    ['army'],
    ['weapon'],
    ['nuclear'],
    ['border'],
  ])('"%s" is not an entry by itself', (word) => {
    expect(coreTerms.has(word)).toBe(false);
  });
});
