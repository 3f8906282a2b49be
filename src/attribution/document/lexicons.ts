/**
 * The attribution lexicons (speech verbs, titles, word classes) compiled into lookup tables, once per set of
 * modules.
 *
 * Speech verbs: `verbs` maps an inflected first word ("said", "denials", "made") to the entries that start
 * with it; a multi-word entry keeps its other words in `rest`, matched as written ("made clear", "according to").
 * Titles: `titles` holds each title as lower-case words joined by single spaces; `titleFirst` their first
 * words; `titleLength` is the longest title in words, to bound the lookup. `titleHeads` are the last words of
 * office and honorific titles (what a title phrase ends with: "minister", "mr."); `titleWords` every word of
 * every title, modifiers included ("deputy", "foreign", "of").
 * Word classes: `classes` maps a first word, lower-cased, to the terms that start with it, longest first.
 */
import placeData from '../../../lexicons/en/places.json' with { type: 'json' };
import sourceNounData from '../../../lexicons/en/source-nouns.json' with { type: 'json' };
import speechVerbData from '../../../lexicons/en/speech-verbs.json' with { type: 'json' };
import timeData from '../../../lexicons/en/time-words.json' with { type: 'json' };
import titleData from '../../../lexicons/en/titles.json' with { type: 'json' };
import { OptionsError } from '../../errors.js';
import { builtinInflections } from '../../lexicon/builtin.js';
import { regularForms } from '../../lexicon/inflect.js';
import { jsonData } from '../../lexicon/json-data.js';
import type {
  InflectionEntry,
  LexiconModule,
  SpeechVerbEntry,
  TitleEntry,
  WordClass,
  WordClassEntry,
} from '../../lexicon/types.js';
import { validateModule } from '../../lexicon/validate-module.js';

/** A speech-verb entry ready for matching. */
export interface CueWord {
  readonly entry: SpeechVerbEntry;
  /** The words after the first, as written. */
  readonly rest: readonly string[];
  /** `id@version` of the module it came from. */
  readonly source: string;
}

/** A word-class term ready for matching: its class, its words after the first, and whether case counts. */
export interface ClassTerm {
  readonly cls: WordClass;
  readonly rest: readonly string[];
  /** The term is written with a capital ("Monday", "May"): it matches only as written. */
  readonly exact: string | null;
}

/** Compiled lexicons of one extraction setup. */
export interface AttributionLexicons {
  readonly verbs: ReadonlyMap<string, readonly CueWord[]>;
  readonly titles: ReadonlyMap<string, TitleEntry>;
  /** First words of the titles, so most tokens are ruled out with one lookup. */
  readonly titleFirst: ReadonlySet<string>;
  readonly titleLength: number;
  readonly titleHeads: ReadonlySet<string>;
  readonly titleWords: ReadonlySet<string>;
  readonly classes: ReadonlyMap<string, readonly ClassTerm[]>;
}

interface Builtin {
  readonly verbs: LexiconModule<'speech-verb'>;
  readonly titles: LexiconModule<'title'>;
  readonly words: readonly LexiconModule<'word-class'>[];
  readonly irregular: Map<string, string[]>;
}
let builtin: Builtin | undefined;

function loadBuiltin(): Builtin {
  if (builtin) return builtin;
  // The scorer's irregular inflections (the core's inflection module), shared with attribution.
  const irregular = new Map<string, string[]>();
  for (const e of builtinInflections().entries as readonly InflectionEntry[]) irregular.set(e.term, [...e.forms]);
  builtin = {
    verbs: validateModule(jsonData(speechVerbData)) as LexiconModule<'speech-verb'>,
    titles: validateModule(jsonData(titleData)) as LexiconModule<'title'>,
    words: [timeData, sourceNounData, placeData].map((d) => validateModule(jsonData(d)) as LexiconModule<'word-class'>),
    irregular,
  };
  return builtin;
}

function checkKind(module: LexiconModule, kind: 'speech-verb' | 'title' | 'word-class', option: string): void {
  if (module.kind !== kind)
    throw new OptionsError(option, `${option} must hold "${kind}" modules, got kind "${module.kind}" (${module.id})`);
}

const cache = new Map<string, AttributionLexicons>();

/**
 * Compiles the built-in speech-verb, title and word-class modules plus the user's (validated here; later
 * modules win for the same term).
 * @example
 * ```ts
 * compileLexicons().verbs.get('said')?.[0]?.entry.term; // 'say'
 * ```
 */
