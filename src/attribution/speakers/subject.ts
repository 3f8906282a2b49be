/**
 * Who a cue belongs to: the subject before the verb ("Mr. Lavrov said", "Jen Psaki, the White House press
 * secretary, said", "Iraq on Saturday appealed"), or after it when the verb comes first ("said Mr. Blinken,
 * who…", "said the Kremlin spokesman, Dmitry Peskov"). Adverbs, auxiliaries and time phrases between subject
 * and verb are skipped; a negated or passive verb ("did not say", "was told") has no speaker. The subject is
 * a whole noun phrase (source-phrase.ts).
 */
import { CLAUSE_PUNCT, type Context, QUOTE_MARKS } from '../document/context.js';
import { isTimeWord, timeBefore } from '../document/time.js';
import { wordClass } from '../document/word-classes.js';
import type { NameIndex } from './names.js';
import { phraseEnd, phraseStart } from './phrases.js';
import { growLeft, growRight } from './source-phrase.js';

/**
 * The words that name a cue's speaker: tokens `[first, end)`. `coreEnd` is where the head phrase ends,
 * before attachments and coordination ("Foreign Minister Ingrid Solberg" | "of Norway"); it equals `end`
 * when there are none. `mention` indexes the person mention of the head for `name`.
 */
export interface Subject {
  readonly first: number;
  readonly end: number;
  readonly kind: 'name' | 'pronoun' | 'description';
  readonly mention: number;
  readonly coreEnd: number;
  /** "Iraq and Egypt", "Defense and military officials": several speakers as one. */
  readonly coordinated: boolean;
}

/**
 * A subject of one phrase, without attachments.
 * @example
 * ```ts
 * simpleSubject(3, 5, 'description'); // { first: 3, end: 5, kind: 'description', mention: -1, coreEnd: 5, coordinated: false }
 * ```
 */
export function simpleSubject(first: number, end: number, kind: Subject['kind'], mention = -1): Subject {
  return { first, end, kind, mention, coreEnd: end, coordinated: false };
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
const RELATIVE = new Set(['who', 'that', 'which']);
/** Longest relative clause between a subject and its verb, in tokens. */
const MAX_RELATIVE = 24;
const NEGATORS = new Set(['not', 'n’t', "n't", 'never']);
/** "will ask", "could warn": a speech act to come, or one that might be, is not a statement. */
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'shall', '’ll', "'ll"]);
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be', '’s', "'s", 'get', 'got']);
/** "when asked", "if pressed": a verb right after these has no subject of its own. */
const SUBORDINATORS = new Set(['when', 'if', 'as', 'after', 'before', 'once', 'unless', 'while']);
const SKIP = new Set([
  'also',
  'then',
  'later',
  'again',
  'still',
  'once',
  'previously',
  'earlier',
  'repeatedly',
  'publicly',
  'privately',
  'here',
]);

/** A subject made of the mention covering token j, or of the noun phrase ending at j. */
function phraseAt(ctx: Context, names: NameIndex, j: number, floor: number): Subject | null {
  const { pos, lower } = ctx.doc;
  if (ctx.quoteOf[j] !== -1) return null;
  const m = names.mentionAt[j] ?? -1;
  const mention = names.mentions[m];
  if (mention && mention.entity.person !== false && mention.end === j + 1)
    return simpleSubject(mention.first, mention.end, 'name', m);
  if (pos[j] === 'PRON') return PERSONAL_PRONOUNS.has(lower[j] ?? '') ? simpleSubject(j, j + 1, 'pronoun') : null;
  // A source noun is a noun whatever wink says ("The Israeli military said").
  const source = wordClass(ctx, j);
  const noun = source === 'organisation' || source === 'media' || source === 'document';
  if (pos[j] === 'NOUN' || pos[j] === 'PROPN' || noun || (mention && (pos[j] !== 'VERB' || mention.end === j + 1))) {
    const start = mention && mention.first >= floor ? Math.min(mention.first, j) : j;
    return simpleSubject(phraseStart(ctx, start, floor), j + 1, 'description');
  }
  return null;
}

