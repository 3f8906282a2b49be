/**
 * Pronoun resolution by salience. Every person mention outside quotations is an event weighted by its role
 * (subject 2, other 1, possessive 0.5); an entity's salience at a pronoun is the sum of its earlier events,
 * halved for each sentence back (up to four). "he"/"she" take the most salient person whose gender (from a
 * title) agrees; a person of unknown gender counts at a discount. Confidence falls as the runner-up nears.
 */
import type { Context } from '../document/context.js';
import type { Entity } from './entities.js';
import type { NameIndex } from './names.js';

interface SalienceEvent {
  readonly entity: Entity;
  readonly token: number;
  readonly sentence: number;
  readonly weight: number;
}

/** A pronoun's referent with the confidence of the choice. */
export interface Referent {
  readonly entity: Entity;
  readonly confidence: number;
}

const GENDER: Record<string, 'male' | 'female'> = {
  he: 'male',
  him: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
};
const LOOKBACK = 4;
const UNKNOWN_GENDER = 0.6;

/**
 * Salience over one document's person mentions, built once per document.
 * @example
 * ```ts
 * const salience = new Salience(ctx, names);
 * salience.resolve('he', pronounToken, sentenceIndex)?.entity.name; // 'Antony J. Blinken'
 * ```
 */
export class Salience {
  readonly #events: SalienceEvent[] = [];

  constructor(ctx: Context, names: NameIndex) {
    const { pos, value } = ctx.doc;
    for (const m of names.mentions) {
      if (m.entity.person === false || ctx.quoteOf[m.first] !== -1) continue;
      let k = m.end;
      while (pos[k] === 'ADV') k += 1;
      // "Name, the press secretary, said" and ", Name, said": the verb after the apposition makes it a subject.
      if (value[k] === ',' && pos[k + 1] !== 'VERB' && pos[k + 1] !== 'AUX') {
        let c = k + 1;
        while (c < ctx.doc.size && c - k < 15 && value[c] !== ',' && value[c] !== '.') c += 1;
        if (value[c] === ',') k = c;
      }
      if (value[k] === ',') k += 1;
      const subject = pos[k] === 'VERB' || pos[k] === 'AUX';
      const weight = m.possessive ? 0.5 : subject ? 2 : 1;
      this.#events.push({ entity: m.entity, token: m.first, sentence: ctx.doc.sentenceOf[m.first] ?? 0, weight });
    }
  }

  /**
   * The referent of the pronoun at token `token` in sentence `sentence`, or null when no person fits.
   * @example
   * ```ts
   * salience.resolve('he', 120, 9)?.entity.name; // 'Sergey V. Lavrov'
   * ```
   */
  resolve(pronoun: string, token: number, sentence: number): Referent | null {
    const gender = GENDER[pronoun];
    if (gender === undefined) return null;
    const scores = new Map<Entity, number>();
    for (const e of this.#events) {
      if (e.token >= token) break;
      if (sentence - e.sentence > LOOKBACK || e.entity.person === false) continue;
      if (e.entity.gender !== undefined && e.entity.gender !== gender) continue;
      const fit = e.entity.gender === gender ? 1 : UNKNOWN_GENDER;
      scores.set(e.entity, (scores.get(e.entity) ?? 0) + e.weight * fit * 0.5 ** (sentence - e.sentence));
    }
    let best: Entity | undefined;
    let top = 0;
    let second = 0;
    for (const [entity, score] of scores) {
      if (score > top) {
        second = top;
        top = score;
        best = entity;
      } else if (score > second) second = score;
    }
    if (!best) return null;
    return { entity: best, confidence: 0.5 + 0.4 * (1 - second / top) };
  }
}
