/**
 * The words of a name, from capitalisation and parts of speech (the lite model has no person entities):
 * capitalised words, initials ("V."), particles inside a name ("de", "van der", "bin"), and hyphenated parts
 * ("Asante-Boateng", "al-Shabab", "Park Ji-won"), which wink splits at the hyphen.
 */
import { HYPHENATED_PARTICLES, NAME_PARTICLES } from '../../text/name-particles.js';
import type { Context } from '../document/context.js';

const UPPER = /^\p{Lu}/u;
/**
 * Upper-case first letter; ASCII is decided without a regular expression (this runs on every token).
 * @example
 * ```ts
 * startsUpper('Lavrov'); // true
 * ```
 */
export function startsUpper(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(v);
}

/** Lower-case words that sit inside a name, spaced or hyphenated ("Pieter de Vries", "al-Harthy", "as-Sayed"). */
export const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...HYPHENATED_PARTICLES]);

/**
 * Tokens a and b touch (no space between them).
 * @example
 * ```ts
 * glued(ctx, i, i + 1); // true for "Ji" and "-" in "Ji-won"
 * ```
 */
export function glued(ctx: Context, a: number, b: number): boolean {
  return a >= 0 && b < ctx.doc.size && ctx.doc.end[a] === ctx.doc.start[b];
}

/** Tokens after which a capitalised word may just start a clause (so its capital says nothing). */
const OPENERS = new Set([':', '“', '"', '‘', '«', '„', '—', '–', '(', '-']);
/** Parts of speech a capitalised word in mid-sentence is taken as a name word in, whatever wink says. */
const MISTAGGED = new Set(['VERB', 'ADV', 'AUX', 'NUM', 'SCONJ', 'ADP']);

/**
 * Is token i a capitalised word that can be part of a name ("Sergey", "V.", "Lavrov")? In mid-sentence a
 * capitalised word is a name word even when wink tags it as a verb, an adverb or a number ("Said bin Hamad",
 * "the Red Cross", "the Group of Seven"): the lite model often tags capitalised words so.
 * @example
 * ```ts
 * nameWord(ctx, i); // true at "Lavrov"
 * ```
 */
export function nameWord(ctx: Context, i: number): boolean {
  const { value, pos } = ctx.doc;
  const v = value[i] ?? '';
  if (!startsUpper(v) || v.includes('-')) return false;
  const p = pos[i] ?? '';
  if (p === 'PROPN' || p === 'NOUN' || p === 'ADJ' || p === 'X' || /^\p{Lu}\.$/u.test(v)) return true;
  if (!MISTAGGED.has(p) || v === 'I') return false;
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[i] ?? 0];
  if (!sentence || i === sentence.first || OPENERS.has(value[i - 1] ?? '')) return false;
  return ctx.quoteOf[i] === ctx.quoteOf[i - 1];
}

/**
 * The end of a hyphenated part joined to the name word that ends at `end - 1`, or `end` when none: "Asante" +
 * "-Boateng", "Ji" + "-won". Not when the compound modifies a noun ("the Blinken-Lavrov meeting") or runs on
 * into a lower-case compound ("al-Qaeda-linked").
 * @example
 * ```ts
 * hyphenPart(ctx, end); // end + 2 after "Asante" in "Kwame Asante-Boateng said"
 * ```
 */
export function hyphenPart(ctx: Context, end: number): number {
  const { value, pos } = ctx.doc;
  if (value[end] !== '-' || !glued(ctx, end - 1, end) || !glued(ctx, end, end + 1)) return end;
  const after = value[end + 1] ?? '';
  if (!/^\p{L}+$/u.test(after)) return end;
  // After a particle ("Al-Shabaab", "El-Sisi") the parts always belong together.
  if (PARTICLES.has((value[end - 1] ?? '').toLowerCase()) && startsUpper(after)) return end + 2;
  // A lower-case part ("Ji-won") unless it makes a compound adjective ("al-Qaeda-linked", "Britain-based").
  if (/^\p{Ll}/u.test(after)) return /(ed|ing)$/.test(after) ? end : end + 2;
  // A capitalised part: joined unless the compound is a modifier of the noun after it.
  if (value[end + 2] === '-' && /^\p{Ll}/u.test(value[end + 3] ?? '')) return end;
  // ("Agence France-Presse reports": wink tags the verb after the name as a noun.)
  if (pos[end + 2] === 'NOUN' && !startsUpper(value[end + 2] ?? '') && !ctx.lex.verbs.has(ctx.doc.lower[end + 2] ?? ''))
    return end;
  return end + 2;
}

/**
 * A lower-case particle glued by a hyphen to a capitalised word ("al-Shabab", "el-Sisi"): a name can start
 * with it. Returns the token after the capitalised part, or -1.
 * @example
 * ```ts
 * particleStart(ctx, i); // i + 3 at "al" in "al-Shabab said"
 * ```
 */
export function particleStart(ctx: Context, i: number): number {
  const { value, lower } = ctx.doc;
  if (value[i + 1] !== '-' || !PARTICLES.has(lower[i] ?? '')) return -1;
  if (!glued(ctx, i, i + 1) || !glued(ctx, i + 1, i + 2) || !startsUpper(value[i + 2] ?? '')) return -1;
  return i + 3;
}

/**
 * A capitalised word tagged as a noun starts a name when a capitalised proper noun follows ("Park Ji-won",
 * "Jen Psaki" at a sentence start), unless either is a title ("Trade Minister Kenji Sato").
 * @example
 * ```ts
 * nounNameStart(ctx, i); // true at "Jen" in "Jen Psaki said"
 * ```
 */
export function nounNameStart(ctx: Context, i: number): boolean {
  const { pos, value, lower } = ctx.doc;
  return (
    pos[i] === 'NOUN' &&
    startsUpper(value[i + 1] ?? '') &&
    pos[i + 1] === 'PROPN' &&
    !ctx.lex.titleFirst.has(lower[i] ?? '') &&
    !ctx.lex.titleFirst.has(lower[i + 1] ?? '')
  );
}

/**
 * The end of the run of name words starting at token i, in its sentence: name words, hyphenated parts and
 * particles followed by a name word ("Ursula von der Leyen", "Said bin Hamad al-Harthy").
 * @example
 * ```ts
 * runEnd(ctx, i); // one past "Lavrov" in "Sergey V. Lavrov said"
 * ```
 */
export function runEnd(ctx: Context, i: number): number {
  const { doc } = ctx;
  const sentence = doc.sentenceOf[i];
  let end = particleStart(ctx, i);
  if (end < 0) end = i + 1;
  grow: for (;;) {
    const joined = hyphenPart(ctx, end);
    if (joined > end) {
      end = joined;
      continue;
    }
    let next = end;
    while (PARTICLES.has(doc.value[next] ?? '') && next - end < 2) {
      const glue = particleStart(ctx, next);
      if (glue > 0 && doc.sentenceOf[next] === sentence) {
        end = glue;
        continue grow;
      }
      next += 1;
    }
    if (next >= doc.size || !nameWord(ctx, next) || doc.sentenceOf[next] !== sentence) break;
    end = next + 1;
  }
  return end;
}
