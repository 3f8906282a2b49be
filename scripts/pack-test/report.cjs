// detente/report as a CommonJS consumer sees it (Observable Plot is ESM only: require(esm), Node ≥ 20.19).
const assert = require('node:assert/strict');
const { createScorer } = require('detente');
const { renderReport } = require('detente/report');

const scorer = createScorer();
const text = 'We reject the ultimatum.';
const html = renderReport([{ speaker: 'Petrova', text, tone: scorer.score(text) }], { title: 'Pack test' });
assert.match(html, /<mark class="conf" data-span="3,9"[^>]*>reject<\/mark>/);
assert.doesNotMatch(html, /<script/i);
console.log('cjs report: ok');
