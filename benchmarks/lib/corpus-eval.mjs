/**
 * Scoring a pipeline's output against the frozen Ardenia–Belmark corpus (tests/fixtures/corpus/): which
 * labelled statements were found, whether each got the expected canonical speaker and side, how many
 * identities each expected speaker was split into, and whether the tone label agrees. Pure functions over
 * plain rows, shared by benchmarks/corpus.mjs and the tests.
 */
import { readFileSync } from 'node:fs';

const DIR = new URL('../../tests/fixtures/corpus/', import.meta.url);

/** The corpus files: articles (id, date, outlet, headline, text), labelled statements, speakers, aliases, expected. */
export function loadCorpus() {
  const read = (name) => readFileSync(new URL(name, DIR), 'utf8');
  return {
    csvPath: new URL('articles.csv', DIR).pathname,
    aliasesPath: new URL('aliases.json', DIR).pathname,
    statements: read('statements.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
    speakers: JSON.parse(read('speakers.json')),
    aliases: JSON.parse(read('aliases.json')),
    expected: JSON.parse(read('expected.json')),
  };
}

/**
 * Matches each labelled statement to the output row whose content holds its fragment (same article). `rows`
 * need `article_id`, `text` and whatever `identity(row)` / `side(row)` read. A fragment that spans a cue
 * and its content is matched by overlap: the row whose content shares the most characters with it.
 */
export function matchStatements(labelled, rows, articleText) {
  const byArticle = new Map();
  for (const r of rows) byArticle.set(r.article_id, [...(byArticle.get(r.article_id) ?? []), r]);
  return labelled.map((want) => {
    const text = articleText.get(want.article);
    const at = text.indexOf(want.fragment);
    const end = at + want.fragment.length;
    let best = null;
    let bestOverlap = 0;
    for (const r of byArticle.get(want.article) ?? []) {
      const overlap = Math.min(end, Number(r.end)) - Math.max(at, Number(r.start));
      if (overlap > bestOverlap) {
        best = r;
        bestOverlap = overlap;
      }
    }
    // Found when the row holds at least half of the fragment.
    return { want, row: bestOverlap >= want.fragment.length / 2 ? best : null };
  });
}

/**
 * Speaker, side and tone agreement over the matches. `nameOf(row)` is the speaker name the pipeline
 * reports, `idOf(row)` its identity key, `sideOf(row)` its side (or null).
 */
export function agreement(matches, { nameOf, idOf, sideOf }) {
  const found = matches.filter((m) => m.row !== null);
  const named = found.filter((m) => nameOf(m.row) === m.want.speaker);
  const sided = found.filter((m) => sideOf(m.row) === m.want.side);
  const toned = found.filter((m) => m.row.tone_label === m.want.tone);
  // expected speaker → the identities its statements were given (null speakers left out)
  const ids = new Map();
  for (const m of found) {
    const id = idOf(m.row);
    if (id === null || id === '') continue;
    const set = ids.get(m.want.speaker) ?? new Set();
    set.add(id);
    ids.set(m.want.speaker, set);
  }
  // identity → the expected speakers it holds (an identity holding two people merged them)
  const holders = new Map();
  for (const m of found) {
    const id = idOf(m.row);
    if (id === null || id === '') continue;
    const set = holders.get(id) ?? new Set();
    set.add(m.want.speaker);
    holders.set(id, set);
  }
  // expected speaker → the name the pipeline gave most of its statements
  const nameCounts = new Map();
  for (const m of found) {
    const counts = nameCounts.get(m.want.speaker) ?? new Map();
    const name = nameOf(m.row);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    nameCounts.set(m.want.speaker, counts);
  }
  const mainName = new Map(
    [...nameCounts].map(([speaker, counts]) => [speaker, [...counts].sort((x, y) => y[1] - x[1])[0][0]]),
  );
  return {
    mainName,
    total: matches.length,
    found: found.length,
    speakerRight: named.length,
    sideRight: sided.length,
    toneRight: toned.length,
    identities: ids,
    unified: [...ids.values()].filter((s) => s.size === 1).length,
    speakersSeen: ids.size,
    merged: [...holders].filter(([, s]) => s.size > 1).map(([id, s]) => `${id}: ${[...s].join(' + ')}`),
    misses: found
      .filter((m) => nameOf(m.row) !== m.want.speaker)
      .map((m) => `${m.want.article} “${m.want.fragment}” → want ${m.want.speaker}, got ${nameOf(m.row) || '(none)'}`),
    notFound: matches.filter((m) => m.row === null).map((m) => `${m.want.article} “${m.want.fragment}”`),
  };
}

/** The expected verdicts as poles: softens → conciliatory, hardens → confrontational, flat / too few → null. */
export function expectedPole(verdict) {
  return verdict === 'softens' ? 'conciliatory' : verdict === 'hardens' ? 'confrontational' : null;
}
