/**
 * A deterministic corpus of realistic statements (10–40 words, news and negotiation register) for speed
 * benchmarks: clauses drawn with a seeded PRNG from hand-written pools, so every run scores the same text.
 */

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPEAKERS = [
  'The foreign minister',
  'A senior State Department official',
  'The union’s chief negotiator',
  'The company’s chief executive',
  'Mr. Lavrov',
  'Ms. Psaki',
  'The Kremlin',
  'A spokesman for the ministry',
  'The prime minister',
  'Management',
  'The delegation',
  'European diplomats',
];
const CUES = [
  'said',
  'told reporters',
  'warned',
  'said on Friday',
  'insisted',
  'added',
  'said in a statement',
  'argued',
];
const OPENERS = [
  'We',
  'Our government',
  'The other side',
  'They',
  'Both sides',
  'Our partners',
  'The administration',
  'Negotiators',
];
const CLAUSES = [
  'will not accept any preconditions for the next round of talks',
  'remain ready to continue the dialogue in good faith',
  'have made it clear that there is no trade space on this issue',
  'agreed to extend negotiations for another week in Geneva',
  'warned of severe consequences if troops cross the border',
  'hope the emotions subside a bit before the summit',
  'described the meeting as useful, honest and businesslike',
  'rejected the proposal as unacceptable and accused the other side of bad faith',
  'are prepared to make concessions on the timetable',
  'will respond next week in writing to all the points raised',
  'did not see any new signs that either side is ready to compromise',
  'called for an immediate ceasefire and the withdrawal of heavy weapons',
  'threatened a walkout unless management improves its final offer',
  'welcomed the agreement as a step toward mutual security',
  'said the sanctions would stay in place until the troops are withdrawn',
  'may have to consider further measures if the talks collapse',
  'praised the mediators for their patience and persistence',
  'denied any plans to attack and called the reports hysteria',
  'expect the quarterly results to reflect the cost of the dispute with regulators',
  'left the door open to another conversation between the two presidents',
];
const TAILS = [
  '',
  '',
  ' on Friday',
  ' after the meeting',
  ', according to officials',
  ' in a televised address',
  ', despite the softer rhetoric',
  ' this month',
  ', officials said',
  ' as the deadline approaches',
];

/**
 * `count` statements from `seed`.
 * @example
 * ```js
 * const texts = statements(10_000, 42);
 * ```
 */
export function statements(count, seed = 42) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const out = [];
  while (out.length < count) {
    const first = `${pick(OPENERS)} ${pick(CLAUSES)}${pick(TAILS)}`;
    const text =
      rand() < 0.5
        ? `“${first},” ${pick(SPEAKERS)} ${pick(CUES)}.`
        : `${pick(SPEAKERS)} ${pick(CUES)} that ${first.charAt(0).toLowerCase()}${first.slice(1)}, and ${pick(CLAUSES)}.`;
    const words = text.split(/\s+/).length;
    if (words >= 10 && words <= 40) out.push(text);
  }
  return out;
}

/** Mean word count of a list of texts. */
export function meanWords(texts) {
  return texts.reduce((sum, t) => sum + t.split(/\s+/).length, 0) / texts.length;
}
