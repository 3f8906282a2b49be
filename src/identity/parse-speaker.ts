/**
 * Reading a speaker string as a person or an organisation with a title and an affiliation, from the titles
 * lexicon and capitalisation alone: "Russian Foreign Minister Sergei Lavrov", "Belmark's Foreign Ministry",
 * "Irena Kovac, Ardenia's foreign minister", "a senior Belmark official". Users bring CSVs whose speaker
 * column holds such strings; detente's own statements carry them when the text gave no cleaner form.
 */
import { builtinTitles, type TitleIndex, titleAt } from './titles.js';
import {
  AFFILIATION_PREPOSITIONS,
  DEFINITE,
  INDEFINITE,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ORGANISATION_HEADS,
  TITLE_MODIFIERS,
  TRAILING_PREPOSITIONS,
} from './vocabulary.js';
import { fold, startsUpper, trimPunctuation, withoutPossessive, words } from './words.js';

/**
 * What a speaker string says, read without context. `kind`: `person` (a name after an office title or an
 * honorific, or with a title in apposition), `organisation` (a capitalised name ending in an organisation
 * word: "Foreign Ministry", "Kremlin"), `description` ("the minister", "a senior Belmark official"), or `name`
 * (a capitalised name that could be either: "Irena Kovac", "Belpress"; the corpus decides).
 * @example
 * ```ts
 * import { parseSpeaker, type ParsedSpeaker } from 'detente';
 * const p: ParsedSpeaker = parseSpeaker('Russian Foreign Minister Sergei Lavrov');
 * // { text: 'Russian Foreign Minister Sergei Lavrov', kind: 'person', name: 'Sergei Lavrov',
 * //   nameWords: ['Sergei', 'Lavrov'], title: 'Foreign Minister', affiliation: 'Russian' }
 * ```
 */
export interface ParsedSpeaker {
  /** The input with its white space made single. */
  readonly text: string;
  readonly kind: 'person' | 'organisation' | 'description' | 'name';
  /** The name without title or leading article ("Belmark Foreign Ministry" for "Belmark's Foreign Ministry"); a description as written. */
  readonly name: string;
  /** The name proper as written: a person's names; an organisation's words after an explicit affiliation. */
  readonly nameWords: readonly string[];
  /** An office title or role as written ("Foreign Minister", "government spokesman"), or null. */
  readonly title: string | null;
  /** A country or organisation the string ties the speaker to, as written ("Russian", "Belmark"), or null. */
  readonly affiliation: string | null;
}

interface Phrase {
  kind: ParsedSpeaker['kind'];
  nameWords: string[];
  title: string | null;
  affiliation: string | null;
  /** Started with "a"/"an"; "the" before an organisation is dropped from its name. */
  indefinite: boolean;
  definite: boolean;
}

/**
 * Reads a speaker string: title, affiliation and name, and whether it names a person, an organisation or a
 * description. Total: any string gives a result (an empty one gives an empty description).
 * @example
 * ```ts
 * parseSpeaker("Belmark's Foreign Ministry");
 * // { kind: 'organisation', name: 'Belmark Foreign Ministry', nameWords: ['Foreign', 'Ministry'],
 * //   title: null, affiliation: 'Belmark', … }
 * parseSpeaker('Irena Kovac, Ardenia’s foreign minister').title; // 'foreign minister'
 * parseSpeaker('a senior Belmark official').kind;                // 'description'
 * ```
 */
export function parseSpeaker(speaker: string, titles: TitleIndex = builtinTitles()): ParsedSpeaker {
  const text = words(speaker).join(' ');
  // An apposition ("Irena Kovac, Ardenia's foreign minister"; "Ardenia's president, Teodor Varga"): the part
  // holding a name is the speaker, the other lends its title and affiliation.
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .slice(0, 2)
    .map((part) => readPhrase(part.split(' '), titles));
  const named = parts.findIndex((p) => p.kind !== 'description');
  const main = parts[named === -1 ? 0 : named];
  if (main === undefined) return { text, kind: 'description', name: '', nameWords: [], title: null, affiliation: null };
  const other = parts.length > 1 ? parts[named === 1 ? 0 : 1] : undefined;
  let { kind, title, affiliation } = main;
  if (other !== undefined && other.kind === 'description' && main.kind !== 'description') {
    title ??= other.title;
    affiliation ??= other.affiliation;
    // A name with a title in apposition is a person ("Irena Kovac, Ardenia's foreign minister"), unless the
    // name itself ends in an organisation word.
    if (kind === 'name' && other.title !== null) kind = 'person';
  }
  return { text, kind, name: displayName(main, text), nameWords: main.nameWords, title, affiliation };
}

function displayName(p: Phrase, text: string): string {
  if (p.kind === 'description') return text;
  // An organisation named by its kind keeps the affiliation it was written with, made plain: "Belmark's Foreign
  // Ministry" → "Belmark Foreign Ministry" (but "Belmark's state news agency Belpress" is "Belpress"); a
  // person's name is their names alone.
  if (p.kind === 'organisation' && p.affiliation !== null && ORGANISATION_HEADS.has(fold(p.nameWords.at(-1) ?? '')))
    return `${p.affiliation} ${p.nameWords.join(' ')}`;
  return p.nameWords.join(' ');
}

