import { describe, expect, it } from 'vitest';
import { bundleCore } from '../../scripts/lib/bundle-core.mjs';

// The core entry must bundle for browsers and edge runtimes: no Node built-ins, no NLP model, no CSV code.
const SCORER_ONLY = "export { createScorer } from 'detente';";
const WHOLE_CORE = "export * from 'detente';";
const GZIP_BUDGET = 150 * 1024;

describe('core bundle for the browser (esbuild, platform browser, src/index.ts)', () => {
  it.each([
    ['scorer only', SCORER_ONLY],
    ['every core export', WHOLE_CORE],
  ])('%s: pulls in no Node built-in, no wink-nlp, no fast-csv', async (_name, code) => {
    const bundle = await bundleCore({ from: 'src', code });
    expect(bundle.nodeImports).toEqual([]);
    expect(bundle.inputs.filter((f) => /node_modules|src\/(csv|cli|attribution)\//.test(f))).toEqual([]);
    expect(bundle.inputs).toContain('src/scoring/create-scorer.ts');
  });

  it(`scorer only stays within the ${GZIP_BUDGET / 1024} KB gzip budget`, async () => {
    const bundle = await bundleCore({ from: 'src', code: SCORER_ONLY });
    expect(bundle.gzipBytes).toBeGreaterThan(0);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(GZIP_BUDGET);
  });

  it('detente/attribution also bundles for the browser without Node built-ins (wink-nlp and its model are JS)', async () => {
    const bundle = await bundleCore({
      from: 'src',
      code: "export { extractStatements } from './src/attribution/index.ts';",
    });
    expect(bundle.nodeImports).toEqual([]);
    expect(bundle.inputs.some((f) => f.includes('wink-eng-lite-web-model'))).toBe(true);
  });

  it('the check can fail: a Node-only module is reported with its importer', async () => {
    const bundle = await bundleCore({ from: 'src', code: "export { scoreCsv } from './src/csv/index.ts';" });
    expect(bundle.nodeImports.length).toBeGreaterThan(0);
    expect(bundle.nodeImports.some((i) => i.path === 'node:stream' || i.path === 'stream')).toBe(true);
  });
});
