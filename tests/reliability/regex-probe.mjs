/**
 * Child process of regex-audit.test.ts, run under V8's backtrack counter:
 *   node --enable-experimental-regexp-engine --enable-experimental-regexp-engine-on-excessive-backtracks
 *        --regexp-backtracks-before-fallback=B --trace-experimental-regexp-engine regex-probe.mjs
 * Reads `[{ literal, use, input }]` as JSON on stdin and runs each regex on its input the way the code uses it.
 * V8 counts the backtracks of each execution; past B it switches to its linear engine and the trace prints a
 * line naming the regex ("Experimental execution … <String[k]: #source>"). The parent reads those lines.
 * Also prints, per case, whether V8's linear engine supports the regex (otherwise the counter never watches it).
 */
import { readFileSync, writeSync } from 'node:fs';

const cases = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const { literal, use, input } of cases) {
  const cut = literal.lastIndexOf('/');
  const source = literal.slice(1, cut);
  const flags = literal.slice(cut + 1);
  let watched = true;
  try {
    new RegExp(source, `${flags.replace(/[gy]/g, '')}l`);
  } catch {
    watched = false;
  }
  const re = new RegExp(source, flags);
  let out;
  if (use === 'split') out = input.split(re).length;
  else if (use === 'replace') out = input.replace(re, '').length;
  else out = re.test(input);
  results.push({ literal, watched, out });
}
writeSync(2, `${JSON.stringify(results)}\n`);
