/**
 * Bundled lexicon JSON, parsed on use. In the build, each lexicon JSON module is emitted as a wrapper whose
 * `lazyJson()` parses its text (once for lexicons/, on every call for generated data, whose callers keep what
 * they build from it; see tsup.config.ts), so importing the core parses nothing it does not use (the cold
 * start); from source (tests, tools) a JSON import is the data itself.
 */

interface LazyJson {
  readonly lazyJson: () => unknown;
}

/**
 * The data of a JSON import, whichever form it came in.
 * @example
 * ```ts
 * import raw from '../../lexicons/en/negators.json' with { type: 'json' };
 * const negators = jsonData(raw);
 * ```
 */
export function jsonData(imported: unknown): unknown {
  const lazy = imported as Partial<LazyJson> | null;
  return typeof lazy === 'object' && lazy !== null && typeof lazy.lazyJson === 'function' ? lazy.lazyJson() : imported;
}