/**
 * The subject of the cue whose words are tokens `[cueFirst, cueEnd)`, looking left then right.
 * Returns `undefined` for a negated or passive cue (no statement at all), `null` when no subject is found.
 * @example
 * ```ts
 * findSubject(ctx, names, saidToken, saidToken + 1); // { first: 12, end: 14, kind: 'name', mention: 3, … }
 * ```
 */
export function findSubject(
  ctx: Context,
  names: NameIndex,
  cueFirst: number,
  cueEnd: number,
): Subject | null | undefined {
  const { doc } = ctx;
  const sentence = doc.sentences[doc.sentenceOf[cueFirst] ?? 0];
  if (!sentence) return null;
  const { lower, pos, value } = doc;
  const progressive = (lower[cueFirst] ?? '').endsWith('ing');
  let j = cueFirst - 1;
  while (j >= sentence.first) {
    if (pos[j] === 'ADV' || pos[j] === 'AUX' || pos[j] === 'PART' || SKIP.has(lower[j] ?? '')) {
      if (SUBORDINATORS.has(lower[j] ?? '')) return undefined;
      if (NEGATORS.has(lower[j] ?? '') || (BE.has(lower[j] ?? '') && !progressive) || lower[j] === 'to')
        return undefined;
      if (MODALS.has(lower[j] ?? '')) return undefined;
      j -= 1;
      continue;
    }
    // "Iraq on Saturday appealed", "The union late Thursday said": a time phrase is skipped.
    const t = timeBefore(ctx, j, sentence.first);
    if (t < 0) break;
    j = t - 1;
  }
  // "the United Nations Observer Mission in Angola (MONUA) said": the name is before the parenthesis.
  if (value[j] === ')') {
    for (let o = j - 1; o >= sentence.first && j - o < 10; o -= 1) {
      if (value[o] !== '(') continue;
      j = o - 1;
      break;
    }
  }
  const before = value[j] ?? '';
  if (before === ',' && j > sentence.first) {
    const left = apposition(ctx, names, j, sentence.first);
    return left ? refine(ctx, names, left, sentence.first) : rightSubject(ctx, names, cueEnd, sentence.end);
  }
  if (j < sentence.first || QUOTE_MARKS.has(before) || CLAUSE_PUNCT.has(before))
    return rightSubject(ctx, names, cueEnd, sentence.end);
  if (SUBORDINATORS.has(lower[j] ?? '')) return undefined;
  if (lower[j] === 'who' && value[j - 1] === ',') {
    const owner = phraseAt(ctx, names, j - 2, sentence.first);
    return owner ? refine(ctx, names, owner, sentence.first) : null;
  }
  const subject = phraseAt(ctx, names, j, sentence.first) ?? relativeOwner(ctx, names, j, sentence.first);
  // A participle right after its noun phrase ("a report by a local group alleging that"): that whole phrase.
  return subject ? refine(ctx, names, subject, sentence.first, progressive && j === cueFirst - 1) : null;
}

/**
 * "A senior official who asked not to be named told AFP": the verb before the cue ends a relative clause;
 * the subject is the noun the clause hangs on.
 */
function relativeOwner(ctx: Context, names: NameIndex, j: number, floor: number): Subject | null {
  const { lower, pos, value } = ctx.doc;
  // The clause ends with a word of its own ("named", "anonymity"), not with a conjunction ("… and hailed").
  if (pos[j] === 'CCONJ' || pos[j] === 'SCONJ' || pos[j] === 'PUNCT' || pos[j] === 'DET') return null;
  for (let k = j; k > floor && j - k < MAX_RELATIVE; k -= 1) {
    if (value[k] === ',' || ctx.quoteOf[k] !== -1) return null;
    if (RELATIVE.has(lower[k] ?? '') && (pos[k - 1] === 'NOUN' || pos[k - 1] === 'PROPN'))
      return phraseAt(ctx, names, k - 1, floor);
  }
  return null;
}

