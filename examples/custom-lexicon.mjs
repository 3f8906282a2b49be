#!/usr/bin/env node
/**
 * Write your own lexicon module, validate it, layer it on the built-ins, and check that every entry matches
 * when scored alone (the test detente runs on its own lexicons).
 */
import { createScorer, explain, validateModule } from '../dist/index.js'; // in your project: from 'detente'

const shipping = validateModule({
  id: 'acme/shipping',
  version: '1.0.0',
  language: 'en',
  kind: 'tone',
  description: 'Maritime disputes.',
  entries: [
    { term: 'blockade the strait', dimension: 'escalation', weight: -7 },
    { term: 'reopen shipping lane', dimension: 'deescalation', weight: 5 },
    { term: 'seize tanker', dimension: 'escalation', weight: -6 },
  ],
});

const scorer = createScorer({ lexicons: [shipping] });
const unmatched = shipping.entries.filter((e) => !scorer.score(e.term).evidence.some((h) => h.lemma === e.term));
console.log(unmatched.length === 0 ? 'every entry matches alone' : `never match: ${unmatched.map((e) => e.term)}`);
console.log(
  explain(scorer.score('The navy blockaded the strait on Monday, then agreed to reopen the shipping lanes.')),
);
