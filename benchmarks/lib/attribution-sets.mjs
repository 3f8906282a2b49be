/**
 * The frozen attribution sets (benchmarks/data/README.md) and their scores: the wire leads and the CAMEO
 * sentences (labelled speech acts) and the long features (labelled statements). Matching rules are in
 * attribution-match.mjs. Every outcome carries its half (A: tuning, B: held out) so that totals are kept apart.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  extent,
  findsAct,
  findsFragment,
  occurrences,
  overlaps,
  pair,
  spanOf,
  speakerRight,
  units,
  words,
} from './attribution-match.mjs';
import { halfOf } from './split.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const jsonl = (path) =>
  readFileSync(`${root}${path}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

/** Leads or CAMEO items: `{ id, text, half, acts: [{ …label, cueSpans, contentSpan }] }`. */
export function loadActSet(path) {
  return jsonl(path).map((item) => ({
    id: item.id,
    text: item.text,
    half: halfOf(item.id),
    acts: item.acts.map((act) => {
      const cueSpans = occurrences(item.text, act.cue);
      if (cueSpans.length === 0) throw new Error(`${item.id}: cue not found: ${act.cue}`);
      return {
        ...act,
        cueSpans,
        contentSpan: act.content ? spanOf(item.text, act.content, `${item.id} content`) : null,
      };
    }),
  }));
}

/** The phrase a predicted speaker may not run far past: the source, or its referent for a pronoun. */
const labelledPhrase = (act) => (act.resolvesTo ? act.resolvesTo : act.source);

/**
 * Scores a leads/CAMEO set. Returns outcomes: `acts` (one per labelled act) and `named` (one per statement
 * with a speaker), each with its half; `misses(half)` lists what went wrong, for reading half A only.
 */
export function scoreActSet(items, extract) {
  const acts = [];
  const named = [];
  const notes = [];
  for (const item of items) {
    const statements = units(extract(item.text));
    const right = (act, s) => speakerRight(s.speaker, act.key, labelledPhrase(act));
    const p = pair(item.acts, statements, findsAct, right);
    item.acts.forEach((act, l) => {
      const s = statements[p.label[l]];
      const ok = s !== undefined && right(act, s);
      acts.push({
        half: item.half,
        kind: act.kind,
        said: act.verbClass === 'said',
        found: s !== undefined,
        right: ok,
        kindRight: s?.speakerKind === undefined ? null : s.speakerKind === act.kind,
      });
      if (!ok)
        notes.push({
          half: item.half,
          text: `${item.id} [${act.kind}] cue "${act.cue}" source "${act.source}" (key ${act.key}) → ${
            s ? `speaker ${JSON.stringify(s.speaker)} (cue "${s.cue}")` : 'not found'
          }`,
        });
    });
    statements.forEach((s, k) => {
      if (s.speaker === null) return;
      const l = p.statement[k];
      const act = item.acts[l];
      const ok = act !== undefined && right(act, s);
      named.push({ half: item.half, right: ok, kind: act?.kind ?? null, predictedKind: s.speakerKind ?? null });
      if (act === undefined)
        notes.push({
          half: item.half,
          text: `${item.id} extra statement: speaker ${JSON.stringify(s.speaker)}, cue "${s.cue}", text "${s.text}"`,
        });
    });
  }
  return { acts, named, misses: (half) => notes.filter((n) => n.half === half).map((n) => n.text) };
}

/** The features set: `{ id, text, half, labels: [{ …label, span }], nonStatements: [[start, end)] }`. */
export function loadFeatures(dir = 'benchmarks/data/attribution-features/') {
  const labels = jsonl(`${dir}labels.jsonl`);
  const negatives = jsonl(`${dir}non-statements.jsonl`);
  const ids = [...new Set(labels.map((l) => l.article))];
  return ids.map((id) => {
    const text = readFileSync(`${root}${dir}${id}.txt`, 'utf8');
    return {
      id,
      text,
      half: halfOf(id),
      labels: labels
        .filter((l) => l.article === id)
        .map((l) => ({ ...l, span: spanOf(text, l.fragment, `${id} fragment`) })),
      nonStatements: negatives
        .filter((n) => n.article === id)
        .map((n) => spanOf(text, n.fragment, `${id} non-statement`)),
    };
  });
}

const longer = (a, b) => (words(b).length > words(a).length ? b : a);

