import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalImports, ROOT, requireBuilt } from './dist-files.js';

// What the build promises: every export target exists, the core loads no package and no Node built-in, the
// attribution entry loads only wink-nlp and its model, and the bin is an executable Node script.
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, Record<string, string>>>;
  bin: Record<string, string>;
};

const targets = Object.values(pkg.exports).flatMap((v) =>
  typeof v === 'string' ? [] : Object.values(v).flatMap((c) => Object.values(c)),
);

describe('built package shape', () => {
  it.each(targets)('export target %s exists', (target) => {
    expect(() => requireBuilt(target.replace(/^\.\/dist\//, ''))).not.toThrow();
  });

  it.each(['index.js', 'index.cjs'])('core %s imports no package and no Node built-in', async (file) => {
    expect(await externalImports(file)).toEqual([]);
  });

  it.each(['attribution.js', 'attribution.cjs'])('attribution %s imports only wink-nlp and its model', async (file) => {
    expect(await externalImports(file)).toEqual(['wink-eng-lite-web-model', 'wink-nlp']);
  });

  it('the check can fail: csv.js loads fast-csv and Node built-ins', async () => {
    const imports = await externalImports('csv.js');
    expect(imports).toContain('fast-csv');
    expect(imports.some((i) => /^(node:)?stream$/.test(i))).toBe(true);
  });

  it('the bin is an executable script with a node shebang', () => {
    const bin = requireBuilt(String(pkg.bin['detente']).replace(/^\.\/dist\//, ''));
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });
});
