/**
 * Load-time validation of lexicon modules: the same contract as `lexicons/lexicon.schema.json`, written out
 * so the core needs no schema engine. Reads only own properties, so keys such as `__proto__` are plain data,
 * and returns a frozen copy, so a caller who later mutates their object changes nothing already loaded.
 */
import { describeValue, LexiconError } from '../errors.js';
import { SCORING_KINDS } from './compiled.js';
import { checkConstraint, copyConstraint } from './constraint.js';
import { isDimension, poleOf } from './dimensions.js';
import type { LexiconKind, LexiconModule } from './types.js';

type Raw = Record<string, unknown>;
type FieldCheck = (value: unknown) => string | undefined;

// The scorer's kinds, plus those only attribution and the compiler's word table read.
const KINDS: ReadonlySet<string> = new Set([
  ...SCORING_KINDS,
  'inflection',
  'speech-verb',
  'title',
  'word-class',
  'filler',
  'boundary',
]);
const ID = /^[a-z0-9][a-z0-9/_.-]{0,99}$/;
const VERSION = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(-[0-9A-Za-z.-]{1,40})?$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const MAX_ENTRIES = 200_000;
const MAX_TERM_WORDS = 12;
// Words of non-space characters separated by single spaces; linear: the space and \S never overlap.
const TERM = /^\S+(?: \S+){0,11}$/;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const stringOf =
  (max: number): FieldCheck =>
  (v) =>
    typeof v !== 'string'
      ? `must be a string, got ${describeValue(v)}`
      : v.length > max
        ? `is longer than ${max} characters`
        : undefined;
const term: FieldCheck = (v) => {
  if (typeof v !== 'string') return `must be a string, got ${describeValue(v)}`;
  if (v.length === 0 || v.length > 200) return 'must have 1 to 200 characters';
  if (!TERM.test(v)) {
    return `must be 1 to ${MAX_TERM_WORDS} words separated by single spaces, got ${describeValue(v)}`;
  }
  return undefined;
};
const oneOf =
  (...allowed: string[]): FieldCheck =>
  (v) =>
    typeof v === 'string' && allowed.includes(v)
      ? undefined
      : `must be one of ${allowed.join(', ')}, got ${describeValue(v)}`;
const range =
  (lo: number, hi: number, open = false): FieldCheck =>
  (v) =>
    !isNumber(v)
      ? `must be a number, got ${describeValue(v)}`
      : (open ? v <= lo || v >= hi : v < lo || v > hi)
        ? `must be in ${open ? '(' : '['}${lo}, ${hi}${open ? ')' : ']'}, got ${v}`
        : undefined;
const dimension: FieldCheck = (v) => (isDimension(v) ? undefined : `must be a tone dimension, got ${describeValue(v)}`);
const word: FieldCheck = (v) =>
  typeof v === 'string' && /^\S{1,60}$/.test(v) ? undefined : `must be one word, got ${describeValue(v)}`;
const forms: FieldCheck = (v) =>
  !Array.isArray(v) || v.length === 0 || v.length > 20
    ? 'must be an array of 1 to 20 words'
    : v.map(word).find(Boolean);
const note = stringOf(2000);
const REVERSES = oneOf('after', 'before', 'both');
const bool: FieldCheck = (v) => (typeof v === 'boolean' ? undefined : `must be true or false, got ${describeValue(v)}`);

/** Fields per kind: [required, optional]. */
const FIELDS: Record<LexiconKind, [Record<string, FieldCheck>, Record<string, FieldCheck>]> = {
  tone: [
    { term, dimension, weight: range(-10, 10) },
    {
      pos: oneOf('verb', 'noun', 'adj', 'adv', 'phrase', 'other'),
      negated: range(-1, 1),
      when: checkConstraint,
      reverses: REVERSES,
      opposes: bool,
      topic: bool,
      note,
    },
  ],
  negator: [{ term }, { note }],
  operator: [
    { term, reverses: REVERSES },
    { opposes: bool, topic: bool, note },
  ],
  conditional: [{ term }, { opens: oneOf('condition', 'consequence'), note }],
  filler: [{ term }, { note }],
  boundary: [{ term: word }, { note }],
  intensifier: [{ term, factor: range(0, 3) }, { note }],
  hedge: [{ term, factor: range(0, 1, true) }, { note }],
  contrast: [{ term, weakens: oneOf('before', 'after') }, { note }],
  inflection: [{ term: word, forms }, { note }],
  'speech-verb': [
    { term, tone: oneOf('conciliatory', 'confrontational', 'neutral', 'operator') },
    { dimension, weight: range(-10, 10), opposes: bool, needs: oneOf('clause'), note },
  ],
  title: [
    { term },
    { gender: oneOf('male', 'female'), role: oneOf('honorific', 'office', 'modifier', 'descriptor'), note },
  ],
  'word-class': [
    { term, class: oneOf('time', 'organisation', 'media', 'document', 'people', 'country', 'demonym') },
    { note },
  ],
};

