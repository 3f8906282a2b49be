/**
 * Every error detente throws on purpose is a `DetenteError` with a stable `code`, so callers can branch on
 * `err.code` instead of parsing messages. Subclasses carry the fields a caller needs to point at the problem.
 */

/**
 * Stable error codes. E_OPTIONS: `OptionsError`; E_LEXICON: `LexiconError`; E_INPUT: `InputError`; E_ALIASES:
 * `AliasesError` (a malformed aliases file); E_CSV and
 * E_IO: malformed CSV and unreadable or unwritable files (`CsvError` of `detente/csv`); E_ABORTED: a batch run
 * stopped by its `AbortSignal`; E_WORKER: a worker thread of a batch run failed.
 * @example
 * ```ts
 * import { DetenteError, type DetenteErrorCode } from 'detente';
 * function exitCode(err: unknown): number {
 *   const code: DetenteErrorCode | undefined = err instanceof DetenteError ? err.code : undefined;
 *   return code === 'E_ABORTED' ? 130 : code === 'E_OPTIONS' || code === 'E_LEXICON' ? 2 : 1;
 * }
 * ```
 */
export type DetenteErrorCode =
  | 'E_OPTIONS'
  | 'E_LEXICON'
  | 'E_INPUT'
  | 'E_ALIASES'
  | 'E_CSV'
  | 'E_IO'
  | 'E_ABORTED'
  | 'E_WORKER';

/**
 * Base class of detente's errors.
 * @example
 * ```ts
 * import { createScorer, DetenteError, type PackName } from 'detente';
 * try { createScorer({ packs: ['nope' as PackName] }); }
 * catch (err) { if (err instanceof DetenteError) console.error(err.code); }  // 'E_OPTIONS'
 * ```
 */
export class DetenteError extends Error {
  readonly code: DetenteErrorCode;

  constructor(code: DetenteErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DetenteError';
    this.code = code;
  }
}

/**
 * A bad option value (programmer or configuration mistake). The message quotes the offending value.
 * @example
 * ```ts
 * import { createScorer } from 'detente';
 * createScorer({ thresholds: { label: 2 } });
 * // throws OptionsError (option 'thresholds.label'): thresholds.label must be a number in (0, 1), got 2
 * ```
 */
export class OptionsError extends DetenteError {
  readonly option: string;

  constructor(option: string, message: string) {
    super('E_OPTIONS', message);
    this.name = 'OptionsError';
    this.option = option;
  }
}

/**
 * A lexicon module that does not follow the schema. Names the module id, the entry index (or -1 for the
 * envelope) and the field at fault.
 * @example
 * ```ts
 * import { validateModule } from 'detente';
 * validateModule({ id: 'mine', version: '1.0.0', kind: 'tone', language: 'en', entries: [{ term: 'x' }] });
 * // throws LexiconError (moduleId 'mine', entryIndex 0, field 'dimension'):
 * //   lexicon "mine" entry 0: "dimension" is required
 * ```
 */
export class LexiconError extends DetenteError {
  readonly moduleId: string;
  readonly entryIndex: number;
  readonly field: string;

  constructor(moduleId: string, entryIndex: number, field: string, problem: string) {
    const where = entryIndex >= 0 ? `entry ${entryIndex}` : 'envelope';
    super('E_LEXICON', `lexicon "${moduleId}" ${where}: ${problem}`);
    this.name = 'LexiconError';
    this.moduleId = moduleId;
    this.entryIndex = entryIndex;
    this.field = field;
  }
}

/**
 * Input of the wrong type (text must be a string). Odd *text* never throws; only non-text does.
 * @example
 * ```ts
 * import { createScorer } from 'detente';
 * createScorer().score(42 as never); // throws InputError: score() expects a string, got number
 * ```
 */
export class InputError extends DetenteError {
  constructor(message: string) {
    super('E_INPUT', message);
    this.name = 'InputError';
  }
}

/**
 * A malformed aliases file (speaker name variants and sides): names the line, and the file when known.
 * @example
 * ```ts
 * import { parseAliases } from 'detente';
 * parseAliases('name,canonical\nSergey Dragan\n', 'csv', 'aliases.csv');
 * // throws AliasesError (line 2, file 'aliases.csv'): aliases.csv line 2: expected 2 fields, got 1
 * ```
 */
export class AliasesError extends DetenteError {
  readonly line: number;
  readonly file: string | undefined;

  constructor(problem: string, line: number, file?: string) {
    super('E_ALIASES', `${file ?? 'aliases'} line ${line}: ${problem}`);
    this.name = 'AliasesError';
    this.line = line;
    this.file = file;
  }
}

/** Describes a value for an error message without dumping huge or hostile values. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}
