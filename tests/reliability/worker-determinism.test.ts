/**
 * Determinism across threads: the core entry is bundled (esbuild, as a user's bundler would) and the same texts
 * are scored in two worker threads at once and in this thread, through the bundle and through the sources.
 * Every result must be identical: scoring keeps no global state that a thread could see differently.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { statements } from '../../benchmarks/lib/corpus.mjs';
import type { ScorerOptions } from '../../src/index.js';
import { createScorer } from '../../src/index.js';
import { fuzzTimeout, runs } from './fuzz-runs.js';

vi.setConfig({ testTimeout: fuzzTimeout() });

const dir = mkdtempSync(join(tmpdir(), 'detente-threads-'));
const bundle = join(dir, 'detente.mjs');
const workerFile = join(dir, 'worker.mjs');

// Generated texts: corpus statements, random strings of every unit, and hostile shapes.
const texts: string[] = [
  ...(statements(1500, 99) as string[]),
  ...fc.sample(fc.string({ maxLength: 120 }), { numRuns: runs(300), seed: 1 }),
  ...fc.sample(fc.string({ unit: 'grapheme', maxLength: 60 }), { numRuns: runs(300), seed: 2 }),
  '',
  ' ',
  '“'.repeat(5000),
  `${'not '.repeat(2000)}threaten`,
  'x'.repeat(100_000),
  'İ threaten İ',
];

beforeAll(async () => {
  await build({
    entryPoints: [fileURLToPath(new URL('../../src/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: bundle,
    logLevel: 'error',
  });
  writeFileSync(
    workerFile,
    `
import { parentPort, workerData } from 'node:worker_threads';
const { createScorer } = await import(workerData.bundle);
const scorer = createScorer(workerData.options);
// Score in a thread-specific order, to show that order does not matter either.
const order = workerData.texts.map((_, i) => i);
if (workerData.reverse) order.reverse();
const out = new Array(order.length);
for (const i of order) out[i] = JSON.stringify(scorer.score(workerData.texts[i]));
parentPort.postMessage(out);
`,
  );
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function inWorker(options: object, reverse: boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: { bundle: pathToFileURL(bundle).href, texts, options, reverse },
    });
    worker.once('message', (m: string[]) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('determinism across worker threads', () => {
  it.each<[string, ScorerOptions]>([
    ['defaults', {}],
    ['all packs', { packs: ['diplomacy', 'labor', 'corporate'] }],
  ])('%s: two threads, the bundle and the sources agree on every text', async (_name, options) => {
    const [a, b] = await Promise.all([inWorker(options, false), inWorker(options, true)]);
    const { createScorer: bundled } = (await import(pathToFileURL(bundle).href)) as {
      createScorer: typeof createScorer;
    };
    const here = createScorer(options);
    const viaBundle = bundled(options);
    expect(a).toHaveLength(texts.length);
    let checked = 0;
    for (const [i, t] of texts.entries()) {
      const expected = JSON.stringify(here.score(t));
      expect(a[i], t.slice(0, 80)).toBe(expected);
      expect(b[i]).toBe(expected);
      expect(JSON.stringify(viaBundle.score(t))).toBe(expected);
      checked++;
    }
    expect(checked).toBe(texts.length);
  });
});
