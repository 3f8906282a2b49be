import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ImportGraph, importCycles, layerOf, readImportGraph, upwardImports } from './import-graph.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

describe('the layers of src/ (../shared/DESIGN.md)', () => {
  const graph = readImportGraph(SRC);

  it('reads the real graph (the core entry imports the scorer)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('index.ts')).toContain('scoring/create-scorer.ts');
  });

  it('every file lies in a named layer', () => {
    expect([...graph.keys()].filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  it('no import points up the layers (lexicon and text know no scorer; the core entry reaches no attribution, csv or cli)', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('no import cycles', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the checks fail where they should (made-up graphs)', () => {
  it('an upward import is reported', () => {
    const g: ImportGraph = new Map([
      ['lexicon/compile.ts', ['scoring/dimensions.ts']],
      ['scoring/dimensions.ts', []],
      ['index.ts', ['attribution/index.ts']],
      ['attribution/index.ts', []],
    ]);
    expect(upwardImports(g)).toEqual(['lexicon/compile.ts → scoring/dimensions.ts', 'index.ts → attribution/index.ts']);
  });

  it('a cycle is reported with its files', () => {
    const g: ImportGraph = new Map([
      ['attribution/cues/clauses.ts', ['attribution/cues/cues.ts']],
      ['attribution/cues/cues.ts', ['attribution/cues/clauses.ts']],
      ['attribution/index.ts', ['attribution/cues/cues.ts']],
    ]);
    expect(importCycles(g)).toEqual([
      ['attribution/cues/clauses.ts', 'attribution/cues/cues.ts', 'attribution/cues/clauses.ts'],
    ]);
  });
});
