/**
 * The attribution lexicons (speech verbs and titles) compiled into lookup tables, once per set of modules.
 *
 * Speech verbs: `verbs` maps an inflected first word ("said", "denials", "made") to the entries that start
 * with it; a multi-word entry keeps its other words in `rest`, matched as written ("made clear", "according to").
 * Titles: `titles` holds each title as lower-case words joined by single spaces; `titleFirst` their first
 * words; `titleWords` is the longest title in words, to bound the lookup.
 */
import speechVerbData from '../../../lexicons/en/speech-verbs.json' with { type: 'json' };
import titleData from '../../../lexicons/en/titles.json' with { type: 'json' };
import { OptionsError } from '../../errors.js';
import { builtinInflections } from '../../lexicon/builtin.js';
import { regularForms } from '../../lexicon/inflect.js';
import { jsonData } from '../../lexicon/json-data.js';
import type { InflectionEntry, LexiconModule, SpeechVerbEntry, TitleEntry } from '../../lexicon/types.js';
import { validateModule } from '../../lexicon/validate-module.js';

/** A speech-verb entry ready for matching. */
export interface CueWord {
  readonly entry: SpeechVerbEntry;
  /** The words after the first, as written. */
  readonly rest: readonly string[];
  /** `id@version` of the module it came from. */
  readonly source: string;
}

/** Compiled lexicons of one extraction setup. */
export interface AttributionLexicons {
  readonly verbs: ReadonlyMap<string, readonly CueWord[]>;
  readonly titles: ReadonlyMap<string, TitleEntry>;
  /** First words of the titles, so most tokens are ruled out with one lookup. */
  readonly titleFirst: ReadonlySet<string>;
  readonly titleWords: number;
}

let builtin:
  | { verbs: LexiconModule<'speech-verb'>; titles: LexiconModule<'title'>; irregular: Map<string, string[]> }
  | undefined;

function loadBuiltin(): NonNullable<typeof builtin> {
  if (builtin) return builtin;
  // The scorer's irregular inflections (the core's inflection module), shared with attribution.
  const irregular = new Map<string, string[]>();
  for (const e of builtinInflections().entries as readonly InflectionEntry[]) irregular.set(e.term, [...e.forms]);
  builtin = {
    verbs: validateModule(jsonData(speechVerbData)) as LexiconModule<'speech-verb'>,
    titles: validateModule(jsonData(titleData)) as LexiconModule<'title'>,
    irregular,
  };
  return builtin;
}

function checkKind(module: LexiconModule, kind: 'speech-verb' | 'title', option: string): void {
  if (module.kind !== kind)
    throw new OptionsError(option, `${option} must hold "${kind}" modules, got kind "${module.kind}" (${module.id})`);
}

const cache = new Map<string, AttributionLexicons>();

/**
 * Compiles the built-in speech-verb and title modules plus the user's (validated here; later modules win
 * for the same term).
 * @example
 * ```ts
 * compileLexicons().verbs.get('said')?.[0]?.entry.term; // 'say'
 * ```
 */
export function compileLexicons(
  extraVerbs: readonly unknown[] = [],
  extraTitles: readonly unknown[] = [],
): AttributionLexicons {
  const key = extraVerbs.length === 0 && extraTitles.length === 0 ? 'builtin' : '';
  const hit = key ? cache.get(key) : undefined;
  if (hit) return hit;
  const base = loadBuiltin();
  const verbModules = [base.verbs, ...extraVerbs.map((m) => validateModule(m))];
  const titleModules = [base.titles, ...extraTitles.map((m) => validateModule(m))];
  for (const m of verbModules) checkKind(m, 'speech-verb', 'speechVerbs');
  for (const m of titleModules) checkKind(m, 'title', 'titles');

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
  const titleFirst = new Set<string>();
  let titleWords = 1;
  for (const m of titleModules) {
    for (const entry of m.entries as readonly TitleEntry[]) {
      const words = entry.term.toLowerCase();
      titles.set(words, entry);
      titleFirst.add(words.split(' ')[0] ?? words);
      titleWords = Math.max(titleWords, words.split(' ').length);
    }
  }
  const compiled: AttributionLexicons = { verbs, titles, titleFirst, titleWords };
  if (key) cache.set(key, compiled);
  return compiled;
}