export function compileLexicons(
  extraVerbs: readonly unknown[] = [],
  extraTitles: readonly unknown[] = [],
  extraWords: readonly unknown[] = [],
): AttributionLexicons {
  const key = extraVerbs.length + extraTitles.length + extraWords.length === 0 ? 'builtin' : '';
  const hit = key ? cache.get(key) : undefined;
  if (hit) return hit;
  const base = loadBuiltin();
  const verbModules = [base.verbs, ...extraVerbs.map((m) => validateModule(m))];
  const titleModules = [base.titles, ...extraTitles.map((m) => validateModule(m))];
  const wordModules = [...base.words, ...extraWords.map((m) => validateModule(m))];
  for (const m of verbModules) checkKind(m, 'speech-verb', 'speechVerbs');
  for (const m of titleModules) checkKind(m, 'title', 'titles');
  for (const m of wordModules) checkKind(m, 'word-class', 'wordClasses');

  const byTerm = new Map<string, CueWord>();
  for (const m of verbModules) {
    for (const entry of m.entries as readonly SpeechVerbEntry[]) {
      byTerm.set(entry.term.toLowerCase(), {
        entry,
        rest: entry.term.toLowerCase().split(' ').slice(1),
        source: `${m.id}@${m.version}`,
      });
    }
  }
  const verbs = new Map<string, CueWord[]>();
  for (const [term, cue] of byTerm) {
    const head = term.split(' ')[0] ?? term;
    for (const form of [head, ...regularForms(head), ...(base.irregular.get(head) ?? [])]) {
      const list = verbs.get(form) ?? [];
      list.push(cue);
      // Longest entries first, so "made clear" is tried before "make".
      list.sort((a, b) => b.rest.length - a.rest.length);
      verbs.set(form, list);
    }
  }
  const titles = new Map<string, TitleEntry>();
  // Terms are matched against wink's tokens, which split words at hyphens ("secretary - general").
  const tokens = (term: string): string[] => term.split('-').join(' - ').split(' ').filter(Boolean);
  const titleFirst = new Set<string>();
  const titleHeads = new Set<string>();
  const titleWords = new Set<string>();
  let titleLength = 1;
  for (const m of titleModules) {
    for (const entry of m.entries as readonly TitleEntry[]) {
      const words = tokens(entry.term.toLowerCase());
      const term = words.join(' ');
      titles.set(term, entry);
      titleFirst.add(words[0] ?? term);
      titleLength = Math.max(titleLength, words.length);
      for (const w of words) titleWords.add(w);
      if (entry.role !== 'modifier') titleHeads.add(words.at(-1) ?? term);
    }
  }
  const classes = new Map<string, ClassTerm[]>();
  const byClassTerm = new Map<string, [string, ClassTerm]>();
  for (const m of wordModules) {
    for (const entry of m.entries as readonly WordClassEntry[]) {
      const words = tokens(entry.term);
      const first = words[0] ?? entry.term;
      const exact = first.toLowerCase() === first ? null : first;
      byClassTerm.set(words.join(' ').toLowerCase(), [
        first.toLowerCase(),
        { cls: entry.class, rest: words.slice(1).map((w) => w.toLowerCase()), exact },
      ]);
    }
  }
  for (const [first, term] of byClassTerm.values()) {
    const list = classes.get(first) ?? [];
    list.push(term);
    list.sort((a, b) => b.rest.length - a.rest.length);
    classes.set(first, list);
  }
  const compiled: AttributionLexicons = { verbs, titles, titleFirst, titleLength, titleHeads, titleWords, classes };
  if (key) cache.set(key, compiled);
  return compiled;
}

/** Parts of speech no word-class term starts with (punctuation, pronouns, auxiliaries, conjunctions, numbers). */
const NO_CLASS: ReadonlySet<string> = new Set(['PUNCT', 'SYM', 'PRON', 'AUX', 'PART', 'CCONJ', 'NUM']);

/** The word classes, in the order of the codes `tokenClasses` writes. */
export const WORD_CLASSES: readonly WordClass[] = [
  'time',
  'organisation',
  'media',
  'document',
  'people',
  'country',
  'demonym',
];

/**
 * The class of each token as a word on its own (a one-word term), as an index into `WORD_CLASSES`, or -1:
 * one lookup per token, so that later steps read an array instead of the lexicon; and whether a token starts
 * a term of several words (`startsTerm`), the only tokens where the lexicon is looked up again. Tokens whose `skip` entry
 * is not -1 (those inside quotations: never a source or a time phrase around a cue) are left at -1.
 * @example
 * ```ts
 * WORD_CLASSES[tokenClasses(['on', 'saturday'], ['on', 'Saturday'], compileLexicons()).classOf[1] ?? -1]; // 'time'
 * ```
 */
export function tokenClasses(
  lower: readonly string[],
  value: readonly string[],
  lex: AttributionLexicons,
  skip?: Int32Array,
  pos?: readonly string[],
): { classOf: Int8Array; startsTerm: Uint8Array } {
  const classOf = new Int8Array(lower.length).fill(-1);
  const startsTerm = new Uint8Array(lower.length);
  for (let i = 0; i < lower.length; i += 1) {
    if ((skip?.[i] !== undefined && skip[i] !== -1) || NO_CLASS.has(pos?.[i] ?? '')) continue;
    const terms = lex.classes.get(lower[i] ?? '');
    if (!terms) continue;
    for (const t of terms) {
      if (t.rest.length > 0) startsTerm[i] = 1;
      else if (classOf[i] === -1 && (t.exact === null || value[i] === t.exact))
        classOf[i] = WORD_CLASSES.indexOf(t.cls);
    }
  }
  return { classOf, startsTerm };
}