/**
 * The subject whose last token is j (a name, a pronoun or a whole noun phrase), or null.
 * @example
 * ```ts
 * subjectEndingAt(ctx, names, lastTokenOfName, sentence.first); // "X was quoted by IRNA as saying": X
 * ```
 */
export function subjectEndingAt(ctx: Context, names: NameIndex, j: number, floor: number): Subject | null {
  if (j < floor) return null;
  const subject = phraseAt(ctx, names, j, floor);
  return subject ? refine(ctx, names, subject, floor) : null;
}

/** A subject found next to the verb may be the last part of a longer phrase (source-phrase.ts, modifiedHead). */
function refine(ctx: Context, names: NameIndex, subject: Subject, floor: number, relaxed = false): Subject {
  if (subject.kind === 'pronoun') return subject;
  const grown = growLeft(ctx, names, subject.first, floor, relaxed);
  if (grown.first < subject.first) return withCore(names, grown.first, subject.end, grown.coreEnd, grown.coordinated);
  if (subject.kind === 'name') return subject;
  return modifiedHead(ctx, names, subject, floor) ?? subject;
}

/** A grown subject: its kind is its head phrase's (`[first, coreEnd)`). */
function withCore(names: NameIndex, first: number, end: number, coreEnd: number, coordinated: boolean): Subject {
  const m = names.mentionAt[coreEnd - 1] ?? -1;
  const mention = names.mentions[m];
  const named = mention !== undefined && mention.entity.person !== false && mention.end === coreEnd;
  return { first, end, kind: named ? 'name' : 'description', mention: named ? m : -1, coreEnd, coordinated };
}

/**
 * "A senior Western diplomat who has followed the talks said", "an official involved in the negotiations
 * said": the phrase before the verb is the object of a modifier; the subject is the noun the modifier hangs on.
 */
function modifiedHead(ctx: Context, names: NameIndex, found: Subject, floor: number): Subject | null {
  const { pos, lower } = ctx.doc;
  const before = pos[found.first - 1];
  if (before !== 'ADP' && before !== 'VERB' && before !== 'AUX') return null;
  for (let k = found.first - 1; k > floor && found.first - k < MAX_RELATIVE; k -= 1) {
    if (ctx.doc.value[k] === ',' || ctx.quoteOf[k] !== -1) return null;
    const head = pos[k - 1];
    const modifier =
      lower[k] === 'who' ||
      lower[k] === 'that' ||
      ((pos[k] === 'VERB' || pos[k] === 'ADJ') && /(ed|ing)$/.test(lower[k] ?? ''));
    // A time word is not a noun a modifier hangs on ("the ministry on Friday dismissed …").
    if (modifier && (head === 'NOUN' || head === 'PROPN') && !isTimeWord(ctx, k - 1)) {
      const owner = phraseAt(ctx, names, k - 1, floor);
      return owner ? refine(ctx, names, owner, floor) : null;
    }
  }
  return null;
}

/** "X, the press secretary, said" / "the secretary-general, António Guterres, said": j is the comma before the verb. */
function apposition(ctx: Context, names: NameIndex, j: number, floor: number): Subject | null {
  const { value, pos, lower } = ctx.doc;
  let k = j - 1;
  let verb = false;
  while (k >= floor && value[k] !== ',' && j - k < 32) {
    // A verb used as a modifier ("a televised address", "the shipping group") does not make a clause.
    // (Tokens of a name never count: wink tags "won" in "Park Ji-won" as a verb.)
    if (
      ((pos[k] === 'VERB' && pos[k + 1] !== 'NOUN' && !nominal(ctx, k)) || pos[k] === 'AUX') &&
      names.mentionAt[k] === -1
    )
      verb = true;
    // "a Democrat from Ohio who has led …": the verbs belong to a relative clause inside the description.
    if (RELATIVE.has(lower[k] ?? '') && (pos[k - 1] === 'NOUN' || pos[k - 1] === 'PROPN')) verb = false;
    k -= 1;
  }
  if (k < floor || value[k] !== ',') return null;
  // "Sen. James Thornbury (R-S.C.), a longtime advocate …,": the name is before the parenthesis.
  const named = (last: number): number => {
    if (value[last] !== ')') return last;
    for (let o = last - 1; o >= floor && last - o < 10; o -= 1) if (value[o] === '(') return o - 1;
    return last;
  };
  // A clause between the commas is only skipped when it is a relative or participle clause ("…, who spoke on
  // condition …,", "…, speaking separately in Minsk,").
  const opener = ctx.doc.lower[k + 1] ?? '';
  const relative =
    opener === 'who' ||
    opener === 'which' ||
    opener === 'whose' ||
    pos[k + 1] === 'ADP' ||
    (pos[k + 1] === 'VERB' && /(ing|ed)$/.test(opener));
  if (verb && !relative) return null;
  if (relative) return phraseAt(ctx, names, named(k - 1), floor);
  // "the majority leader, Representative Frank Dunleavy of Indiana, said": the name between the commas.
  const found = phraseAt(ctx, names, j - 1, k + 1);
  const inner = found ? refine(ctx, names, found, k + 1) : null;
  if (inner?.kind === 'name' && inner.first === k + 1) return inner;
  return phraseAt(ctx, names, named(k - 1), floor);
}

