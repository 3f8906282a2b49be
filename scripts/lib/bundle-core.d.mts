/** Types of bundle-core.mjs for the TypeScript tests that use it. */
export interface CoreBundle {
  readonly js: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Every module bundled, as esbuild names them (paths relative to the repo root). */
  readonly inputs: readonly string[];
  /** Bytes each module contributes to the output, largest first. */
  readonly byInput: readonly { readonly file: string; readonly bytes: number }[];
  /** Node built-ins the bundle would need, with the module that imports each. */
  readonly nodeImports: readonly { readonly importer: string; readonly path: string }[];
}

export interface BundleCoreOptions {
  readonly from?: 'src' | 'dist';
  readonly code: string;
  readonly format?: 'esm' | 'iife';
  readonly globalName?: string;
  readonly minify?: boolean;
}

export function bundleCore(options: BundleCoreOptions): Promise<CoreBundle>;
