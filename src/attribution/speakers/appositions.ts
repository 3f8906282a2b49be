/**
 * Appositions that describe a named person: "Jen Psaki, the White House press secretary," and "the United
 * Nations secretary-general, António Guterres,". The description is recorded on the person's entity, so a
 * later "the press secretary said" resolves to her, and it marks the name as a person.
 */
import type { Context } from '../document/context.js';
import { wordClass } from '../document/word-classes.js';
import type { NameIndex } from './names.js';
import { phraseEnd, phraseStart, spanText } from './phrases.js';
import { titleStart } from './titles.js';

const OPENERS = new Set(['DET', 'ADJ', 'PRON', 'NOUN', 'PROPN', 'NUM']);

/** Does ", the <role>," after token `end` describe a person (its head a title or a noun for people)? */
function personApposition(ctx: Context, end: number): boolean {
  const { value, pos } = ctx.doc;
  if (value[end] !== ',' || pos[end + 1] !== 'DET') return false;
  const stop = phraseEnd(ctx, end + 1, ctx.doc.size);
  const head = stop - 1;
  if (value[stop] !== ',' || head <= end + 1) return false;
  return ctx.lex.titleHeads.has(ctx.doc.lower[head] ?? '') || wordClass(ctx, head) === 'people';
}
const POSSESSIVE = new Set(['’s', "'s"]);

/**
 * Finds the appositions around every name mention and records them as descriptions (one linear pass).
 * @example
 * ```ts
 * scanAppositions(ctx, names);
 * names.entities.get('psaki')?.heads.has('press secretary'); // true (from the apposition's token on)
 * ```
 */
export function scanAppositions(ctx: Context, names: NameIndex): void {
  const { value, pos, sentenceOf, sentences } = ctx.doc;
  for (const m of names.mentions) {
    if (m.possessive || ctx.quoteOf[m.first] !== -1) continue;
    // A one-word name is taken for an organisation until something says it is a person; an apposition naming a
    // person's role does ("Kovac, the foreign minister, said"). Organisations and places are left alone.
    if (m.entity.person === false && !(m.end - m.nameFirst <= 3 && personApposition(ctx, m.end))) continue;
    const sentence = sentences[sentenceOf[m.first] ?? 0];
    if (!sentence) continue;
    if (m.entity.person === false) m.entity.person = true;
    // After: "Name, a/the <description>," — the description ends before any prepositional phrase.
    if (value[m.end] === ',' && OPENERS.has(pos[m.end + 1] ?? '') && names.mentionAt[m.end + 1] === -1) {
      const end = phraseEnd(ctx, m.end + 1, sentence.end);
      const head = pos[end - 1];
      if (
        end > m.end + 1 &&
        (head === 'NOUN' || head === 'PROPN') &&
        (pos[m.end + 1] === 'DET' || pos[m.end + 1] === 'PRON')
      ) {
        names.entities.describe(m.entity, spanText(ctx, m.end + 1, end), m.first);
      }
    }
    // Before: "the <description>, Name," — a definite description right before the name.
    if (value[m.first - 1] === ',' && m.first - 2 >= sentence.first) {
      const last = m.first - 2;
      const start = phraseStart(ctx, last, sentence.first);
      if (start < last && pos[start] === 'DET' && pos[last] === 'NOUN') {
        names.entities.describe(m.entity, spanText(ctx, start, last + 1), start);
      } else if (ctx.lex.titleHeads.has(ctx.doc.lower[last] ?? '')) {
        // "Moravia’s Trade Minister, Jana Holub,": a title (and an affiliation) before the name.
        let titleFirst = titleStart(ctx, last, start);
        if (POSSESSIVE.has(ctx.doc.lower[titleFirst] ?? '')) titleFirst += 1;
        names.entities.title(m.entity, spanText(ctx, titleFirst, last + 1), ctx.lex.titleHeads, start);
        if (titleFirst > start) names.entities.affiliate(m.entity, spanText(ctx, start, titleFirst));
        m.entity.person = true;
      }
    }
  }
}
