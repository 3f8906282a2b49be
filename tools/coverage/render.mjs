/**
 * The coverage report as Markdown: what the scorer leaves unmatched, grouped by stem; candidate synonyms of
 * existing entries for each frequent unmatched word; and the entries that fired on a single text (candidates for
 * pruning: an entry that only ever fired on one tuning sentence may have been written for it). A review list:
 * nothing here edits a lexicon.
 */
import { commonForm } from './counter.mjs';

const MAX_FORMS = 4;
const MAX_CANDIDATES = 4;
const MAX_SNIPPET = 110;

/** The whole report. */
export function renderReport(input) {
  const { files, options, rows, labelled, textsWithHits, tokenCount, coveredCount, words, phrases } = input;
  const share = (part, whole) => (whole === 0 ? '0 %' : `${((100 * part) / whole).toFixed(1)} %`);
  const out = [
    '# Lexicon coverage',
    '',
    `Files: ${files.map((f) => `\`${f}\``).join(', ')}; half ${options.half}; ${rows} texts (${labelled} with a gold pole).`,
    `Texts with at least one hit: ${textsWithHits} (${share(textsWithHits, rows)}). Word tokens inside a hit: ${coveredCount} of ${tokenCount} (${share(coveredCount, tokenCount)}).`,
    `Lists keep keys met in at least ${options.min} texts; "conc/conf" counts the texts of each gold pole a key occurs in.`,
    '',
    `## Unmatched words, by Porter stem (top ${options.top} of ${words.size})`,
    '',
    ...table(['stem', 'forms', 'occurrences', 'texts', 'conc/conf'], words.top(options.top, options.min).map(countRow)),
    '',
    `## Unmatched phrases of 2–3 words (top ${options.top} of ${phrases.size})`,
    '',
    ...table(
      ['stems', 'forms', 'occurrences', 'texts', 'conc/conf'],
      phrases.top(options.top, options.min).map(countRow),
    ),
    '',
    '## Candidate synonyms of existing entries',
    '',
    'For each frequent unmatched word: entries with a word of the same stem (stem siblings), single-word entries',
    'spelled within one or two edits (spelling neighbours), and the entries that hit most often in the same texts',
    '(co-occurrence). Review each: a candidate is an entry to write for a class of uses, never for one sentence.',
    '',
    ...table(['word', 'stem siblings', 'spelling neighbours', 'co-occurring entries'], candidateRows(input)),
    '',
    ...firedOnce(input),
  ];
  return `${out.join('\n')}\n`;
}

function countRow(record) {
  const forms = [...record.forms.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_FORMS)
    .map(([form]) => form)
    .join(', ');
  return [record.key, forms, record.count, record.texts.length, `${record.conciliatory}/${record.confrontational}`];
}

function candidateRows({ words, options, entries, stem, distance, hitsByText }) {
  // The same term and dimension in two modules (core and a pack, or two constraints) is one candidate.
  const distinct = [...new Map(entries.map((e) => [`${e.term}\u0000${e.dimension}`, e])).values()];
  const single = distinct.filter((e) => e.words.length === 1);
  const byStem = new Map();
  for (const entry of distinct) {
    for (const word of new Set(entry.words.map(stem))) {
      const list = byStem.get(word) ?? [];
      list.push(entry);
      byStem.set(word, list);
    }
  }
  const rows = [];
  for (const record of words.top(options.top, options.min)) {
    const form = commonForm(record);
    const siblings = (byStem.get(record.key) ?? []).slice(0, MAX_CANDIDATES).map(describe);
    const reach = form.length >= 7 ? 2 : 1;
    const neighbours = single
      .filter((e) => stem(e.term) !== record.key && Math.abs(e.term.length - form.length) <= reach)
      .filter((e) => distance(form, e.term) <= reach)
      .slice(0, MAX_CANDIDATES)
      .map(describe);
    const together = coOccurring(record.texts, hitsByText);
    if (siblings.length + neighbours.length + together.length === 0) continue;
    rows.push([form, siblings.join('; '), neighbours.join('; '), together.join('; ')]);
  }
  return rows;
}

/** The entries (by lemma) that hit most often in the given texts, as "term ×n". */
function coOccurring(texts, hitsByText) {
  const counts = new Map();
  for (const text of texts)
    for (const lemma of hitsByText.get(text) ?? []) counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_CANDIDATES)
    .map(([lemma, n]) => `${lemma} ×${n}`);
}

function describe(entry) {
  return `${entry.term} (${entry.dimension}${entry.weight === 0 ? '' : ` ${entry.weight}`})`;
}

/** Entries that hit exactly one text of the corpus, with that text. */
function firedOnce({ hitsByText, texts, entries }) {
  const textsOf = new Map();
  for (const [text, lemmas] of hitsByText) {
    for (const lemma of lemmas) {
      const list = textsOf.get(lemma) ?? [];
      list.push(text);
      textsOf.set(lemma, list);
    }
  }
  const moduleOf = new Map(entries.map((e) => [e.term, e.module]));
  const once = [...textsOf.entries()].filter(([, list]) => list.length === 1).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const never = new Set(entries.map((e) => e.term).filter((term) => !textsOf.has(term))).size;
  return [
    `## Entries that fired on one text only (${once.length}; ${textsOf.size} fired at all, ${never} terms never)`,
    '',
    'An entry that only ever fired on one tuning sentence may have been written for it: keep it only if it names a',
    'class of uses.',
    '',
    ...table(
      ['entry', 'module', 'the text'],
      once.map(([lemma, [text]]) => [lemma, moduleOf.get(lemma) ?? '', snippet(texts[text] ?? '')]),
    ),
  ];
}

function snippet(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_SNIPPET ? flat : `${flat.slice(0, MAX_SNIPPET - 1)}…`;
}

/** A Markdown table; cells have their pipes escaped. */
function table(header, rows) {
  if (rows.length === 0) return ['(none)'];
  const cell = (value) => String(value).replace(/\|/g, '\\|');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}
