/**
 * Finds the worker script next to the built module. The ESM build (`dist/*.js`) resolves it from
 * `import.meta.url`; the CommonJS build (`dist/*.cjs`) from `__dirname`. Both live in `dist/`, as does every
 * shared chunk, so the relative name is the same.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DetenteError } from '../../errors.js';

/**
 * The path of the built worker script (`dist/csv-worker.js` or `.cjs`).
 * @example
 * ```ts
 * new Worker(workerScript(), { workerData });
 * ```
 */
export function workerScript(): string {
  // The CommonJS build has no import.meta (esbuild leaves it empty); __dirname alone is not a test, since
  // `node -e` defines a global __dirname that ESM code can see.
  const url = (import.meta as { url?: string }).url;
  const file =
    typeof url === 'string' ? fileURLToPath(new URL('./csv-worker.js', url)) : join(__dirname, 'csv-worker.cjs');
  if (!existsSync(file)) {
    throw new DetenteError(
      'E_WORKER',
      `the worker script ${file} is missing: workers run from the built package (npm run build)`,
    );
  }
  return file;
}
