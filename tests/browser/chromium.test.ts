import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleCore } from '../../scripts/lib/bundle-core.mjs';
import { type Browser, describeInChromium, launchChromium } from './chromium.js';

// The minified browser bundle of the core, run in headless Chromium on a blank page with no network.
const ENTRY = "export { createScorer, explain } from 'detente';";

interface PageResult {
  readonly label: string;
  readonly score: number;
  readonly terms: readonly string[];
  readonly explained: string;
  readonly neutral: string;
  readonly hasProcess: boolean;
}

describeInChromium('core in headless Chromium', () => {
  let browser: Browser;
  let script: string;

  beforeAll(async () => {
    script = (await bundleCore({ from: 'src', code: ENTRY, format: 'iife', globalName: 'detente' })).js;
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('scores a statement with its evidence', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.setContent('<!doctype html><title>detente</title>');
    await page.addScriptTag({ content: script });
    const result: PageResult = await page.evaluate(() => {
      const api = (globalThis as unknown as { detente: typeof import('../../src/index.js') }).detente;
      const scorer = api.createScorer();
      const r = scorer.score('There is no trade space there — none.');
      return {
        label: r.label,
        score: r.score,
        terms: r.evidence.map((e) => e.term),
        explained: api.explain(r),
        neutral: scorer.score('The meeting took place on Friday.').label,
        hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
      };
    });
    expect(errors).toEqual([]);
    expect(result.hasProcess).toBe(false);
    expect(result.label).toBe('confrontational');
    expect(result.score).toBeLessThan(0);
    expect(result.terms).toContain('no trade space');
    expect(result.explained).toContain('no trade space');
    expect(result.neutral).toBe('neutral');
    await page.close();
  });
});
