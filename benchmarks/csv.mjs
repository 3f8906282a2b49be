// Batch throughput benchmark (`npm run bench:csv`; ROWS=100000 ROUNDS=1 for a quick run).
// Generates a deterministic CSV (id, speaker, text) into benchmarks/data/generated/, then runs each case in
// its own child process, which reports its own wall time and peak RSS (process.resourceUsage().maxRSS):
//   1. fast-csv parse → format pass-through that appends as many columns as detente does (the floor),
//   2. detente score with 1 worker and with 2 workers, on the file and on one twice its size (RSS flatness).
// Writes benchmarks/results/csv.md.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { prng } from './lib/corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const ROWS = Number(process.env.ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 2);

// --- deterministic statement generator -------------------------------------------------------------
const SPEAKERS = [
  'Sergey Lavrov',
  'Antony Blinken',
  'Wendy Sherman',
  'Jen Psaki',
  'Ned Price',
  'Jens Stoltenberg',
  'Olaf Scholz',
  'Emmanuel Macron',
  'Maria Zakharova',
  'Dmitry Peskov',
  'the union president',
  'the company spokesperson',
];
const OPENERS = [
  'We',
  'Our government',
  'The delegation',
  'My colleagues and I',
  'The alliance',
  'Moscow',
  'Washington',
  'The ministry',
  'Both sides',
  'Management',
];
const CLAUSES = [
  'remain ready to continue the dialogue on security guarantees',
  'will never accept these demands under any circumstances',
  'welcome the constructive talks held in Geneva this week',
  'warn against any further provocation near the border',
  'are prepared to discuss reciprocal limits on exercises',
  'reject the accusations made by the other side as baseless',
  'hope that diplomacy will prevail in the coming days',
  'will respond with severe and coordinated economic measures',
  'appreciate the frank and useful exchange of views',
  'see no trade space on the question of enlargement',
  'agreed to keep working together on arms control',
  'condemn the build-up of troops and heavy equipment',
  'expect a written answer to our proposals by the end of the month',
  'do not plan to attack anyone at all',
  'are open to compromise if the other side shows good faith',
  'consider the latest offer an insult to the workers',
  'will strike next week unless the wage proposal improves',
  'thank our partners for their support and patience',
  'discussed the schedule for the next round of meetings',
  'noted the positions of all parties on the agenda',
];
const TAILS = [
  '',
  ' today',
  ' in the strongest terms',
  ' without delay',
  ' as soon as possible',
  ', as we said before',
  ' at this stage',
  ' once again',
];
function statement(rand) {
  const parts = [];
  const sentences = 1 + Math.floor(rand() * 2.2);
  for (let s = 0; s < sentences; s++) {
    const opener = OPENERS[Math.floor(rand() * OPENERS.length)];
    const clause = CLAUSES[Math.floor(rand() * CLAUSES.length)];
    const tail = TAILS[Math.floor(rand() * TAILS.length)];
    const joiner = rand() < 0.3 ? `, but ${CLAUSES[Math.floor(rand() * CLAUSES.length)]}` : '';
    parts.push(`${opener} ${clause}${tail}${joiner}.`);
  }
  return parts.join(' ');
}
function quoteCsv(value) {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

async function generate(rows, file) {
  if (existsSync(file) && statSync(file).size > 0) return;
  mkdirSync(dirname(file), { recursive: true });
  const rand = prng(20260128);
  const out = createWriteStream(file);
  async function* lines() {
    yield 'id,speaker,text\n';
    let buf = '';
    for (let i = 1; i <= rows; i++) {
      buf += `${i},${quoteCsv(SPEAKERS[Math.floor(rand() * SPEAKERS.length)])},${quoteCsv(statement(rand))}\n`;
      if (i % 5000 === 0) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  }
  await pipeline(lines, out);
}

// --- cases (each runs in a child process) ----------------------------------------------------------
async function runCase(kind, file, workers) {
  const started = performance.now();
  let rows = 0;
  // Peak RSS when half the input has been read: compared with the final peak, it shows whether memory
  // grows with the rows read, within one process (free of the run-to-run noise between processes).
  let halfRss = 0;
  if (kind === 'passthrough') {
    const { parse, format } = await import('fast-csv');
    const extra = ['0', 'neutral', '0', '0', '0', '', '', 'ok'];
    const parser = parse({ headers: false }).on('data', () => rows++);
    await pipeline(
      createReadStream(file, { highWaterMark: 256 * 1024 }),
      parser,
      format({ headers: false, transform: (row) => [...row, ...extra] }),
      createWriteStream('/dev/null'),
    );
    rows -= 1;
  } else {
    const { scoreCsv } = await import(join(process.env.DETENTE_DIST ?? join(root, 'dist'), 'csv.js'));
    const total = statSync(file).size;
    const onProgress = (p) => {
      if (halfRss === 0 && p.bytesRead >= total / 2) halfRss = process.resourceUsage().maxRSS * 1024;
    };
    const summary = await scoreCsv({
      input: file,
      output: createWriteStream('/dev/null'),
      text: 'text',
      workers,
      onProgress,
    });
    rows = summary.rowsScored;
  }
  const seconds = (performance.now() - started) / 1000;
  const usage = process.resourceUsage();
  process.stdout.write(
    JSON.stringify({
      rows,
      seconds,
      rss: usage.maxRSS * 1024,
      halfRss,
      cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    }),
  );
}

function child(kind, file, workers = 1) {
  const res = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--case', kind, file, String(workers)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (res.status !== 0) throw new Error(`case ${kind} failed: ${res.stderr}`);
  const r = JSON.parse(res.stdout);
  return { ...r, rate: r.rows / r.seconds };
}

async function main() {
  const loadAtStart = loadavg();
  const dir = join(here, 'data/generated');
  const file = join(dir, `statements-${ROWS}.csv`);
  const file2 = join(dir, `statements-${ROWS * 2}.csv`);
  await generate(ROWS, file);
  await generate(ROWS * 2, file2);
  const mb = (b) => (b / 1048576).toFixed(0);
  const cases = [
    ['fast-csv pass-through (+8 columns)', 'passthrough', file, 1],
    ['detente score, 1 worker', 'score', file, 1],
    ['detente score, 2 workers', 'score', file, 2],
    [`detente score, 1 worker, 2× file`, 'score', file2, 1],
    [`detente score, 2 workers, 2× file`, 'score', file2, 2],
  ];
  // The machine is shared: cases run in ROUNDS interleaved rounds; each keeps its fastest run (the least
  // disturbed) and its highest peak RSS (the conservative one).
  const results = cases.map(([name]) => ({
    name,
    rate: 0,
    rss: 0,
    growth: 0,
    rows: 0,
    seconds: Number.POSITIVE_INFINITY,
    cpu: Number.POSITIVE_INFINITY,
  }));
  for (let round = 1; round <= ROUNDS; round++) {
    cases.forEach(([name, kind, f, w], i) => {
      const r = child(kind, f, w);
      const best = results[i];
      if (r.rate > best.rate) Object.assign(best, { rate: r.rate, rows: r.rows, seconds: r.seconds, cpu: r.cpu });
      best.rss = Math.max(best.rss, r.rss);
      if (r.halfRss > 0) best.growth = Math.max(best.growth, r.rss / r.halfRss - 1);
      console.log(
        `round ${round}: ${name.padEnd(38)} ${r.rows.toLocaleString('en-US').padStart(10)} rows  ${Math.round(r.rate).toLocaleString('en-US').padStart(8)} rows/s  ${(1e6 / r.rate).toFixed(1).padStart(5)} µs/row  CPU ${((r.cpu * 1e6) / r.rows).toFixed(1)} µs/row  peak RSS ${mb(r.rss)} MB`,
      );
    });
  }
  const base = results[0].rate;
  const ratio = (i) => results[i].rate / base;
  const flat = (a, b) => results[b].rss / results[a].rss - 1;
  const lines = [
    '# CSV batch benchmark',
    '',
    `Generated by \`npm run bench:csv\` (benchmarks/csv.mjs) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), shared with other work.`,
    `Input: ${ROWS.toLocaleString('en-US')} generated rows (id, speaker, text of 10–40 words), ${mb(statSync(file).size)} MB; the 2× file has ${(ROWS * 2).toLocaleString('en-US')} rows. Output to /dev/null. Each case is a separate process; RSS is its peak (maxRSS), worker threads included.`,
    '',
    `Best of ${ROUNDS} interleaved rounds per case (load average at the start: ${loadAtStart.map((x) => x.toFixed(1)).join(', ')}). CPU is user + system time of the whole process per row.`,
    '',
    '| case | rows | rows/s | µs/row (wall) | µs/row (CPU) | cores used | × pass-through | peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r, i) =>
        `| ${r.name} | ${r.rows.toLocaleString('en-US')} | ${Math.round(r.rate).toLocaleString('en-US')} | ${(1e6 / r.rate).toFixed(1)} | ${((r.cpu * 1e6) / r.rows).toFixed(1)} | ${(r.cpu / r.seconds).toFixed(2)} | ${ratio(i).toFixed(2)} | ${mb(r.rss)} MB |`,
    ),
    '',
    '| target | measured | met |',
    '|---|---:|---|',
    `| 1 worker ≥ 0.65× pass-through | ${ratio(1).toFixed(2)}× | ${ratio(1) >= 0.65 ? 'yes' : 'no'} |`,
    `| 2 workers ≥ 0.85× pass-through | ${ratio(2).toFixed(2)}× | ${ratio(2) >= 0.85 ? 'yes' : 'no'} |`,
    `| peak RSS ≤ 200 MB | ${mb(Math.max(...results.slice(1).map((r) => r.rss)))} MB max | ${results.slice(1).every((r) => r.rss <= 200 * 1048576) ? 'yes' : 'no'} |`,
    `| 2× file adds < 10% RSS (1 worker / 2 workers) | ${(flat(1, 3) * 100).toFixed(1)}% / ${(flat(2, 4) * 100).toFixed(1)}% | ${flat(1, 3) < 0.1 && flat(2, 4) < 0.1 ? 'yes' : 'no'} |`,
    `| RSS growth over the second half of the 2× file, within one run (1 worker / 2 workers; worst round) | ${(results[3].growth * 100).toFixed(1)}% / ${(results[4].growth * 100).toFixed(1)}% | ${results[3].growth < 0.1 && results[4].growth < 0.1 ? 'yes' : 'no'} |`,
    '',
    '## Reading these numbers',
    '',
    '- "cores used" is CPU time ÷ wall time. On this shared machine other work often leaves one core free at best:',
    '  when the 2-worker case shows ≈1 core used, it had no second core to run on, and its rows/s is then bounded',
    '  by its CPU per row (which includes the cost of handing batches to a worker thread).',
    "- detente does not run fast-csv's parser on the hot path. Its own splitter must look at every byte anyway",
    '  (to report ragged rows, broken quotes, invalid UTF-8 and oversized fields as data, with the raw line and',
    '  line number — fast-csv stops the stream on a stray quote and decodes bad bytes silently), and it keeps each',
    "  record's original text, so only the text column is parsed and the input columns are written back",
    '  unchanged. fast-csv still reads files for `detente eval` / `profile` and writes the errors file.',
    '- `workers: 2` means this thread plus one worker thread: a batch goes to the worker unless it already has',
    '  two queued, in which case this thread scores it. Peak RSS includes both isolates.',
    '',
  ];
  mkdirSync(join(here, 'results'), { recursive: true });
  if (ROWS === 1_000_000 || process.env.WRITE_RESULTS === '1')
    writeFileSync(join(here, 'results/csv.md'), lines.join('\n'));
  else console.log(`(ROWS=${ROWS}: results/csv.md not written; set WRITE_RESULTS=1 to write it)`);
  console.log(lines.join('\n'));
}

if (process.argv[2] === '--case') await runCase(process.argv[3], process.argv[4], Number(process.argv[5]));
else await main();
