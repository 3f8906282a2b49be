/**
 * How the attribution benchmark matches extracted statements to labelled speech acts. The rules, stated once:
 *
 * Units. Both sets label "all the quoted material one speaker says at one cue" as one statement: “A,” she
 * said. “B.” is one act, where detente gives two statements (the second a quotation continued without a cue).
 * So statements are first grouped into units: a direct statement followed, in the same paragraph, by direct
 * statements with the same speaker and no cue (or the same cue, as around a mid-sentence cue) is one unit.
 * Units stand for statements in everything below (counts of statements output are counts of units).
 *
 * Extent. A unit's extent is the smallest span holding its cue and its content (`spans.cue` ∪
 * `spans.content`, over its members).
 *
 * Speaker right. Both strings are normalised: Unicode marks dropped (é → e), lower case, full stops removed
 * ("U.N." → "un"), every other run of non-letters and non-digits made one space ("al-Shabab" → "al shabab",
 * "Kenya’s" → "kenya s"). The speaker is right when (1) the label's `key` words occur in it as a contiguous
 * run of words (a pronoun's key is its referent's, so "he" is right when it resolves to the person), and
 * (2) it is at most 3 words longer than the labelled source phrase (its referent for a pronoun; in the
 * features set the labelled speaker or the mention at the cue, whichever is longer), so that a speaker running
 * on into an apposition, a relative clause or the content is not counted right by containing the key.
 *
 * Leads and CAMEO acts. An act is *found* by a statement when the statement's cue span overlaps an occurrence
 * of the act's `cue` (as a whole word string) and its extent overlaps the act's `content` (acts without
 * content: the cue alone). One statement stands for one act at most: acts and statements are paired by a
 * maximum matching that first pairs statements naming the right speaker, then any others. Precision of
 * speakers = statements with a speaker that are paired with an act whose speaker they name right / all
 * statements with a speaker (statements paired with nothing, e.g. on leads with no act, count against it).
 *
 * Features statements. A labelled statement is *found* by a statement whose extent covers at least half of the
 * label's `fragment` (characters); pairing as above. Statement precision = paired statements / all statements
 * output (a statement made of a labelled non-statement, such as a scare quote, is one of the unpaired).
 */

/** Words of a speaker or key, normalised as described above. */
export function words(text) {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Do the words of `needle` occur as a contiguous run in `hay`? */
function containsRun(hay, needle) {
  if (needle.length === 0) return false;
  for (let i = 0; i + needle.length <= hay.length; i += 1) {
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  }
  return false;
}

/** Is `speaker` right for a label with this `key`, given the labelled phrase it should not run past? */
export function speakerRight(speaker, key, labelled) {
  if (speaker === null || speaker === undefined) return false;
  const said = words(speaker);
  return containsRun(said, words(key)) && said.length <= words(labelled).length + 3;
}

/** `[start, end)` of the statement's cue and content together. */
export function extent(statement) {
  const [a, b] = statement.spans.content;
  const cue = statement.spans.cue;
  return cue ? [Math.min(a, cue[0]), Math.max(b, cue[1])] : [a, b];
}

const sameSpan = (x, y) => x !== null && y !== null && x[0] === y[0] && x[1] === y[1];

/**
 * Groups statements into units (see the top of this file). A unit has the fields of its first statement,
 * the first cue among its members, its content from the first member's start to the last one's end, and
 * `members`.
 */
export function units(statements) {
  const out = [];
  for (const s of statements) {
    const unit = out.at(-1);
    const last = unit?.members.at(-1);
    const continues =
      unit !== undefined &&
      s.kind === 'direct' &&
      last.kind === 'direct' &&
      s.paragraph === last.paragraph &&
      s.speaker === unit.speaker &&
      (s.spans.cue === null || sameSpan(s.spans.cue, unit.spans.cue));
    if (continues) {
      unit.members.push(s);
      unit.spans = {
        content: [unit.spans.content[0], s.spans.content[1]],
        cue: unit.spans.cue ?? s.spans.cue,
      };
      unit.cue = unit.cue ?? s.cue;
    } else {
      out.push({ ...s, spans: { ...s.spans }, members: [s] });
    }
  }
  return out;
}

const overlaps = (x, y) => x[0] < y[1] && y[0] < x[1];
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spans of every whole-word occurrence of `needle` in `text`. */
export function occurrences(text, needle) {
  const out = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(needle)}(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of text.matchAll(re)) out.push([m.index, m.index + needle.length]);
  return out;
}

/** The span of `fragment` in `text` (its first occurrence); throws when absent, as labels must be verbatim. */
export function spanOf(text, fragment, what) {
  const at = text.indexOf(fragment);
  if (at < 0) throw new Error(`${what} not found in its text: ${JSON.stringify(fragment)}`);
  return [at, at + fragment.length];
}

/**
 * Maximum matching of labels to statements (Kuhn's augmenting paths; the sets are a few items each).
 * `edge(l, s)` says whether label l may pair with statement s. Returns `pairOfLabel[l]` = statement or -1.
 */
function maxMatching(nLabels, nStatements, edge, pairOfLabel, pairOfStatement) {
  const tryLabel = (l, seen) => {
    for (let s = 0; s < nStatements; s += 1) {
      if (seen[s] || !edge(l, s)) continue;
      seen[s] = true;
      if (pairOfStatement[s] === -1 || tryLabel(pairOfStatement[s], seen)) {
        pairOfLabel[l] = s;
        pairOfStatement[s] = l;
        return true;
      }
    }
    return false;
  };
  for (let l = 0; l < nLabels; l += 1) {
    if (pairOfLabel[l] === -1) tryLabel(l, new Array(nStatements).fill(false));
  }
}

/**
 * Pairs labels with statements: first only pairs where the speaker is right, then any found pair among the
 * rest. Returns `{ label: statement index or -1 for each label, statement: label index or -1 for each }`.
 */
export function pair(labels, statements, found, right) {
  const label = new Array(labels.length).fill(-1);
  const statement = new Array(statements.length).fill(-1);
  maxMatching(
    labels.length,
    statements.length,
    (l, s) => found(labels[l], statements[s]) && right(labels[l], statements[s]),
    label,
    statement,
  );
  maxMatching(labels.length, statements.length, (l, s) => found(labels[l], statements[s]), label, statement);
  return { label, statement };
}

/** Leads/CAMEO: does statement s find act a (a carries precomputed `cueSpans` and `contentSpan`)? */
export function findsAct(act, s) {
  if (!s.spans.cue || !act.cueSpans.some((c) => overlaps(c, s.spans.cue))) return false;
  return act.contentSpan === null || overlaps(act.contentSpan, extent(s));
}

/** Features: does statement s cover at least half of the label's fragment span? */
export function findsFragment(label, s) {
  const [a, b] = extent(s);
  const [x, y] = label.span;
  return Math.min(b, y) - Math.max(a, x) >= (y - x) / 2;
}

export { overlaps };
