/**
 * The tone model's semantics of negation, rejection, regret and reported failure (docs/semantics.md), tested as
 * rules over classes of entries of the real lexicons: every operator with every act of a class, every negated
 * act and attitude. A combination whose words happen to form a longer entry of their own is skipped (that entry
 * then speaks for itself); each test checks that enough combinations were left to mean something.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, type Evidence, type ToneEntry } from '../../src/index.js';
import { CORE_ENTRIES } from './modules.js';

const scorer = createScorer();
const operators = (await import('../../lexicons/en/operators.json', { with: { type: 'json' } })).default
  .entries as readonly { term: string; reverses: string; opposes?: boolean; topic?: boolean }[];

const single = (e: ToneEntry) => !e.term.includes(' ') && !e.term.includes('-') && e.when === undefined;
const ofDimensions = (...dims: string[]) =>
  CORE_ENTRIES.filter((e) => single(e) && dims.includes(e.dimension) && e.pos === 'noun');
const CONCILIATORY_ACTS = ofDimensions('dialogue', 'cooperation', 'deescalation', 'concession');
const CONFRONTATIONAL_ACTS = ofDimensions('threat', 'escalation', 'demand');
const ACCUSATIONS = ofDimensions('accusation', 'hostility');

/** Operators governing what follows them: tone entries with `reverses` and operator entries. */
const FORWARD = [
  ...CORE_ENTRIES.filter((e) => e.reverses === 'after' || e.reverses === 'both').map((e) => ({
    term: e.term,
    opposes: e.opposes === true,
    topic: e.topic === true,
    tone: true,
  })),
  ...operators
    .filter((o) => o.reverses !== 'before' && !o.term.startsWith('be '))
    .map((o) => ({ term: o.term, opposes: o.opposes === true, topic: o.topic === true, tone: false })),
];
const BACKWARD = [
  ...CORE_ENTRIES.filter((e) => e.reverses === 'before' || e.reverses === 'both').map((e) => e.term),
  ...operators.filter((o) => o.reverses !== 'after').map((o) => o.term),
];

/** The act's hit when the text gives exactly the operator's own hit (if it has tone) and the act's. */
function actHit(text: string, operator: string, tone: boolean, act: string): Evidence | undefined {
  const evidence = scorer.score(text).evidence;
  const expected = tone ? 2 : 1;
  if (evidence.length !== expected) return undefined;
  if (tone && evidence.every((e) => e.lemma !== operator)) return undefined;
  return evidence.find((e) => e.lemma === act);
}

function combinations<T>(
  ops: readonly T[],
  acts: readonly ToneEntry[],
  text: (op: T, act: ToneEntry) => string,
  check: (hit: Evidence, act: ToneEntry, op: T) => string | undefined,
  hitOf: (op: T, act: ToneEntry, text: string) => Evidence | undefined,
): { tested: number; wrong: string[] } {
  let tested = 0;
  const wrong: string[] = [];
  for (const op of ops) {
    for (const act of acts) {
      const t = text(op, act);
      const hit = hitOf(op, act, t);
      if (hit === undefined) continue;
      tested++;
      const problem = check(hit, act, op);
      if (problem !== undefined) wrong.push(`${t}: ${problem}`);
    }
  }
  return { tested, wrong };
}

const reversed = (hit: Evidence, act: ToneEntry) =>
  hit.modifiers.some((m) => m.type === 'reversal') && hit.weight === act.weight * -0.5
    ? undefined
    : `${hit.weight} (${hit.modifiers.map((m) => m.type).join(',') || 'no modifier'})`;
const untouched = (hit: Evidence, act: ToneEntry) =>
  hit.weight === act.weight && hit.modifiers.length === 0 ? undefined : `${hit.weight}`;
const named = (hit: Evidence) =>
  hit.weight === 0 && hit.modifiers.map((m) => m.type).join() === 'topic' ? undefined : `${hit.weight}`;

