/**
 * The audit of every regular expression in src/: where it is, how the code uses it, why it runs in linear time,
 * and an adversarial input family `attack(n)` of length ≈ n built to make a backtracking engine try hardest
 * (long near-matches that fail at the very end). `regex-audit.test.ts` checks that this list and src/ agree
 * and runs each regex on its attack at growing sizes under V8's backtrack counter (see `regex-probe.mjs`).
 *
 * `twin`: V8's backtrack counter only watches regexes its linear engine can also run (no `u` or `i` flag in
 * Node 20), so a regex using `\p{…}` or `i` is probed through a twin with the same structure (same
 * quantifiers, alternations and anchors), with `\p{L}`-style classes spelled as ASCII classes and case folded
 * into the class. Backtracking depends on structure and on which characters each class accepts on the attack
 * input, which the twin keeps. Node 20's linear engine also refuses bounded repetitions such as `{0,99}`; those
 * regexes are probed through a relaxed twin where each bounded quantifier is made unbounded (`{0,11}` → `*`,
 * `{1,60}` → `+`): the bounded regex can only take a subset of the twin's backtracking paths.
 */

/** How the code calls the regex (the probe calls it the same way). */
export type RegexUse = 'test' | 'split' | 'replace';

/** One audited regex. */
export interface AuditedRegex {
  readonly file: string;
  /** Exactly as written in the source (`/…/flags`). */
  readonly literal: string;
  readonly use: RegexUse;
  readonly why: string;
  readonly attack: (n: number) => string;
  readonly twin?: string;
}

const rep = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

