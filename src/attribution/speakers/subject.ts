/**
 * Who a cue belongs to: the subject before the verb ("Mr. Lavrov said", "Jen Psaki, the White House press
 * secretary, said"), or after it when the verb comes first ("said Mr. Blinken, who…", "said the Kremlin
 * spokesman, Dmitry Peskov"). Adverbs and auxiliaries between subject and verb are skipped; a negated or
 * passive verb ("did not say", "was told") has no speaker.
 */
import { CLAUSE_PUNCT, type Context, QUOTE_MARKS } from '../document/context.js';
import type { NameIndex } from './names.js';
import { phraseEnd, phraseStart } from './phrases.js';

/** The words that name a cue's speaker: tokens `[first, end)`. */
export interface Subject {
  readonly first: number;
  readonly end: number;
  readonly kind: 'name' | 'pronoun' | 'description';
  /** Index into the name index's mentions, for `name`. */
  readonly mention: number;
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
const NEGATORS = new Set(['not', 'n’t', "n't", 'never']);
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
]);

/** A subject made of the mention covering token j, or of the noun phrase ending at j. */
function phraseAt(ctx: Context, names: NameIndex, j: number, floor: number): Subject | null {
  const { pos, lower } = ctx.doc;
  if (ctx.quoteOf[j] !== -1) return null;
  const m = names.mentionAt[j] ?? -1;
  const mention = names.mentions[m];
  if (mention && mention.entity.person !== false)
    return { first: mention.first, end: mention.end, kind: 'name', mention: m };
  if (pos[j] === 'PRON')
    return PERSONAL_PRONOUNS.has(lower[j] ?? '') ? { first: j, end: j + 1, kind: 'pronoun', mention: -1 } : null;
  if (pos[j] === 'NOUN' || pos[j] === 'PROPN' || (mention && pos[j] !== 'VERB')) {
    return { first: phraseStart(ctx, j, floor), end: j + 1, kind: 'description', mention: -1 };
  }
  return null;
}

/**
 * The subject of the cue whose words are tokens `[cueFirst, cueEnd)`, looking left then right.
 * Returns `undefined` for a negated or passive cue (no statement at all), `null` when no subject is found.
 * @example
 * ```ts
 * findSubject(ctx, names, saidToken, saidToken + 1); // { first: 12, end: 14, kind: 'name', mention: 3 }
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
  while (
    j >= sentence.first &&
    (pos[j] === 'ADV' || pos[j] === 'AUX' || pos[j] === 'PART' || SKIP.has(lower[j] ?? ''))
  ) {
    if (SUBORDINATORS.has(lower[j] ?? '')) return undefined;
    if (NEGATORS.has(lower[j] ?? '') || (BE.has(lower[j] ?? '') && !progressive) || lower[j] === 'to') return undefined;
    j -= 1;
  }
  const before = value[j] ?? '';
  if (before === ',' && j > sentence.first) {
    const left = apposition(ctx, names, j, sentence.first);
    return left ? refine(ctx, names, left, sentence.first) : rightSubject(ctx, names, cueEnd, sentence.end);
  }
  if (j < sentence.first || QUOTE_MARKS.has(before) || CLAUSE_PUNCT.has(before))
    return rightSubject(ctx, names, cueEnd, sentence.end);
  if (SUBORDINATORS.has(lower[j] ?? '')) return undefined;
  if (lower[j] === 'who' && value[j - 1] === ',') return phraseAt(ctx, names, j - 2, sentence.first);
  const subject = phraseAt(ctx, names, j, sentence.first);
  return subject ? refine(ctx, names, subject, sentence.first) : null;
}

/** A description found before the verb may be the tail of a longer subject (see modifiedHead, withHead). */
function refine(ctx: Context, names: NameIndex, subject: Subject, floor: number): Subject {
  if (subject.kind !== 'description') return subject;
  return modifiedHead(ctx, names, subject, floor) ?? withHead(ctx, subject, floor);
}

const HEAD_PREPOSITIONS = new Set(['for', 'of', 'in', 'at', 'from', 'with']);

/** "A spokesman for Maersk", "a Western diplomat in Nairobi": the phrase found is the object of its head's preposition. */
function withHead(ctx: Context, found: Subject, floor: number): Subject {
  const p = found.first - 1;
  if (!HEAD_PREPOSITIONS.has(ctx.doc.lower[p] ?? '') || ctx.doc.pos[p - 1] !== 'NOUN') return found;
  return { ...found, first: phraseStart(ctx, p - 1, floor) };
}