describe('rejection, denial, regret, halting: an operator reverses the act after it', () => {
  it('every forward operator reverses every conciliatory act at half weight ("rejected the talks")', () => {
    const { tested, wrong } = combinations(
      FORWARD,
      CONCILIATORY_ACTS,
      (op, act) => `They ${op.term} the ${act.term}.`,
      reversed,
      (op, act, t) => actHit(t, op.term, op.tone, act.term),
    );
    expect(wrong).toEqual([]);
    expect(tested).toBeGreaterThan(300);
  });

  it('a negating operator reverses a confrontational act too ("halted the blockade"); an opposing one keeps it ("rejected the ultimatum"); a disapproval names it without doing it ("concerned by the ultimatum")', () => {
    const { tested, wrong } = combinations(
      FORWARD,
      CONFRONTATIONAL_ACTS,
      (op, act) => `They ${op.term} the ${act.term}.`,
      (hit, act, op) => (op.topic ? named(hit) : op.opposes ? untouched(hit, act) : reversed(hit, act)),
      (op, act, t) => actHit(t, op.term, op.tone, act.term),
    );
    expect(wrong).toEqual([]);
    expect(tested).toBeGreaterThan(100);
    const topics = FORWARD.filter((op) => op.topic);
    expect(topics.length).toBeGreaterThan(20);
  });

  it('no operator reverses an accusation or hostility: the words of a denial are its own ("rejected the accusations as baseless")', () => {
    const { tested, wrong } = combinations(
      FORWARD,
      ACCUSATIONS,
      (op, act) => `They ${op.term} the ${act.term}.`,
      untouched,
      (op, act, t) => actHit(t, op.term, op.tone, act.term),
    );
    expect(wrong).toEqual([]);
    expect(tested).toBeGreaterThan(50);
  });

  it('a negated operator spends the negation: its act keeps its weight ("did not reject the talks", "will not give up on peace")', () => {
    const { tested, wrong } = combinations(
      FORWARD,
      CONCILIATORY_ACTS.slice(0, 20),
      (op, act) => `They did not ${op.term} the ${act.term}.`,
      untouched,
      (op, act, t) => scorer.score(t).evidence.find((e) => e.lemma === act.term && e !== undefined && op !== undefined),
    );
    expect(wrong).toEqual([]);
    expect(tested).toBeGreaterThan(50);
  });

  it('an operator governs one act, its object: a later act in the clause keeps its weight', () => {
    const hits = scorer.score('They rejected the talks and threatened sanctions.').evidence;
    expect(hits.find((e) => e.lemma === 'talks')?.modifiers.map((m) => m.type)).toEqual(['reversal']);
    expect(hits.find((e) => e.lemma.startsWith('threaten'))?.modifiers).toEqual([]);
  });
});

describe('reported failure: an operator after the act reverses it ("the talks had failed")', () => {
  it('every backward operator reverses every conciliatory act before it', () => {
    const { tested, wrong } = combinations(
      BACKWARD,
      CONCILIATORY_ACTS,
      (op, act) => `The ${act.term} ${op}.`,
      reversed,
      (op, act, t) => {
        const evidence = scorer.score(t).evidence;
        const own = CORE_ENTRIES.some((e) => e.term === op) ? 1 : 0;
        return evidence.length === 1 + own ? evidence.find((e) => e.lemma === act.term) : undefined;
      },
    );
    expect(wrong).toEqual([]);
    expect(tested).toBeGreaterThan(100);
  });

  it.each([
    ['The talks had failed.', 'confrontational'],
    ['The negotiations collapsed.', 'confrontational'],
    ['The talks broke down on Friday.', 'confrontational'],
    ['They failed to reach an agreement.', 'confrontational'],
    ['The negotiations were suspended.', 'confrontational'],
  ])('%s → %s, not conciliatory', (text, label) => {
    expect(scorer.score(text).label).toBe(label);
  });
});

describe('regret', () => {
  it('regret of a harm reverses it: every confrontational act regretted is de-escalatory', () => {
    const { tested, wrong } = combinations(
      ['regret', 'express regret'],
      CONFRONTATIONAL_ACTS,
      (op, act) => `We ${op} the ${act.term}.`,
      reversed,
      (op, act, t) => actHit(t, op, true, act.term),
    );
    expect(wrong).toEqual([]);
    expect(tested).toBeGreaterThan(30);
  });

  it('"regret that …" is not an operator: the clause keeps its tone (blame)', () => {
    const { tested, wrong } = combinations(
      ['regret that they chose'],
      CONFRONTATIONAL_ACTS,
      (op, act) => `We ${op} ${act.term}.`,
      untouched,
      (_op, act, t) => {
        const evidence = scorer.score(t).evidence;
        return evidence.length === 2 && evidence[0]?.lemma === 'regret that'
          ? evidence.find((e) => e.lemma === act.term)
          : undefined;
      },
    );
    expect(wrong).toEqual([]);
    expect(tested).toBeGreaterThan(15);
  });

  it.each([
    ['The government regrets the escalation.', 'conciliatory'],
    ['We regret the loss of life.', 'conciliatory'],
    ['We regret that they chose confrontation.', 'confrontational'],
  ])('%s → %s', (text, label) => {
    expect(scorer.score(text).label).toBe(label);
  });
});

