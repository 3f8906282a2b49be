/**
 * Extraction options, validated once where they are passed: a bad alias map or lexicon throws here, not in
 * the middle of a batch.
 */
import { describeValue, OptionsError } from '../errors.js';
import { type AttributionLexicons, compileLexicons } from './document/lexicons.js';
import type { ExtractOptions } from './types.js';

/** Options resolved for use. */
export interface ResolvedExtractOptions {
  readonly lex: AttributionLexicons;
  /** Lower-cased alias → the name to report. */
  readonly aliases: ReadonlyMap<string, string>;
}

const KNOWN = new Set([
  'aliases',
  'speechVerbs',
  'titles',
  'wordClasses',
  'scorer',
  'scorerInstance',
  'profile',
  'metadata',
]);

/**
 * Validates and resolves extraction options.
 * @example
 * ```ts
 * resolveExtractOptions({ aliases: { 'Sergei Lavrov': 'Sergey V. Lavrov' } }).aliases.get('sergei lavrov'); // 'Sergey V. Lavrov'
 * ```
 */
export function resolveExtractOptions(options: ExtractOptions | undefined): ResolvedExtractOptions {
  if (options === undefined) return { lex: compileLexicons(), aliases: new Map() };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new OptionsError('options', `options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new OptionsError(key, `unknown option ${describeValue(key)}`);
  }
  const aliases = new Map<string, string>();
  const raw: unknown = options.aliases;
  if (raw !== undefined) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new OptionsError('aliases', `aliases must be an object mapping names to names, got ${describeValue(raw)}`);
    }
    for (const [from, to] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof to !== 'string' || to.trim() === '')
        throw new OptionsError(
          'aliases',
          `aliases[${describeValue(from)}] must be a non-empty string, got ${describeValue(to)}`,
        );
      aliases.set(from.trim().toLowerCase(), to);
    }
  }
  const list = (name: 'speechVerbs' | 'titles' | 'wordClasses'): readonly unknown[] => {
    const value: unknown = options[name];
    if (value === undefined) return [];
    if (!Array.isArray(value))
      throw new OptionsError(name, `${name} must be an array of lexicon modules, got ${describeValue(value)}`);
    return value;
  };
  return { lex: compileLexicons(list('speechVerbs'), list('titles'), list('wordClasses')), aliases };
}