/**
 * "A senior Western diplomat who has followed the talks said", "an official involved in the negotiations
 * said": the phrase before the verb is the object of a modifier; the subject is the noun the modifier hangs on.
 */
function modifiedHead(ctx: Context, names: NameIndex, found: Subject, floor: number): Subject | null {
  const { pos, lower } = ctx.doc;
  const before = pos[found.first - 1];
  if (before !== 'ADP' && before !== 'VERB' && before !== 'AUX') return null;
  // "Foreign Minister Ingrid M. Solberg of Norway said": the person before the prepositional phrase.
  const owner = names.mentions[names.mentionAt[found.first - 2] ?? -1];
  if (before === 'ADP' && owner && owner.entity.person !== false) {
    return { first: owner.first, end: owner.end, kind: 'name', mention: names.mentionAt[found.first - 2] ?? -1 };
  }
  for (let k = found.first - 1; k > floor && found.first - k < 12; k -= 1) {
    if (ctx.doc.value[k] === ',' || ctx.quoteOf[k] !== -1) return null;
    const head = pos[k - 1];
    const modifier =
      lower[k] === 'who' ||
      lower[k] === 'that' ||
      ((pos[k] === 'VERB' || pos[k] === 'ADJ') && /(ed|ing)$/.test(lower[k] ?? ''));
    if (modifier && (head === 'NOUN' || head === 'PROPN')) return phraseAt(ctx, names, k - 1, floor);
  }
  return null;
}

/** "X, the press secretary, said" / "the secretary-general, António Guterres, said": j is the comma before the verb. */
function apposition(ctx: Context, names: NameIndex, j: number, floor: number): Subject | null {
  const { value, pos } = ctx.doc;
  let k = j - 1;
  let verb = false;
  while (k >= floor && value[k] !== ',' && j - k < 24) {
    // A verb used as a modifier ("a televised address", "the shipping group") does not make a clause.
    // (Tokens of a name never count: wink tags "won" in "Park Ji-won" as a verb.)
    if (((pos[k] === 'VERB' && pos[k + 1] !== 'NOUN') || pos[k] === 'AUX') && names.mentionAt[k] === -1) verb = true;
    k -= 1;
  }
  if (k < floor || value[k] !== ',') return null;
  // A clause between the commas is only skipped when it is a relative or participle clause ("…, who spoke on
  // condition …,", "…, speaking separately in Minsk,").
  const opener = ctx.doc.lower[k + 1] ?? '';
  const relative =
    opener === 'who' ||
    opener === 'which' ||
    pos[k + 1] === 'ADP' ||
    (pos[k + 1] === 'VERB' && /(ing|ed)$/.test(opener));
  if (verb && !relative) return null;
  if (relative) return phraseAt(ctx, names, k - 1, floor);
  const inner = phraseAt(ctx, names, j - 1, k + 1);
  if (inner?.kind === 'name' && inner.first === k + 1) return inner;
  return phraseAt(ctx, names, k - 1, floor);
}

/** The subject after an inverted cue: a pronoun, a name, or a description with an optional name in apposition. */
function rightSubject(ctx: Context, names: NameIndex, k: number, ceiling: number): Subject | null {
  const { lower, pos, value } = ctx.doc;
  if (k >= ceiling || ctx.quoteOf[k] !== -1) return null;
  if (pos[k] === 'PRON')
    return PERSONAL_PRONOUNS.has(lower[k] ?? '') ? { first: k, end: k + 1, kind: 'pronoun', mention: -1 } : null;
  const m = names.mentionAt[k] ?? -1;
  const mention = names.mentions[m];
  if (mention && mention.first === k && mention.entity.person !== false)
    return { first: k, end: mention.end, kind: 'name', mention: m };
  const end = phraseEnd(ctx, k, ceiling);
  if (end === k || !(pos[end - 1] === 'NOUN' || pos[end - 1] === 'PROPN')) return null;
  // "said the company was …": a phrase followed by its own verb is the start of the content, not the subject.
  if (pos[end] === 'VERB' || pos[end] === 'AUX') return null;
  if (value[end] === ',') {
    const n = names.mentionAt[end + 1] ?? -1;
    const named = names.mentions[n];
    if (named && named.first === end + 1 && named.entity.person !== false)
      return { first: named.first, end: named.end, kind: 'name', mention: n };
  }
  return { first: k, end, kind: 'description', mention: -1 };
}
