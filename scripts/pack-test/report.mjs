// detente/report as an ESM consumer sees it: a report of two scored statements, self-contained and escaped.
import assert from 'node:assert/strict';
import { createScorer } from 'detente';
import { renderReport } from 'detente/report';

const scorer = createScorer();
const rows = [
  { speaker: 'Petrova', date: '2026-03-02', text: 'We will never accept an ultimatum.' },
  { speaker: '<b>Lindqvist</b>', date: '2026-03-16', text: 'We welcome the talks.' },
].map((r) => ({ ...r, tone: scorer.score(r.text) }));
const html = renderReport(rows, { title: 'Pack test', by: 'date' });
assert.match(html, /^<!doctype html>/);
assert.match(html, /<svg[^>]*role="img"/);
assert.match(html, /&lt;b&gt;Lindqvist&lt;\/b&gt;/);
assert.doesNotMatch(html, /<script|<b>Lindqvist/i);
console.log('esm report: ok');
