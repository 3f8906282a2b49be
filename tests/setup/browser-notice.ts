/**
 * vitest global setup: says plainly, at the start and at the end of the run, when the browser suites are
 * skipped (no Chromium, not required) and how to run them. Printed from the main process so it is not
 * buried in a test's captured output.
 */
import { BROWSER_RUNS, BROWSER_SKIP_NOTICE } from '../browser/chromium.js';

const notice = (): void => {
  if (!BROWSER_RUNS) process.stderr.write(`\n\u26a0 detente: ${BROWSER_SKIP_NOTICE}\n\n`);
};

export default function setup(): () => void {
  notice();
  return notice;
}