describe('negation: the absence of an act, a weak reversal of an attitude', () => {
  const negated = (e: ToneEntry) => scorer.score(`They did not ${e.term}.`).evidence.find((h) => h.lemma === e.term);
  it('removes every conciliatory or confrontational act without a `negated` of its own', () => {
    const acts = [...CONCILIATORY_ACTS, ...CONFRONTATIONAL_ACTS].filter((e) => e.negated === undefined);
    const results = acts.map((e) => [e.term, negated(e)] as const).filter(([, hit]) => hit !== undefined);
    expect(results.filter(([, hit]) => hit?.weight !== 0).map(([t]) => t)).toEqual([]);
    expect(results.length).toBeGreaterThan(80);
  });

  it('reverses every attitude weakly (×−0.6)', () => {
    const attitudes = CORE_ENTRIES.filter(
      (e) => single(e) && e.pos === 'adj' && e.negated === undefined && e.reverses === undefined,
    );
    const results = attitudes
      .map((e) => [e, scorer.score(`It is not ${e.term}.`).evidence] as const)
      .filter(([e, ev]) => ev.length === 1 && ev[0]?.lemma === e.term);
    // The weight the scorer uses is the last module's for the term (a pack may restate a core term).
    const wrong = results.filter(
      ([, ev]) => ev[0]?.weight !== Math.round((ev[0]?.baseWeight ?? 0) * -0.6 * 1000) / 1000,
    );
    expect(wrong.map(([e]) => e.term)).toEqual([]);
    expect(results.length).toBeGreaterThan(100);
  });

  it.each([
    ['We have never closed the door.', 'conciliatory'],
    ['There is no reason to negotiate under threat.', 'confrontational'],
    ['We will not be blackmailed.', 'confrontational'],
    ['We will never be intimidated.', 'confrontational'],
    ['There is no reason to fear.', 'conciliatory'],
  ])('idioms that carry their own negation: %s → %s', (text, label) => {
    expect(scorer.score(text).label).toBe(label);
  });
});

describe('the acts the scorer misread before (classes, each with more than the reported sentence)', () => {
  it.each([
    ['If they continue down this path, we will respond with every means at our disposal.', 'confrontational'],
    ['Should the attacks continue, we will use all means at our disposal.', 'confrontational'],
    ['We will take all necessary measures to protect our citizens.', 'confrontational'],
    ['Any violation of the ceasefire would be met with a firm response.', 'confrontational'],
    ['Any breach of the truce will be met with force.', 'confrontational'],
    ['The ministry rejected the accusations as baseless and dangerous.', 'confrontational'],
    ['Moscow denied the allegations.', 'confrontational'],
    ['They rejected calls for a ceasefire.', 'confrontational'],
    ['They rejected the ultimatum.', 'confrontational'],
    ['The rebels violated the truce.', 'confrontational'],
    ['The army halted the blockade.', 'conciliatory'],
  ])('%s → %s', (text, label) => {
    expect(scorer.score(text).label).toBe(label);
  });
});

describe('a consequence of a condition: every entry of the class', () => {
  const CONSEQUENCES = CORE_ENTRIES.filter((e) => e.when?.consequence === true);
  const lemmaHit = (text: string, term: string) => scorer.score(text).evidence.find((e) => e.lemma === term);
  const subject = (term: string) =>
    term.startsWith('will ') || term.startsWith('would ') || term.startsWith('shall ') ? 'we' : 'we will';

  it('has the class: responses stated as the consequence (at least 20 entries, all threats)', () => {
    expect(CONSEQUENCES.length).toBeGreaterThanOrEqual(20);
    expect(CONSEQUENCES.filter((e) => e.dimension !== 'threat').map((e) => e.term)).toEqual([]);
  });

  it('counts after the condition and before it, and not without one or inside it', () => {
    const wrong: string[] = [];
    for (const e of CONSEQUENCES) {
      const s = subject(e.term);
      const texts = {
        after: `If they close the strait, ${s} ${e.term}.`,
        before: `${s} ${e.term} if they close the strait.`,
        none: `${s} ${e.term} to the letter on Monday.`,
        inside: `If ${s} ${e.term}, they can meet.`,
      };
      if (lemmaHit(texts.after, e.term)?.weight !== e.weight) wrong.push(texts.after);
      if (lemmaHit(texts.before, e.term)?.weight !== e.weight) wrong.push(texts.before);
      if (lemmaHit(texts.none, e.term) !== undefined) wrong.push(texts.none);
      if (lemmaHit(texts.inside, e.term) !== undefined) wrong.push(texts.inside);
    }
    expect(wrong).toEqual([]);
  });
});

describe('a disapproval: every entry of the class makes its object its topic', () => {
  const TOPICS = CORE_ENTRIES.filter((e) => e.topic === true && single(e));
  it.each([
    ['ultimatum', 'threat'],
    ['blockade', 'escalation'],
  ])('"They … the %s": weighs 0 under every single-word disapproval', (act) => {
    const wrong = TOPICS.filter((op) => {
      const hit = scorer.score(`They ${op.term} the ${act}.`).evidence.find((e) => e.lemma === act);
      return hit !== undefined && hit.weight !== 0;
    }).map((op) => op.term);
    expect(wrong).toEqual([]);
    expect(TOPICS.length).toBeGreaterThan(20);
  });
});