export const AUDIT: readonly AuditedRegex[] = [
  {
    file: 'src/attribution/cues/adverbial.ts',
    literal: '/ed$/',
    use: 'test',
    why: 'unanchored but fixed length ≤ 2 at each start: constant work per position',
    attack: (n) => `${rep('ed', n)}x`,
  },
  {
    file: 'src/attribution/document/quotes.ts',
    literal: '/[\\p{L}\\p{N}]/u',
    use: 'test',
    why: 'a single character class; applied to one character',
    attack: (n) => rep('!', n),
    twin: '/[a-zA-Z0-9]/',
  },
  {
    file: 'src/attribution/document/time.ts',
    literal: '/^\\d/',
    use: 'test',
    why: 'anchored, one character',
    attack: (n) => rep('a', n),
  },
  {
    file: 'src/attribution/speakers/entities.ts',
    literal: '/[\\s-]+/',
    use: 'split',
    why: 'one class, one quantifier: each match ends at the first character outside it',
    attack: (n) => `${rep(' -', n)}x`,
  },
  {
    file: 'src/attribution/speakers/entities.ts',
    literal: '/\\s+/',
    use: 'split',
    why: 'one class, one quantifier: each match ends at the first non-space',
    attack: (n) => `${rep(' \t', n)}x`,
  },
  {
    file: 'src/attribution/speakers/name-words.ts',
    literal: '/(ed|ing)$/',
    use: 'test',
    why: 'unanchored but fixed length ≤ 3 at each start: constant work per position',
    attack: (n) => `${rep('eding', n)}x`,
  },
  {
    file: 'src/attribution/speakers/name-words.ts',
    literal: '/^\\p{Ll}/u',
    use: 'test',
    why: 'anchored, one character',
    attack: (n) => rep('A', n),
    twin: '/^[a-z]/',
  },
  {
    file: 'src/attribution/speakers/name-words.ts',
    literal: '/^\\p{Lu}/u',
    use: 'test',
    why: 'anchored, one character',
    attack: (n) => rep('a', n),
    twin: '/^[A-Z]/',
  },
  {
    file: 'src/attribution/speakers/name-words.ts',
    literal: '/^\\p{Lu}\\.$/u',
    use: 'test',
    why: 'anchored, fixed length 2',
    attack: (n) => rep('A.', n),
    twin: '/^[A-Z]\\.$/',
  },
  {
    file: 'src/attribution/speakers/name-words.ts',
    literal: '/^\\p{L}+$/u',
    use: 'test',
    why: 'anchored; one class then $, so a failure backtracks at most once per character',
    attack: (n) => `${rep('a', n)}1`,
    twin: '/^[a-zA-Z]+$/',
  },
  {
    file: 'src/attribution/speakers/phrases.ts',
    literal: '/(ed|ing)$/',
    use: 'test',
    why: 'unanchored but fixed length ≤ 3 at each start: constant work per position',
    attack: (n) => `${rep('eding', n)}x`,
  },
  {
    file: 'src/attribution/speakers/phrases.ts',
    literal: '/^[\\p{L}\\p{N}]/u',
    use: 'test',
    why: 'anchored, one character',
    attack: (n) => rep('!', n),
    twin: '/^[a-zA-Z0-9]/',
  },
  {
    file: 'src/attribution/speakers/phrases.ts',
    literal: '/^[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*$/u',
    use: 'test',
    why: 'anchored; one starred class followed only by $, so a failure backtracks at most once per character',
    attack: (n) => `${rep('a.-', n)}!`,
    twin: '/^[a-zA-Z0-9][a-zA-Z0-9.-]*$/',
  },
  {
    file: 'src/attribution/speakers/phrases.ts',
    literal: '/s$/i',
    use: 'test',
    why: 'fixed length 1 at each start',
    attack: (n) => `${rep('s', n)}x`,
    twin: '/[sS]$/',
  },
  {
    file: 'src/attribution/speakers/source-phrase.ts',
    literal: '/(ed|en|wn|nt)$/',
    use: 'test',
    why: 'unanchored but fixed length ≤ 2 at each start: constant work per position',
    attack: (n) => `${rep('edenwnnt', n)}x`,
  },
  {
    file: 'src/attribution/speakers/speaker.ts',
    literal: '/\\s+/',
    use: 'split',
    why: 'one class, one quantifier: each match ends at the first non-space',
    attack: (n) => `${rep(' \t', n)}x`,
  },
  {
    file: 'src/attribution/speakers/speaker.ts',
    literal: '/\\s\\p{Lu}/u',
    use: 'test',
    why: 'two characters, fixed length: constant work per start position',
    attack: (n) => rep(' a', n),
    twin: '/\\s[A-Z]/',
  },
  {
    file: 'src/attribution/speakers/speaker.ts',
    literal: '/^(The|A|An)\\s/',
    use: 'replace',
    why: 'anchored, alternatives of fixed length ≤ 3: at most 4 characters read',
    attack: (n) => rep('An', n),
  },
  {
    file: 'src/attribution/speakers/subject.ts',
    literal: '/(ed|ing)$/',
    use: 'test',
    why: 'unanchored but fixed length ≤ 3 at each start: constant work per position',
    attack: (n) => `${rep('eding', n)}x`,
  },
  {
    file: 'src/attribution/speakers/subject.ts',
    literal: '/(ing|ed)$/',
    use: 'test',
    why: 'unanchored but fixed length ≤ 3 at each start: constant work per position',
    attack: (n) => `${rep('inged', n)}x`,
  },
  {
    file: 'src/attribution/speakers/titles.ts',
    literal: '/^\\p{Lu}\\.$/u',
    use: 'test',
    why: 'anchored, fixed length 2',
    attack: (n) => rep('A.', n),
    twin: '/^[A-Z]\\.$/',
  },
  {
    file: 'src/attribution/statements/extract.ts',
    literal: '/[.,!?…]$/',
    use: 'test',
    why: 'one character then $: constant work per start position',
    attack: (n) => `${rep('.', n)}x`,
  },
  {
    file: 'src/attribution/statements/extract.ts',
    literal: '/\\s+/',
    use: 'split',
    why: 'one class, one quantifier: each match ends at the first non-space',
    attack: (n) => `${rep(' \t', n)}x`,
  },
  {
    file: 'src/attribution/statements/extract.ts',
    literal: '/\\s/',
    use: 'test',
    why: 'a single character class, no quantifier; applied to one character',
    attack: (n) => rep('a', n),
  },
  {
    file: 'src/csv/encoding.ts',
    literal: '/[-_\\s]/g',
    use: 'replace',
    why: 'a single character class, no quantifier: one step per character',
    attack: (n) => rep('-_ a', n),
  },
  {
    file: 'src/csv/encoding.ts',
    literal: '/^\\uFEFF/',
    use: 'replace',
    why: 'anchored, one character',
    attack: (n) => rep('a', n),
  },
  {
    file: 'src/cli/args.ts',
    literal: '/\\. To specify a positional argument.*$/s',
    use: 'replace',
    why: 'a literal prefix then .*$ with the s flag, which always succeeds once the literal matched: no backtracking into the literal',
    attack: (n) => rep('. To specify a positional argumen', n),
  },
  {
    file: 'src/cli/args.ts',
    literal: '/^\\d+$/',
    use: 'test',
    why: 'anchored; one class then $',
    attack: (n) => `${rep('9', n)}x`,
  },
  {
    file: 'src/cli/args.ts',
    literal: '/\\.tsv$/i',
    use: 'test',
    why: 'fixed length 4 at each start',
    attack: (n) => `${rep('.tsv', n)}x`,
    twin: '/\\.[tT][sS][vV]$/',
  },
  {
    file: 'src/csv/internal/columns.ts',
    literal: '/^\\d+$/',
    use: 'test',
    why: 'anchored; one class then $',
    attack: (n) => `${rep('9', n)}x`,
  },
  {
    file: 'src/csv/read-rows.ts',
    literal: '/\\.tsv$/i',
    use: 'test',
    why: 'fixed length 4 at each start',
    attack: (n) => `${rep('.tsv', n)}x`,
    twin: '/\\.[tT][sS][vV]$/',
  },
  {
    file: 'src/lexicon/compile.ts',
    literal: '/^[a-z]+( [a-z]+)*$/',
    use: 'test',
    why: 'anchored; the space separates the repetitions, so each character belongs to exactly one iteration (unambiguous): a failure backtracks each character once',
    attack: (n) => `${rep('ab ', n)}a!`,
  },
  {
    file: 'src/lexicon/compile.ts',
    literal: "/^('[a-z]+|n't)$/",
    use: 'test',
    why: "anchored; the two alternatives start with different characters (' vs n)",
    attack: (n) => `'${rep('a', n)}!`,
  },
  {
    file: 'src/lexicon/inflect.ts',
    literal: '/^[a-z]+$/',
    use: 'test',
    why: 'anchored; one class then $',
    attack: (n) => `${rep('a', n)}!`,
  },
  {
    file: 'src/lexicon/validate-module.ts',
    literal: '/^[a-z0-9][a-z0-9/_.-]{0,99}$/',
    use: 'test',
    why: 'anchored; bounded {0,99}: at most 100 characters read',
    attack: (n) => `${rep('a/', n)}!`,
    twin: '/^[a-z0-9][a-z0-9/_.-]*$/',
  },
  {
    file: 'src/lexicon/validate-module.ts',
    literal: '/^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(-[0-9A-Za-z.-]{1,40})?$/',
    use: 'test',
    why: 'anchored; every quantifier bounded (≤ 9, ≤ 40) and the groups separated by literal dots: at most ~70 characters read',
    attack: (n) => `1.2.3-${rep('a.', n)}!`,
    twin: '/^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$/',
  },
  {
    file: 'src/lexicon/validate-module.ts',
    literal: '/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/',
    use: 'test',
    why: 'anchored; bounded quantifiers separated by literal hyphens: at most 30 characters read',
    attack: (n) => `en${rep('-ab', n)}!`,
    twin: '/^[a-z][a-z]+(-[A-Za-z0-9][A-Za-z0-9]+)*$/',
  },
  {
    file: 'src/lexicon/validate-module.ts',
    literal: '/^\\S+(?: \\S+){0,11}$/',
    use: 'test',
    why: 'anchored; \\S and the space never overlap, so words cannot be split two ways; at most 12 repetitions',
    attack: (n) => `${rep('a ', n)}!`,
    twin: '/^\\S+(?: \\S+)*$/',
  },
  {
    file: 'src/lexicon/validate-module.ts',
    literal: '/^\\S{1,60}$/',
    use: 'test',
    why: 'anchored; bounded {1,60}',
    attack: (n) => `${rep('a', n)} `,
    twin: '/^\\S+$/',
  },
  {
    file: 'src/profile/time-bins.ts',
    literal: '/^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:$|[Tt ]\\S*\\s*$)/',
    use: 'test',
    why: 'anchored at ^, so one start position; after the date, \\S* and \\s* take disjoint classes, so each end of \\S* tries \\s* once',
    attack: (n) => `2025-03-05T${rep('a', n)} b`,
    twin: '/^\\s*(\\d+)-(\\d+)-(\\d+)(?:$|[Tt ]\\S*\\s*$)/',
  },
  {
    file: 'src/report/escape.ts',
    literal: '/[&<>"\']/g',
    use: 'replace',
    why: 'one character class, no quantifier: constant work per position',
    attack: (n) => rep('<&"', n),
  },
  {
    file: 'src/text/char-class.ts',
    // Built from a string on first use (a literal would be checked, at a cost, while the module is parsed).
    literal: "new RegExp('[\\\\p{L}\\\\p{N}\\\\p{M}]', 'u')",
    use: 'test',
    why: 'a single character class; applied to one character (then cached per code unit)',
    attack: (n) => rep('!', n),
    twin: '/[a-zA-Z0-9]/',
  },
  {
    file: 'src/text/tokenize.ts',
    literal: '/[\\u2019\\u02bc]/g',
    use: 'replace',
    why: 'a single character class, global replace: one step per character',
    attack: (n) => rep('\u2019a', n),
  },
];

