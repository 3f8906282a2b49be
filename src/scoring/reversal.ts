/**
 * Reversal: what an operator does to the act it governs. Operators are the speech acts that turn another act
 * around — rejecting or refusing it ("rejected calls for a ceasefire"), denying it ("denied plans to attack"),
 * regretting it ("regrets the escalation"), reporting that it failed ("the talks had failed"). In the scorer they
 * are tone entries with `reverses` (their own weight counts too); in `detente/attribution` they are the operator
 * cues (deny, reject, rule out). Both apply this one rule:
 *   - an act or attitude the operator governs is reversed at half weight, onto the opposite pole's counterpart
 *     dimension (a rejected offer is rejection, a denied threat reassurance, a regretted escalation
 *     de-escalation, failed talks rejection);
 *   - accusation and hostility are left as they are: words that accuse or attack inside a denial are the
 *     speaker's own counter-claim ("rejected the accusations as baseless and dangerous" stays confrontational:
 *     a denial is defensive, not an olive branch);
 *   - an operator that opposes (reject, dismiss, violate, undermine; `opposes`) rather than negates (deny,
 *     refuse, regret, halt) reverses only conciliatory acts: rejecting an ultimatum is defiance, and the
 *     ultimatum keeps its weight;
 *   - an operator whose object is its topic (concern, condemn, criticise, accuse; `topic`) opposes a
 *     conciliatory act and names a confrontational one without doing it (`namedNotDone`: weight 0).
 * Plain negation (not, never, no) is the absence of an act, not its reversal: see `CompiledEntry.negated`.
 */
import type { Dimension } from '../lexicon/dimensions.js';

/** The factor a reversal applies to the weight of the act it governs. */
export const REVERSAL_FACTOR = -0.5;

/** Where a reversed (or weakly negated) hit goes: the opposite pole's counterpart dimension. */
export const OPPOSITE_DIMENSION: Readonly<Record<Dimension, Dimension>> = {
  respect: 'hostility',
  hostility: 'respect',
  optimism: 'pessimism',
  pessimism: 'optimism',
  dialogue: 'rejection',
  rejection: 'concession',
  cooperation: 'rejection',
  concession: 'rejection',
  deescalation: 'escalation',
  escalation: 'deescalation',
  reassurance: 'threat',
  threat: 'reassurance',
  demand: 'concession',
  accusation: 'respect',
};

/**
 * Whether a hit governed by an operator whose object is its topic ("deeply concerned by the ultimatum",
 * "accused them of making threats") is named rather than done: a confrontational act — threat, demand,
 * rejection, escalation — is the other party's, the topic of the speaker's disapproval, and weighs 0. Accusation,
 * hostility and pessimism stay: they are the speaker's own words. (A conciliatory topic is opposed: `reversible`
 * with `opposes`.)
 * @example
 * ```ts
 * namedNotDone('threat', -7);      // true: "concerned by the ultimatum" is not the envoy's threat
 * namedNotDone('accusation', -2);  // false: "condemned the aggression" blames, in the speaker's words
 * namedNotDone('dialogue', 2);     // false: "criticised the talks" opposes them
 * ```
 */
export function namedNotDone(dimension: Dimension, weight: number): boolean {
  return weight < 0 && dimension !== 'accusation' && dimension !== 'hostility' && dimension !== 'pessimism';
}

/**
 * Whether an operator reverses a hit: never an accusation or hostility; for an opposing operator ("reject",
 * "violate"), only a conciliatory act (weight > 0): rejecting an ultimatum is defiance, not de-escalation.
 * @example
 * ```ts
 * reversible('threat', -6, false);     // true: "denied plans to attack" is reassurance
 * reversible('threat', -6, true);      // false: "rejected the ultimatum" stays confrontational
 * reversible('accusation', -2, false); // false: "rejected the accusations as baseless" stays an accusation
 * ```
 */
export function reversible(dimension: Dimension, weight: number, opposes: boolean): boolean {
  if (dimension === 'accusation' || dimension === 'hostility') return false;
  return !opposes || weight > 0;
}