/** Scores the features set: `labels` outcomes, `statements` outcomes, and `misses(half)`. */
export function scoreFeatures(articles, extract) {
  const labels = [];
  const statements = [];
  const notes = [];
  for (const article of articles) {
    const out = units(extract(article.text));
    // The allowance is the longer of the labelled speaker and the words the text refers to it with at the cue
    // ("Tass" / "The state news agency Tass").
    const right = (label, s) => speakerRight(s.speaker, label.key, longer(label.speaker, label.mention ?? ''));
    const p = pair(article.labels, out, findsFragment, right);
    article.labels.forEach((label, l) => {
      const s = out[p.label[l]];
      const ok = s !== undefined && right(label, s);
      labels.push({
        half: article.half,
        kind: label.sourceKind,
        speechVerb: label.cue !== null,
        found: s !== undefined,
        named: s !== undefined && s.speaker !== null,
        right: ok,
        kindRight: s?.speakerKind === undefined ? null : s.speakerKind === label.sourceKind,
      });
      if (!ok)
        notes.push({
          half: article.half,
          text: `${article.id} [${label.sourceKind}/${label.kind}] "${label.fragment}" want ${label.speaker} (key ${
            label.key
          }, mention ${JSON.stringify(label.mention)}, cue ${JSON.stringify(label.cue)}) → ${
            s
              ? `speaker ${JSON.stringify(s.speaker)} (mention ${JSON.stringify(s.mention)}, cue "${s.cue}")`
              : 'not found'
          }`,
        });
    });
    out.forEach((s, k) => {
      const paired = p.statement[k] !== -1;
      const scare = !paired && article.nonStatements.some((n) => overlaps(n, extent(s)));
      statements.push({ half: article.half, paired, scare });
      if (!paired)
        notes.push({
          half: article.half,
          text: `${article.id} extra statement (${scare ? 'a labelled non-statement' : 'unlabelled'}): speaker ${JSON.stringify(
            s.speaker,
          )}, cue "${s.cue}", text "${s.text.slice(0, 120)}"`,
        });
    });
  }
  return { labels, statements, misses: (half) => notes.filter((n) => n.half === half).map((n) => n.text) };
}

/** Rows of `rows` in a half ('A', 'B') or all of them ('all'). */
export const inHalf = (rows, half) => (half === 'all' ? rows : rows.filter((r) => r.half === half));

/** Counts for the leads/CAMEO table of one half. */
export function actTotals(result, half) {
  const acts = inHalf(result.acts, half);
  const named = inHalf(result.named, half);
  const said = acts.filter((a) => a.said);
  const typed = acts.filter((a) => a.found && a.kindRight !== null);
  return {
    acts: acts.length,
    said: said.length,
    saidRight: said.filter((a) => a.right).length,
    found: acts.filter((a) => a.found).length,
    right: acts.filter((a) => a.right).length,
    named: named.length,
    namedRight: named.filter((s) => s.right).length,
    extra: named.filter((s) => s.kind === null).length,
    kindRight: typed.length ? typed.filter((a) => a.kindRight).length : null,
    kindTyped: typed.length,
  };
}

/** Per labelled kind: acts, found, right, and named statements paired with an act of that kind. */
export function actKinds(result, half) {
  const kinds = [...new Set(result.acts.map((a) => a.kind))].sort();
  return kinds.map((kind) => {
    const acts = inHalf(result.acts, half).filter((a) => a.kind === kind);
    const named = inHalf(result.named, half).filter((s) => s.kind === kind);
    return {
      kind,
      acts: acts.length,
      found: acts.filter((a) => a.found).length,
      right: acts.filter((a) => a.right).length,
      named: named.length,
    };
  });
}

/** Counts for the features table of one half. */
export function featureTotals(result, half) {
  const labels = inHalf(result.labels, half);
  const statements = inHalf(result.statements, half);
  const verb = labels.filter((l) => l.speechVerb);
  const persons = labels.filter((l) => l.kind === 'person');
  const typed = labels.filter((l) => l.found && l.kindRight !== null);
  return {
    labels: labels.length,
    verb: verb.length,
    verbFound: verb.filter((l) => l.found).length,
    statements: statements.length,
    paired: statements.filter((s) => s.paired).length,
    scare: statements.filter((s) => s.scare).length,
    persons: persons.length,
    personsFound: persons.filter((l) => l.named).length,
    personsRight: persons.filter((l) => l.right).length,
    right: labels.filter((l) => l.right).length,
    named: labels.filter((l) => l.named).length,
    kindRight: typed.length ? typed.filter((l) => l.kindRight).length : null,
    kindTyped: typed.length,
  };
}

/** Per sourceKind: labels, found with a speaker, right. */
export function featureKinds(result, half) {
  const kinds = [...new Set(result.labels.map((l) => l.kind))].sort();
  return kinds.map((kind) => {
    const labels = inHalf(result.labels, half).filter((l) => l.kind === kind);
    return {
      kind,
      labels: labels.length,
      named: labels.filter((l) => l.named).length,
      right: labels.filter((l) => l.right).length,
    };
  });
}

export { words };