/** One comma-free phrase, as words. */
function readPhrase(raw: readonly string[], titles: TitleIndex): Phrase {
  const words = raw.map(trimPunctuation).filter((w) => w !== '');
  const phrase: Phrase = {
    kind: 'description',
    nameWords: [],
    title: null,
    affiliation: null,
    indefinite: false,
    definite: false,
  };
  let start = 0;
  const first = fold(words[0] ?? '');
  if (DEFINITE.has(first)) {
    phrase.definite = true;
    start = 1;
  } else if (INDEFINITE.has(first)) {
    phrase.indefinite = true;
    start = 1;
  }
  // A trailing phrase ("of Russia", "for the Selva Basin") starts at the first such preposition, written lower
  // case, that is not inside a title ("Secretary of State").
  const folded = words.map(fold);
  let end = words.length;
  for (let k = start, titleEnd = 0; k < words.length; k++) {
    const title = titleAt(folded, k, titles);
    if (title !== null) titleEnd = Math.max(titleEnd, k + title[0]);
    if (k > start && k >= titleEnd && TRAILING_PREPOSITIONS.has(words[k] as string)) {
      end = k;
      break;
    }
  }
  let head = words.slice(start, end);
  const tail = words.slice(end);
  // A capitalised possessive names the affiliation: "Belmark's Foreign Ministry", "Ardenia's top diplomat".
  for (let k = head.length - 1; k >= 0; k--) {
    const owner = withoutPossessive(head[k] as string);
    if (owner === null || !startsUpper(head[k] as string)) continue;
    phrase.affiliation = [...head.slice(0, k), owner].join(' ');
    head = head.slice(k + 1);
    break;
  }
  readHead(head, titles, phrase);
  readTail(tail, head, phrase);
  if (phrase.indefinite && phrase.kind !== 'organisation') phrase.kind = 'description';
  return phrase;
}

/** Title, name and kind from the words before any trailing phrase. */
function readHead(head: readonly string[], titles: TitleIndex, phrase: Phrase): void {
  const folded = head.map(fold);
  for (let j = 0; j < head.length; j++) {
    const found = titleAt(folded, j, titles);
    if (found === null) continue;
    const [span, role] = found;
    const after = head.slice(j + span);
    // Before the title: capitalised words are an affiliation ("Ardenian", "U.N.", "White House"); the lower
    // case and organisation words next to it qualify the title ("government spokesman", "top diplomat").
    let split = j;
    while (split > 0 && qualifiesTitle(head[split - 1] as string)) split--;
    if (split > 0) phrase.affiliation ??= head.slice(0, split).join(' ');
    if (role === 'office') phrase.title = head.slice(split, j + span).join(' ');
    const name = nameRun(after);
    if (name.length > 0) {
      phrase.nameWords = name;
      phrase.kind = ORGANISATION_HEADS.has(fold(name.at(-1) as string)) ? 'organisation' : 'person';
    } else if (role === 'office') {
      phrase.kind = 'description';
    } else {
      phrase.kind = 'name';
    }
    return;
  }
  const lead = head.findIndex((w) => startsUpper(w));
  if (lead === -1) return; // all lower case: a description ("the minister", "analysts")
  const name = nameRun(head.slice(lead));
  const allNamed = lead === 0 && name.length === head.length;
  if (!allNamed && lead + name.length !== head.length) {
    // Capitals inside lower-case words: a description with an affiliation ("senior Belmark official").
    phrase.affiliation ??= name.join(' ');
    return;
  }
  phrase.nameWords = name;
  const descriptor = head.slice(0, lead);
  if (descriptor.length > 0) phrase.title = descriptor.join(' '); // "state news agency Belpress"
  const orgWord =
    ORGANISATION_HEADS.has(fold(name.at(-1) as string)) || descriptor.some((w) => ORGANISATION_HEADS.has(fold(w)));
  phrase.kind = orgWord ? 'organisation' : 'name';
}

/** A word before a title that belongs to it: lower case, an organisation word, or a modifier ("Deputy"). */
function qualifiesTitle(word: string): boolean {
  const f = fold(word);
  return !startsUpper(word) || ORGANISATION_HEADS.has(f) || TITLE_MODIFIERS.has(f);
}

/** "of Russia", "at the Caldwell Institute …": an affiliation; "for the Selva Basin": more of the title. */
function readTail(tail: readonly string[], head: readonly string[], phrase: Phrase): void {
  if (tail.length === 0) return;
  const preposition = tail[0] as string;
  // "Ministry of Foreign Affairs": the trailing phrase belongs to the organisation's name.
  if (phrase.kind === 'organisation' && preposition === 'of' && ORGANISATION_HEADS.has(fold(head.at(-1) ?? ''))) {
    phrase.nameWords = [...phrase.nameWords, ...tail];
    return;
  }
  if (AFFILIATION_PREPOSITIONS.has(preposition)) {
    const rest = tail.slice(1);
    const from = DEFINITE.has(fold(rest[0] ?? '')) ? 1 : 0;
    const place = nameRun(rest.slice(from));
    if (place.length > 0) {
      phrase.affiliation ??= place.join(' ');
      return;
    }
  }
  if (phrase.title !== null) phrase.title = `${phrase.title} ${tail.join(' ')}`;
}

/** The run of capitalised words (and name particles, initials, suffixes) at the start of `words`. */
function nameRun(words: readonly string[]): string[] {
  const run: string[] = [];
  for (const w of words) {
    const f = fold(w);
    if (startsUpper(w) || (run.length > 0 && (NAME_SUFFIXES.has(f) || isParticle(w)))) run.push(w);
    else break;
  }
  // Particles belong to a surname that follows them ("von der Leyen"), not at the end.
  while (run.length > 0 && isParticle(run.at(-1) as string)) run.pop();
  return run;
}

function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}
