import { readFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// Lexicon JSON is shipped as one JSON.parse() of a single-quoted string per module: V8 parses JSON text
// several times faster than the same data written as a JavaScript object literal, and a single-quoted literal
// needs almost no escapes, which keeps the cold start short. Entry `note` fields (documentation, often long)
// are left out of the bundle: they stay in the JSON files shipped under lexicons/.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build: {
    onLoad: (o: { filter: RegExp }, cb: (a: { path: string }) => Promise<{ contents: string; loader: 'js' }>) => void;
  }) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
      const data = JSON.parse(await readFile(path, 'utf8'));
      if (Array.isArray(data?.entries)) for (const entry of data.entries) delete entry.note;
      // Non-ASCII characters and apostrophes (both only ever inside JSON strings) become JSON \u escapes, so the
      // JavaScript string is pure ASCII without a quote: V8 keeps it one byte per character, and esbuild prints
      // it as a plain '…' literal (it picks a template literal when that needs fewer escapes, and V8 scans and
      // cooks a template at about twice the cost, into a two-byte string).
      const json = JSON.stringify(data).replace(
        /[\u0080-\uffff']/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
      const literal = json.replace(/\\/g, '\\\\');
      // Lexicons are parsed on first use (see src/lexicon/json-data.ts); other JSON (package.json) at once.
      // Generated data is parsed again on every use: its callers keep what they build from it, not the text's
      // objects, which would otherwise stay on the heap for the life of the process.
      const contents = /[\\/]generated[\\/]/.test(path)
        ? `export default { lazyJson: () => JSON.parse('${literal}') };`
        : /[\\/]lexicons[\\/]/.test(path)
          ? `let data; export default { lazyJson: () => (data ??= JSON.parse('${literal}')) };`
          : `export default JSON.parse('${literal}');`;
      return { contents, loader: 'js' };
    });
  },
};

// One build for every entry: ESM (.js) and CommonJS (.cjs) with declarations for each.
// Lexicon JSON is bundled into the core, so the core never touches the filesystem.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    attribution: 'src/attribution/index.ts',
    csv: 'src/csv/index.ts',
    report: 'src/report/index.ts',
    cli: 'src/cli/main.ts',
    'csv-worker': 'src/csv/worker.ts',
  },
  format: ['esm', 'cjs'],
  dts: {
    entry: {
      index: 'src/index.ts',
      attribution: 'src/attribution/index.ts',
      csv: 'src/csv/index.ts',
      report: 'src/report/index.ts',
    },
  },
  target: 'node20',
  platform: 'neutral',
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  shims: false,
  // Runtime dependencies stay imports (never bundled); the chart library and its DOM belong to detente/report.
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'fast-csv', '@observablehq/plot', 'linkedom'],
  esbuildPlugins: [jsonAsParse],
});