/** A word wink tags as a verb that heads a noun phrase ("a Norway-based monitor", "the group's spokesman"). */
function nominal(ctx: Context, k: number): boolean {
  const before = ctx.doc.pos[k - 1];
  if (before === 'DET' || before === 'ADJ' || (ctx.doc.lower[k - 1] ?? '').endsWith('based')) return true;
  // The participle of a hyphenated modifier ("Norway-based", "state-owned").
  if (ctx.doc.value[k - 1] === '-' && ctx.doc.end[k - 1] === ctx.doc.start[k]) return true;
  // A participle after a noun, before a prepositional phrase ("a publisher jailed since 2022").
  const after = ctx.doc.pos[k + 1];
  if (before === 'NOUN' && (ctx.doc.lower[k] ?? '').endsWith('ed') && (after === 'ADP' || after === 'SCONJ'))
    return true;
  const cls = wordClass(ctx, k);
  return cls === 'organisation' || cls === 'media' || cls === 'document';
}

/** The subject after an inverted cue: a pronoun, a name, or a description with an optional name in apposition. */
function rightSubject(ctx: Context, names: NameIndex, k: number, ceiling: number): Subject | null {
  const { lower, pos, value } = ctx.doc;
  if (k >= ceiling || ctx.quoteOf[k] !== -1) return null;
  if (pos[k] === 'PRON') return PERSONAL_PRONOUNS.has(lower[k] ?? '') ? simpleSubject(k, k + 1, 'pronoun') : null;
  if (timeBefore(ctx, k, k) === k) return null;
  const m = names.mentionAt[k] ?? -1;
  const mention = names.mentions[m];
  if (mention && mention.first === k && mention.entity.person !== false) {
    const grown = growRight(ctx, names, mention.end, ceiling);
    return grown.end > mention.end
      ? {
          ...simpleSubject(k, grown.end, grown.coordinated ? 'description' : 'name', m),
          coreEnd: mention.end,
          coordinated: grown.coordinated,
        }
      : simpleSubject(k, mention.end, 'name', m);
  }
  const end = Math.max(phraseEnd(ctx, k, ceiling), mention && mention.first === k ? mention.end : k);
  if (end === k || !(pos[end - 1] === 'NOUN' || pos[end - 1] === 'PROPN')) return null;
  // "said the company was …": a phrase followed by its own verb is the start of the content, not the subject.
  if (pos[end] === 'VERB' || pos[end] === 'AUX') return null;
  if (value[end] === ',') {
    const n = names.mentionAt[end + 1] ?? -1;
    const named = names.mentions[n];
    if (named && named.first === end + 1 && named.entity.person !== false)
      return simpleSubject(named.first, named.end, 'name', n);
  }
  const grown = growRight(ctx, names, end, ceiling);
  return { ...simpleSubject(k, grown.end, 'description'), coreEnd: end, coordinated: grown.coordinated };
}
