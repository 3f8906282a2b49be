/**
 * Headless Chromium for the browser tests: Debian's `chromium` package driven by playwright-core (which
 * downloads no browser of its own). A fresh profile per launch, and no background traffic.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { describe } from 'vitest';

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const truthy = (value: string | undefined): boolean => value !== undefined && /^(1|true|yes)$/i.test(value);

/**
 * Browser suites are required in CI (`CI=true`, as CI services set it, or `DETENTE_REQUIRE_BROWSER=1`, as
 * `.ci/run` sets it): there a missing Chromium fails the run. Elsewhere a contributor without Chromium gets
 * the suites skipped, with a notice printed by tests/setup/browser-notice.ts.
 */
export const BROWSER_REQUIRED = truthy(process.env['CI']) || truthy(process.env['DETENTE_REQUIRE_BROWSER']);

/** Whether the browser suites run: Chromium is installed, or they are required (and then fail without it). */
export const BROWSER_RUNS = existsSync(CHROMIUM_PATH) || BROWSER_REQUIRED;

/** The notice shown when the browser suites are skipped, saying how to run them. */
export const BROWSER_SKIP_NOTICE = `browser suites SKIPPED: Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH, then run npm test (or npm run test:browser). CI runs them with DETENTE_REQUIRE_BROWSER=1, where a missing Chromium fails.`;

/**
 * `describe` for a suite that drives Chromium: it runs when Chromium is there or required, and is skipped
 * (listed as skipped in the run) otherwise.
 * @example
 * describeInChromium('report in Chromium', () => { … });
 */
export const describeInChromium = describe.runIf(BROWSER_RUNS);

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running browser with its throw-away profile; `close()` removes both. */
export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh `--user-data-dir`. Throws when Chromium is not installed: a suite only gets
 * here when Chromium is there or required (`describeInChromium`), so in CI a missing browser is a failure.
 * @example
 * const browser = await launchChromium();
 * const page = await browser.context.newPage();
 * await browser.close();
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. ` +
        'The browser suites are required here (CI=true or DETENTE_REQUIRE_BROWSER=1), so they fail instead of skipping.',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'detente-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    timeout: 60_000,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
