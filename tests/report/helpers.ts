/** Rows for the report tests: the example statements (scored), the Geneva article (extracted), hostile rows. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../../src/attribution/index.js';
import { readCsvRows } from '../../src/csv/index.js';
import { createScorer } from '../../src/index.js';
import type { ReportRow } from '../../src/report/index.js';

const scorer = createScorer();

/** A scored row. */
export function row(speaker: string | null, text: string, extra: Record<string, unknown> = {}): ReportRow {
  return { speaker, text, ...extra, tone: scorer.score(text) };
}

/** examples/statements.csv, scored (15 statements, 4 speakers, 2 dates). */
export async function exampleRows(): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for await (const r of readCsvRows(fileURLToPath(new URL('../../examples/statements.csv', import.meta.url))))
    rows.push({ ...r, speaker: r.speaker === '' ? null : (r.speaker ?? null), tone: scorer.score(r.text ?? '') });
  return rows;
}

/** The statements of the Geneva-talks fixture as analyzeArticle gives them (evidence in article offsets). */
export function genevaRows(): ReportRow[] {
  const text = readFileSync(fileURLToPath(new URL('../fixtures/geneva-talks.txt', import.meta.url)), 'utf8');
  return analyzeArticle(text).statements as unknown as ReportRow[];
}

/**
 * The labelled statements of the Ardenia–Belmark corpus (tests/fixtures/corpus: speaker and side as labelled,
 * the article's date), scored: 87 statements, 15 speakers, 4 sides, five ISO weeks.
 */
export async function corpusRows(): Promise<ReportRow[]> {
  const dates = new Map<string, string>();
  for await (const a of readCsvRows(fileURLToPath(new URL('../fixtures/corpus/articles.csv', import.meta.url))))
    dates.set(a.id ?? '', a.date ?? '');
  const lines = readFileSync(fileURLToPath(new URL('../fixtures/corpus/statements.jsonl', import.meta.url)), 'utf8');
  return lines
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { article: string; fragment: string; speaker: string; side: string })
    .map((s) => row(s.speaker, s.fragment, { side: s.side, date: dates.get(s.article) }));
}

/** Strings an attacker would put in a statement or a speaker name. */
export const HOSTILE = [
  '</svg><script>window.__pwned = 1; alert(1)</script>',
  '" onmouseover="window.__pwned = 2" x="',
  "' onfocus='window.__pwned = 3' autofocus='",
  '<img src=x onerror="window.__pwned = 4">',
  '<a href="javascript:window.__pwned = 5">click</a>',
  '<style>@import url(https://example.invalid/x.css);</style>',
  '<iframe src="https://example.invalid/"></iframe>',
  '</title><script>window.__pwned = 6</script>',
  '<!-- ]]> <![CDATA[ -->',
  '&lt;already escaped&gt; &amp; &#60;script&#62;',
];

/** Rows whose speakers and texts are the hostile strings (with tone words, so they are marked and listed). */
export function hostileRows(): ReportRow[] {
  return HOSTILE.flatMap((payload, i) => [
    row(payload, `We reject ${payload} and we warn them.`, { date: i % 2 === 0 ? payload : '2026-03-02' }),
    row(`Speaker ${i}`, `We welcome the talks ${payload}`, { date: '2026-03-16' }),
  ]);
}
