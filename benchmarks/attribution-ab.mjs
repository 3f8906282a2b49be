// A/B speed of two builds of detente/attribution in one process, interleaved round by round so that a
// shared machine's load drifts over both alike. Build each side as one bundle, for example:
//   git archive <commit> src lexicons package.json | tar -x -C /tmp/a && ln -s "$PWD/node_modules" /tmp/a/
//   npx esbuild /tmp/a/src/attribution/index.ts --bundle --platform=node --format=esm --outfile=/tmp/a/attr.mjs \
//     --external:wink-nlp --external:wink-eng-lite-web-model
// (the bundle sits beside the node_modules link, where wink resolves), then:
//   node benchmarks/attribution-ab.mjs /tmp/a/attr.mjs /tmp/b/attr.mjs [seconds]
// The articles are the speed benchmark's (benchmarks/lib/attribution-docs.mjs).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { speedDocs } from './lib/attribution-docs.mjs';

const [aPath, bPath, secondsArg] = process.argv.slice(2);
if (!aPath || !bPath) {
  console.error('usage: node benchmarks/attribution-ab.mjs A.mjs B.mjs [seconds]');
  process.exit(2);
}
const a = await import(pathToFileURL(aPath).href);
const b = await import(pathToFileURL(bPath).href);
const { docs } = speedDocs();
const fns = [
  ['A', (d) => a.extractStatements(d)],
  ['B', (d) => b.extractStatements(d)],
];
for (const [, f] of fns) for (const d of docs.slice(0, 5)) f(d);
const spent = fns.map(() => 0);
let rounds = 0;
const start = performance.now();
while (performance.now() - start < Number(secondsArg ?? 20) * 1000) {
  fns.forEach(([, f], k) => {
    const t = performance.now();
    for (const d of docs) f(d);
    spent[k] += performance.now() - t;
  });
  rounds += 1;
}
fns.forEach(([name], k) => {
  const perSecond = (rounds * docs.length) / (spent[k] / 1000);
  console.log(
    `${name}: ${perSecond.toFixed(1)} articles/s (${(spent[k] / rounds / docs.length).toFixed(3)} ms/article)`,
  );
});
console.log(`B/A: ${(spent[0] / spent[1]).toFixed(3)} (speed of B relative to A, ${rounds} rounds)`);
