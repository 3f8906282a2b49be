/**
 * vitest global setup: one temporary directory for the whole run (DETENTE_TEST_TMP, inherited by the test
 * processes), removed when the run ends, so the temporary files tests make never pile up in the system's
 * temporary directory. A run of its own, not a shared prefix: other runs on the machine keep theirs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'detente-test-'));
  process.env.DETENTE_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}
