/**
 * The weight scale of tone entries, set per class of entry rather than per entry. A class is a dimension (its
 * act, with the Goldstein weight of the CAMEO code family it stands for) and a form: the entry names the act
 * itself ("threaten", "sign a treaty"), mentions it or the situation it makes ("threat", "talks",
 * "tension"), or only shades a statement (valence and attitude words: "good", "regrettable"). An entry that names
 * an act with a CAMEO code of its own ("ultimatum", CAMEO 139) carries that code's weight and cites the code in
 * its note. The built-in modules follow this scale (`tests/lexicons/class-weights.test.ts`; `en/courtesy` has
 * its own small scale); your own modules may use it too.
 */
import type { Dimension } from './dimensions.js';

/**
 * The act a dimension stands for on the Goldstein scale, with the CAMEO codes it comes from.
 * @example
 * ```ts
 * import { CLASS_WEIGHTS, type DimensionClass } from 'detente';
 * const reject: DimensionClass = CLASS_WEIGHTS.rejection; // { weight: -4, cameo: '12 REJECT' }
 * ```
 */
export interface DimensionClass {
  /** The Goldstein weight (−10…+10) of an entry that names the act. */
  readonly weight: number;
  /** The CAMEO code family the weight is taken from, e.g. '13 THREATEN'. */
  readonly cameo: string;
}

/**
 * The class weight of each dimension: what an entry that names the dimension's act weighs. From the CAMEO
 * codebook's Goldstein weights (DESIGN.md's guide: threaten −6, demand −5, reject −4, disapprove −2, appeal +3,
 * express intent to cooperate +4, yield +5, praise +3.4); optimism and pessimism are weak by design (CAMEO
 * 013/012 are ±0.4; here ±1 so that they shade a score).
 * @example
 * ```ts
 * import { CLASS_WEIGHTS } from 'detente';
 * CLASS_WEIGHTS.threat;    // { weight: -6, cameo: '13 THREATEN' }
 * CLASS_WEIGHTS.dialogue;  // { weight: 3, cameo: '02 APPEAL (04 consult +1 … 046 negotiate +7)' }
 * ```
 */
export const CLASS_WEIGHTS: Readonly<Record<Dimension, DimensionClass>> = Object.freeze({
  dialogue: { weight: 3, cameo: '02 APPEAL (04 consult +1 … 046 negotiate +7)' },
  cooperation: { weight: 4, cameo: '03 EXPRESS INTENT TO COOPERATE' },
  deescalation: { weight: 5, cameo: '08 YIELD' },
  reassurance: { weight: 4, cameo: '03 EXPRESS INTENT TO COOPERATE (intent not to harm)' },
  concession: { weight: 5, cameo: '08 YIELD' },
  respect: { weight: 3.4, cameo: '051 praise or endorse, 018 empathetic comment' },
  optimism: { weight: 1, cameo: '013 optimistic comment (+0.4), weak by design' },
  threat: { weight: -6, cameo: '13 THREATEN' },
  demand: { weight: -5, cameo: '10 DEMAND' },
  rejection: { weight: -4, cameo: '12 REJECT' },
  accusation: { weight: -2, cameo: '11 DISAPPROVE (111 criticize, 112 accuse)' },
  escalation: { weight: -5, cameo: '16–17 reduce relations −4 … coerce −7; 172 administrative sanctions −5' },
  hostility: { weight: -2, cameo: '111 criticize or denounce' },
  pessimism: { weight: -1, cameo: '012 pessimistic comment (−0.4), weak by design' },
});

/**
 * What an entry's form does to its class weight: `act` names the act (×1), `mention` names the act or the
 * situation without doing it (×0.5: "threat" beside "threaten", "talks" beside "negotiate"), `shade` colours a
 * statement without an act (×0.2: valence and attitude words).
 * @example
 * ```ts
 * import { FORM_FACTORS } from 'detente';
 * FORM_FACTORS.mention; // 0.5
 * ```
 */
export const FORM_FACTORS = Object.freeze({ act: 1, mention: 0.5, shade: 0.2 });

/**
 * The form of an entry.
 * @example
 * ```ts
 * import type { EntryForm } from 'detente';
 * const form: EntryForm = 'mention';
 * ```
 */
export type EntryForm = keyof typeof FORM_FACTORS;

/**
 * The weight of an entry of `dimension` and `form` on the class scale, to one decimal.
 * @example
 * ```ts
 * import { classWeight } from 'detente';
 * classWeight('threat', 'act');      // -6  ("threaten")
 * classWeight('threat', 'mention');  // -3  ("threat")
 * classWeight('respect', 'shade');   // 0.7 ("good")
 * ```
 */
export function classWeight(dimension: Dimension, form: EntryForm): number {
  return Math.round(CLASS_WEIGHTS[dimension].weight * FORM_FACTORS[form] * 10) / 10;
}

/**
 * The form whose class weight is nearest to `weight` for `dimension`, by ratio to the class weight (cut-offs at the
 * midpoints of the factors: 0.75 and 0.35). Used to put a weight written by hand on the scale.
 * @example
 * ```ts
 * import { nearestForm } from 'detente';
 * nearestForm('threat', -4);   // 'mention' (-4 / -6 = 0.67)
 * nearestForm('threat', -7);   // 'act'
 * ```
 */
export function nearestForm(dimension: Dimension, weight: number): EntryForm {
  const ratio = Math.abs(weight / CLASS_WEIGHTS[dimension].weight);
  if (ratio >= (FORM_FACTORS.act + FORM_FACTORS.mention) / 2) return 'act';
  return ratio >= (FORM_FACTORS.mention + FORM_FACTORS.shade) / 2 ? 'mention' : 'shade';
}
