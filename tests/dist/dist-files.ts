/**
 * The built package as tests see it: paths into dist/, a check that the build is there, and the import graph
 * of a built entry (the packages and built-ins it loads, through the shared chunks).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The build under test: dist/, or the folder named by `DETENTE_DIST` (a build made elsewhere). */
export const DIST = process.env['DETENTE_DIST'] ?? join(ROOT, 'dist');

/** Throws (failing the test) when dist/ has not been built: these tests check the build, not the sources. */
export function requireBuilt(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` before the dist tests`);
  return path;
}

/**
 * The bare specifiers (packages and built-ins) a built file loads, directly or through the chunks it imports.
 * esbuild parses the output (ESM imports and CommonJS requires alike) and lists what it left external.
 * @example
 * await externalImports('index.js'); // [] — the core loads nothing outside its own files
 */
export async function externalImports(file: string): Promise<string[]> {
  const result = await build({
    entryPoints: [requireBuilt(file)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const external = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imp of input.imports) if (imp.external) external.add(imp.path);
  }
  return [...external].sort();
}
