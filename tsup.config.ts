import { defineConfig } from 'tsup';

// One build for every entry: ESM (.js) and CommonJS (.cjs) with declarations for each.
// Lexicon JSON is bundled into the core, so the core never touches the filesystem.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    attribution: 'src/attribution/index.ts',
    csv: 'src/csv/index.ts',
    cli: 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', attribution: 'src/attribution/index.ts', csv: 'src/csv/index.ts' } },
  target: 'node20',
  platform: 'neutral',
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  shims: false,
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'fast-csv'],
});
