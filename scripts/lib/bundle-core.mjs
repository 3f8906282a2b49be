/**
 * Bundles the core entry the way a browser app's bundler would (esbuild, platform browser, minified) and
 * reports what went in: sizes, the modules bundled, and every Node built-in the bundle would need. Used by
 * the browser test (tests/browser/) and by `npm run size`.
 */
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** What `import … from 'detente'` means here: the source entry, or the built one that users' bundlers get. */
const ENTRY = { src: 'src/index.ts', dist: 'dist/index.js' };

/**
 * Bundles `code` (which imports from 'detente') for the browser.
 * @example
 * const { gzipBytes, nodeImports } = await bundleCore({ from: 'dist', code: "export { createScorer } from 'detente';" });
 */
export async function bundleCore({ from = 'src', code, format = 'esm', globalName, minify = true }) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: 'browser-entry.js', loader: 'js' },
    bundle: true,
    platform: 'browser',
    format,
    ...(globalName === undefined ? {} : { globalName }),
    minify,
    target: 'es2020',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [
      {
        name: 'detente-entry',
        setup(b) {
          b.onResolve({ filter: /^detente$/ }, () => ({ path: join(root, ENTRY[from]) }));
          // A built-in is marked external so the build finishes and the metafile names who imported it.
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            BUILTINS.has(args.path) ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  });
  const js = result.outputFiles[0].text;
  const nodeImports = [];
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    for (const imp of input.imports) {
      if (imp.path !== '<runtime>' && (imp.external || BUILTINS.has(imp.path)))
        nodeImports.push({ importer: file, path: imp.path });
    }
  }
  const output = Object.values(result.metafile.outputs)[0];
  const byInput = Object.entries(output.inputs)
    .map(([file, v]) => ({ file: relative(root, join(root, file)), bytes: v.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return {
    js,
    bytes: Buffer.byteLength(js),
    gzipBytes: gzipSync(js, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
    byInput,
    nodeImports,
  };
}
