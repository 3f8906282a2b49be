/**
 * The frozen Ardenia–Belmark corpus (tests/fixtures/corpus/, written independently of the code) and what the
 * identity layer must guarantee on it: a statement whose attribution named the expected speaker in any form
 * ("Ardenian Foreign Minister Irena Kovac", "Kovac", "Belmark's Foreign Ministry") comes out under the expected
 * canonical name, one id per speaker, on the expected side. Statements the attribution gave to someone else
 * ("Monday", "the group") are attribution misses (issue 12), not identity ones.
 */
import { readFileSync } from 'node:fs';
import { readCsvRows } from '../../src/csv/index.js';
import { placeStem } from '../../src/identity/words.js';

const DIR = new URL('../fixtures/corpus/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, DIR), 'utf8');

export const ARTICLES_CSV = new URL('articles.csv', DIR).pathname;
export const ALIASES_JSON = new URL('aliases.json', DIR).pathname;

export interface Labelled {
  readonly article: string;
  readonly fragment: string;
  readonly speaker: string;
  readonly side: string;
  readonly tone: string;
}

export interface Speaker {
  readonly canonical: string;
  readonly kind: string;
  readonly side: string;
  readonly affiliation: string | null;
  readonly mentions: readonly string[];
}

export const LABELLED: readonly Labelled[] = read('statements.jsonl')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Labelled);
export const SPEAKERS: readonly Speaker[] = JSON.parse(read('speakers.json')) as Speaker[];
export const ALIASES = JSON.parse(read('aliases.json')) as {
  aliases: Record<string, string>;
  sides: Record<string, string>;
};
export const EXPECTED = JSON.parse(read('expected.json')) as {
  sides: Record<string, string>;
  speakers: Record<string, string>;
};

/** The articles: id, date, outlet, headline, text. */
export async function articles(): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for await (const row of readCsvRows(ARTICLES_CSV)) rows.push(row);
  return rows;
}

/** The expected verdict as a pole: softens → conciliatory, hardens → confrontational, flat / too few → null. */
export function pole(verdict: string | undefined): 'conciliatory' | 'confrontational' | null {
  return verdict === 'softens' ? 'conciliatory' : verdict === 'hardens' ? 'confrontational' : null;
}

/** A statement row of a pipeline's output: its article, content span and attribution's own speaker string. */
export interface OutRow {
  readonly article: string;
  readonly start: number;
  readonly end: number;
}

/** The output row holding at least half of each labelled fragment (same article), or null. */
export function match<R extends OutRow>(rows: readonly R[], text: ReadonlyMap<string, string>): (R | null)[] {
  return LABELLED.map((want) => {
    const at = (text.get(want.article) ?? '').indexOf(want.fragment);
    const end = at + want.fragment.length;
    let best: R | null = null;
    let most = 0;
    for (const r of rows) {
      if (r.article !== want.article) continue;
      const overlap = Math.min(end, r.end) - Math.max(at, r.start);
      if (overlap > most) {
        best = r;
        most = overlap;
      }
    }
    return most >= want.fragment.length / 2 ? best : null;
  });
}

/**
 * Whether attribution's speaker string names `speaker`: it holds the person's surname (or an alias's), or
 * the organisation's or description's last word and its country ("Belmark's Foreign Ministry", "a senior
 * Belmark official"). "Monday" or "the group" name nobody; "the minister" is left to the identity layer only
 * when it resolves it, so it does not count as naming here.
 */
export function names(raw: string | null, speaker: Speaker): boolean {
  if (raw === null) return false;
  const words = (s: string) =>
    s
      .toLowerCase()
      .replaceAll('’', "'")
      .split(/[^a-z']+/)
      .filter(Boolean);
  const have = new Set(words(raw).map((w) => w.replace(/'s$/, '')));
  const canonical = words(speaker.canonical.replace(/\(.*\)/, ''));
  const last = canonical.at(-1) ?? '';
  if (speaker.kind === 'person') {
    const variants = Object.entries(ALIASES.aliases)
      .filter(([, c]) => c === speaker.canonical)
      .map(([v]) => words(v).at(-1));
    return have.has(last) || variants.some((v) => v !== undefined && have.has(v));
  }
  const country = speaker.affiliation === null ? null : placeStem(speaker.affiliation);
  const inRaw = [...have].some((w) => country !== null && placeStem(w) === country);
  return have.has(last) && (country === null || inRaw || canonical.length === 1);
}

export const SPEAKER_OF = new Map(SPEAKERS.map((s) => [s.canonical, s]));
