/**
 * Report time and size: `renderReport()` over 100,000 generated statements by 200 speakers of three sides, on
 * 84 dates put in twelve ISO weeks, two statements 1 MB long. Targets: under 10 s and under 5 MB. Times scoring and rendering separately
 * (median of runs), checks that the report counts every statement, and writes benchmarks/results/report.md.
 * `STATEMENTS=…`, `SPEAKERS=…`, `RUNS=…` change the size.
 *
 *   npm run bench:report
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createScorer } from '../dist/index.js';
import { renderReport } from '../dist/report.js';
import { prng, statements } from './lib/corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const COUNT = Number(process.env.STATEMENTS ?? 100_000);
const SPEAKERS = Number(process.env.SPEAKERS ?? 200);
const RUNS = Number(process.env.RUNS ?? 3);
const TARGET_MS = 10_000;
const TARGET_BYTES = 5 * 1024 * 1024;

const SURNAMES = ['Petrova', 'Lindqvist', 'Okafor', 'Adeyemi', 'Kovac', 'Moreau', 'Tanaka', 'Haddad', 'Novak', 'Silva'];
const TITLES = [
  'Foreign Minister',
  'Ambassador',
  'Spokesperson',
  'Deputy Minister',
  'Envoy',
  'Senator',
  'General',
  'Negotiator',
  'Professor',
  'Mayor',
];
const speakers = Array.from(
  { length: SPEAKERS },
  (_, i) => `${TITLES[i % 10]} ${SURNAMES[Math.floor(i / 10) % 10]}-${i}`,
);
const dates = Array.from({ length: 84 }, (_, d) => new Date(Date.UTC(2026, 0, 5 + d)).toISOString().slice(0, 10));
const SIDES = ['Ardenia', 'Belmark', 'mediators'];

// Speakers are drawn with a skew (a few are quoted often, most rarely), as in news.
const random = prng(11);
const texts = statements(COUNT, 7);
const longText = `${texts[0]} ${'The talks continued without any statement of substance. '.repeat(18_000)}`.slice(
  0,
  1 << 20,
);
texts[1] = longText;
texts[2] = longText;
const scorer = createScorer();
const t0 = performance.now();
const rows = texts.map((text, i) => {
  const who = Math.floor(random() ** 2 * SPEAKERS);
  return {
    id: i,
    speaker: speakers[who],
    side: SIDES[who % SIDES.length],
    date: dates[Math.floor(random() * dates.length)],
    text,
    tone: scorer.score(text),
  };
});
const scoreMs = performance.now() - t0;

const renders = [];
let html = '';
for (let r = 0; r < RUNS; r++) {
  const started = performance.now();
  html = renderReport(rows, {
    title: 'Benchmark report',
    by: 'date',
    bin: 'week',
    side: 'side',
    generator: 'benchmarks/report.mjs',
  });
  renders.push(performance.now() - started);
}
renders.sort((a, b) => a - b);
const renderMs = renders[Math.floor(RUNS / 2)];
const bytes = Buffer.byteLength(html);
const gzip = gzipSync(html).length;
const counted = html.includes(`${COUNT.toLocaleString('en')} statements`);
const speakersDrawn = new Set(rows.map((r) => r.speaker)).size;
const listed = (html.match(/<li class="statement"/g) ?? []).length;

const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const lines = [
  '# Report benchmark',
  '',
  `\`npm run bench:report\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}: ${COUNT.toLocaleString('en')} generated statements (two of them 1 MB long), ${speakersDrawn} speakers of ${SIDES.length} sides, ${dates.length} dates in 12 ISO weeks, \`renderReport(rows, { by: 'date', bin: 'week', side: 'side' })\`; median of ${RUNS} renders.`,
  '',
  `Load average during the run (2 cores, shared with other work): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}.`,
  '',
  '| measure | value | target |',
  '| --- | ---: | ---: |',
  `| scoring the statements (not part of the report) | ${(scoreMs / 1000).toFixed(2)} s | |`,
  `| renderReport | **${(renderMs / 1000).toFixed(2)} s** (runs: ${renders.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s) | < 10 s |`,
  `| report size | **${mb(bytes)}** (${(gzip / 1024).toFixed(0)} KB gzipped) | < 5 MB |`,
  `| statements listed (sampled; every one counted) | ${listed.toLocaleString('en')} | |`,
  `| every statement counted in the header | ${counted ? 'yes' : 'NO'} | yes |`,
  '',
];
const table = lines.join('\n');
console.log(table);
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results/report.md'), table);
if (renderMs > TARGET_MS || bytes > TARGET_BYTES || !counted) {
  console.error('report benchmark: a target was missed');
  process.exitCode = 1;
}
