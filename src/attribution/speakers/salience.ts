/**
 * Pronoun resolution by salience. Every person mention outside quotations is an event weighted by its role
 * (subject 2, other 1, possessive 0.5); so is every unnamed person who speaks ("a senior official said"),
 * added as extraction meets it. An entity's salience at a pronoun is the sum of its earlier events, halved for
 * each sentence back (up to four). "he"/"she" take the most salient person whose gender (from a title)
 * agrees; a person of unknown gender counts at a discount, and so does a lone word taken for a surname. Confidence falls as the runner-up nears.
 */
import type { Context } from '../document/context.js';
import type { Entity } from './entities.js';
import type { NameIndex } from './names.js';
import type { Speaker } from './source.js';

/** Who an event is about: a named person, or an unnamed one that spoke (a description speaker). */
type Who = Entity | Speaker;

interface SalienceEvent {
  readonly who: Who;
  readonly gender: 'male' | 'female' | undefined;
  readonly token: number;
  readonly sentence: number;
  readonly weight: number;
}

/** A pronoun's referent with the confidence of the choice: a named person (`entity`) or a description (`source`). */
export interface Referent {
  readonly entity: Entity;
  readonly source: Speaker | null;
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
 * A one-word name taken for a surname for want of other evidence ("Renko said", lone-names.ts) may still be an
 * organisation: it counts at a discount, so a named or titled person nearby wins a pronoun.
 */
const GUESSED = 0.5;

/** Index of the first event in sentence `sentence` or later (events are in text order). */
function firstFrom(events: readonly SalienceEvent[], sentence: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid]?.sentence ?? 0) < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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
  readonly #sources: SalienceEvent[] = [];
  readonly #entityOf = new Map<Speaker, Entity>();

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
      this.#events.push({
        who: m.entity,
        gender: undefined,
        token: m.first,
        sentence: ctx.doc.sentenceOf[m.first] ?? 0,
        weight,
      });
    }
  }

  /**
   * Records an unnamed person who spoke as the subject at token `token` ("a senior official said"), so that a
   * later "he added" can point back to them. Extraction calls it in text order.
   * @example
   * ```ts
   * salience.speak(speaker, subjectToken, sentenceIndex, undefined);
   * ```
   */
  speak(speaker: Speaker, token: number, sentence: number, gender: 'male' | 'female' | undefined): void {
    this.#sources.push({ who: speaker, gender, token, sentence, weight: 2 });
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
    const scores = new Map<Who, number>();
    const add = (e: SalienceEvent, known: 'male' | 'female' | undefined, trust = 1): void => {
      if (sentence - e.sentence > LOOKBACK || (known !== undefined && known !== gender)) return;
      const fit = known === gender ? 1 : UNKNOWN_GENDER;
      scores.set(e.who, (scores.get(e.who) ?? 0) + e.weight * fit * trust * 0.5 ** (sentence - e.sentence));
    };
    // Only the events of the last LOOKBACK sentences count: both lists are in text order, so the window is
    // found by binary search and the work per pronoun does not grow with the document.
    const events = this.#events;
    for (let k = firstFrom(events, sentence - LOOKBACK); k < events.length; k += 1) {
      const e = events[k] as SalienceEvent;
      if (e.token >= token) break;
      const entity = e.who as Entity;
      if (entity.person !== false) add(e, entity.gender, entity.person === null && entity.words === 1 ? GUESSED : 1);
    }
    const sources = this.#sources;
    for (let k = firstFrom(sources, sentence - LOOKBACK); k < sources.length; k += 1) {
      const e = sources[k] as SalienceEvent;
      if (e.token >= token) break;
      add(e, e.gender);
    }
    let best: Who | undefined;
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
    const confidence = 0.5 + 0.4 * (1 - second / top);
    if ('key' in best) return { entity: best, source: null, confidence };
    return { entity: this.#placeholder(best), source: best, confidence };
  }

  /** An entity standing for a description speaker (referents always carry one). */
  #placeholder(speaker: Speaker): Entity {
    let e = this.#entityOf.get(speaker);
    if (!e) {
      const name = speaker.speaker ?? '';
      e = {
        key: name,
        name,
        words: 0,
        person: true,
        gender: undefined,
        heads: new Map(),
        title: null,
        affiliation: null,
      };
      this.#entityOf.set(speaker, e);
    }
    return e;
  }
}
