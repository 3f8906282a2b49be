import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as srcAttribution from '../../src/attribution/index.js';
import * as src from '../../src/index.js';
import { ROOT, requireBuilt } from './dist-files.js';

// The build must not change behaviour: the ESM and CommonJS builds score and attribute exactly as the sources
// do (the build rewrites the lexicon JSON into JSON.parse calls and bundles shared chunks).
type Core = typeof src;
type Attribution = typeof srcAttribution;
const require = createRequire(import.meta.url);
const article = readFileSync(join(ROOT, 'tests/fixtures/geneva-talks.txt'), 'utf8');
const sentences = [
  'There is no trade space there — none.',
  'We will respond with a severe and coordinated economic response.',
  'We didn’t expect any breakthroughs to happen today,',
  'If they attack, we will respond.',
  '',
  ...article.split(/\n+/).slice(0, 40),
];

describe('dist ≡ src', () => {
  it.each(['index.js', 'index.cjs'])('%s scores every sentence as the sources do', async (file) => {
    const path = requireBuilt(file);
    const built: Core = file.endsWith('.cjs') ? require(path) : await import(pathToFileURL(path).href);
    for (const packs of [undefined, ['labor', 'corporate']] as const) {
      const options = packs === undefined ? undefined : { packs };
      const a = src.createScorer(options);
      const b = built.createScorer(options);
      for (const s of sentences) expect(b.score(s), s).toEqual(a.score(s));
      expect(b.modules).toEqual(a.modules);
    }
  });

  it.each(['attribution.js', 'attribution.cjs'])('%s finds the same statements in the Geneva article', async (file) => {
    const path = requireBuilt(file);
    const built: Attribution = file.endsWith('.cjs') ? require(path) : await import(pathToFileURL(path).href);
    const expected = srcAttribution.extractStatements(article);
    expect(expected.length).toBeGreaterThan(5);
    expect(built.extractStatements(article)).toEqual(expected);
  });
});