/**
 * Validates a lexicon module and returns a frozen copy. Throws `LexiconError` naming the module id, the entry
 * index and the problem.
 * @example
 * ```ts
 * const mod = validateModule(JSON.parse(fs.readFileSync('my-lexicon.json', 'utf8')));
 * createScorer({ lexicons: [mod] });
 * ```
 */
export function validateModule(value: unknown): LexiconModule {
  if (!isRecord(value))
    throw new LexiconError('(unknown)', -1, '', `a module must be an object, got ${describeValue(value)}`);
  const id = typeof value.id === 'string' && ID.test(value.id) ? value.id : undefined;
  const name = id ?? (typeof value.id === 'string' ? value.id.slice(0, 60) : '(unknown)');
  const fail = (index: number, field: string, problem: string): never => {
    throw new LexiconError(name, index, field, problem);
  };
  if (id === undefined) fail(-1, 'id', `"id" must match ${ID.source}, got ${describeValue(value.id)}`);
  if (typeof value.version !== 'string' || !VERSION.test(value.version))
    fail(-1, 'version', `"version" must be semver, got ${describeValue(value.version)}`);
  if (typeof value.language !== 'string' || !LANGUAGE.test(value.language))
    fail(-1, 'language', `"language" must be a language tag, got ${describeValue(value.language)}`);
  if (typeof value.kind !== 'string' || !KINDS.has(value.kind))
    fail(-1, 'kind', `"kind" must be one of ${[...KINDS].join(', ')}, got ${describeValue(value.kind)}`);
  for (const key of Object.keys(value)) {
    if (!['$schema', 'id', 'version', 'language', 'kind', 'description', 'entries'].includes(key))
      fail(-1, key, `unknown field ${describeValue(key)}`);
  }
  if (value.description !== undefined && stringOf(4000)(value.description))
    fail(-1, 'description', '"description" must be a string of at most 4000 characters');
  if (!Array.isArray(value.entries))
    fail(-1, 'entries', `"entries" must be an array, got ${describeValue(value.entries)}`);
  const raw = value.entries as unknown[];
  if (raw.length > MAX_ENTRIES) fail(-1, 'entries', `"entries" has ${raw.length} items, more than ${MAX_ENTRIES}`);
  const kind = value.kind as LexiconKind;
  const entries = raw.map((entry, index) =>
    Object.freeze(validateEntry(kind, entry, (field, problem) => fail(index, field, problem))),
  );
  const copy: Raw = { id, version: value.version, language: value.language, kind, entries: Object.freeze(entries) };
  if (typeof value.description === 'string') copy.description = value.description;
  return Object.freeze(copy) as unknown as LexiconModule;
}

function validateEntry(kind: LexiconKind, entry: unknown, fail: (field: string, problem: string) => never): Raw {
  if (!isRecord(entry)) return fail('', `an entry must be an object, got ${describeValue(entry)}`);
  const [required, optional] = FIELDS[kind];
  const copy: Raw = {};
  for (const key of Object.keys(entry)) {
    const check = Object.hasOwn(required, key)
      ? required[key]
      : Object.hasOwn(optional, key)
        ? optional[key]
        : undefined;
    if (check === undefined) fail(key, `unknown field ${describeValue(key)} for a ${kind} entry`);
    const problem = check?.(entry[key]);
    if (problem !== undefined) fail(key, problem.startsWith(`"${key}`) ? problem : `"${key}" ${problem}`);
    const value = entry[key];
    copy[key] = Array.isArray(value)
      ? Object.freeze([...(value as unknown[])])
      : key === 'when'
        ? copyConstraint(value as Raw)
        : value;
  }
  for (const key of Object.keys(required)) {
    if (!Object.hasOwn(entry, key)) fail(key, `"${key}" is required`);
  }
  if (copy.topic !== undefined && copy.reverses === undefined) {
    fail('topic', '"topic" needs "reverses" (the act whose topic it is must be governed)');
  }
  if (kind === 'tone') {
    const weight = copy.weight as number;
    if (weight === 0) fail('weight', '"weight" must not be 0');
    if (Math.sign(weight) !== poleOf(copy.dimension as string)) {
      fail('weight', `"weight" ${weight} has the wrong sign for dimension "${String(copy.dimension)}"`);
    }
  }
  return copy;
}

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