/**
 * Positive controls: regexes known to backtrack catastrophically, so the probe is shown to catch them. If the
 * probe stopped seeing these, the audit would prove nothing, and the test fails.
 */
export const CONTROLS: readonly AuditedRegex[] = [
  {
    file: '(control)',
    literal: '/^(a+)+$/',
    use: 'test',
    why: 'nested quantifier: exponential',
    attack: (n) => `${rep('a', Math.min(n, 30))}!`,
  },
  {
    file: '(control)',
    literal: '/^\\d+\\s*\\d+$/',
    use: 'test',
    why: 'two quantifiers over the same digits around an optional gap: quadratic in one attempt (≈ n²/2 backtracks; 5,000 characters already exceed every budget, and the V8 fallback engine is slow on more)',
    attack: (n) => `${rep('1', Math.min(n, 5000))}!`,
  },
  {
    file: '(control)',
    literal: '/a*b/',
    use: 'test',
    why: 'unanchored a*b on a run of a: quadratic',
    attack: (n) => rep('a', n),
  },
  {
    file: '(control, twin)',
    literal: '/^(\\p{L}+)+$/u',
    use: 'test',
    why: 'nested quantifier, probed through its twin',
    attack: (n) => `${rep('a', Math.min(n, 30))}!`,
    twin: '/^([a-zA-Z]+)+$/',
  },
];
