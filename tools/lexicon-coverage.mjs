/**
 * Lexicon coverage report (dev-time): which frequent words and 2–3-word phrases of a corpus no lexicon entry
 * matches, and candidate synonyms of existing entries, as a review list. It never edits a lexicon.
 *
 *   npm run lexicon:coverage                                  # dev sets, tuning half A, after a build
 *   node tools/lexicon-coverage.mjs corpus.csv --column quote --half all --top 60 --min 2 --out coverage.md
 *
 * Coverage is what the built scorer actually matches (dist/, default options): a token is covered when it
 * lies in the span of a hit. Words are grouped by Porter stem (natural's PorterStemmer) and stopwords are
 * natural's English list.
 */
import { writeFileSync } from 'node:fs';
import { createScorer } from '../dist/index.js';
import { readCorpus } from './coverage/corpus.mjs';
import { Counter } from './coverage/counter.mjs';
import { loadToneEntries } from './coverage/lexicon-entries.mjs';
import { renderReport } from './coverage/render.mjs';
import { covered, isNoise, tokenize } from './coverage/tokens.mjs';

process.env.DOTENV_CONFIG_QUIET ??= 'true'; // natural loads dotenv, which otherwise prints banners on stdout
const { default: natural } = await import('natural');

let files;
let options;
const rows = [];
try {
  ({ files, options } = parseArgs(process.argv.slice(2)));
  for (const file of files) rows.push(...(await readCorpus(file, options)));
} catch (err) {
  console.error(`lexicon-coverage: ${err.message}`);
  process.exit(2);
}
const stem = (word) => natural.PorterStemmer.stem(word);
const stopwords = new Set(natural.stopwords);
const scorer = createScorer();

const words = new Counter();
const phrases = new Counter();
const hitsByText = new Map();
let tokenCount = 0;
let coveredCount = 0;
let textsWithHits = 0;
for (const [index, row] of rows.entries()) {
  const { evidence } = scorer.score(row.text);
  if (evidence.length > 0) {
    textsWithHits++;
    hitsByText.set(index, new Set(evidence.map((e) => e.lemma)));
  }
  const tokens = tokenize(row.text, stem);
  const open = tokens.map((t) => !covered(t, evidence));
  tokenCount += tokens.length;
  coveredCount += open.filter((o) => !o).length;
  for (const [i, t] of tokens.entries()) {
    if (open[i] && !isNoise(t.word, stopwords)) words.add(t.key, t.word, index, row.label);
    for (const n of [2, 3]) {
      const gram = tokens.slice(i, i + n);
      if (gram.length < n || gram.some((g, k) => g.clause !== t.clause || !open[i + k])) continue;
      const first = gram[0].word;
      const last = gram[n - 1].word;
      if (isNoise(first, stopwords) || isNoise(last, stopwords)) continue;
      phrases.add(gram.map((g) => g.key).join(' '), gram.map((g) => g.word).join(' '), index, row.label);
    }
  }
}

const report = renderReport({
  files,
  options,
  rows: rows.length,
  labelled: rows.filter((r) => r.label !== undefined).length,
  textsWithHits,
  tokenCount,
  coveredCount,
  words,
  phrases,
  hitsByText,
  texts: rows.map((r) => r.text),
  entries: loadToneEntries(),
  stem,
  distance: natural.LevenshteinDistance,
});
if (options.out) {
  writeFileSync(options.out, report);
  console.log(`wrote ${options.out}`);
} else console.log(report);

function parseArgs(argv) {
  const opts = { top: 40, min: 3, half: 'A', column: 'text', label: undefined, out: undefined };
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--top') opts.top = Number(value());
    else if (arg === '--min') opts.min = Number(value());
    else if (arg === '--half') opts.half = value();
    else if (arg === '--column') opts.column = value();
    else if (arg === '--label') opts.label = value();
    else if (arg === '--out') opts.out = value();
    else if (arg === '--help' || arg === '-h') {
      console.log(
        'usage: node tools/lexicon-coverage.mjs [file.tsv|file.csv|file.txt …] [--column text] [--label class] [--half A|B|all] [--top 40] [--min 3] [--out report.md]',
      );
      process.exit(0);
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else paths.push(arg);
  }
  if (!['A', 'B', 'all'].includes(opts.half)) throw new Error(`--half must be A, B or all, got ${opts.half}`);
  if (!(opts.top > 0) || !(opts.min > 0)) throw new Error('--top and --min must be positive numbers');
  const defaults = [
    'benchmarks/data/cameo-verbal.dev.tsv',
    'benchmarks/data/casino.train.tsv',
    'benchmarks/data/politeness-stackexchange.dev.tsv',
  ].map((p) => new URL(`../${p}`, import.meta.url).pathname);
  return { files: paths.length > 0 ? paths : defaults, options: opts };
}
