#!/usr/bin/env node
/** Score one sentence and explain it: `node examples/score-sentence.mjs "We will never accept this."` */
import { createScorer, explain } from '../dist/index.js'; // in your project: from 'detente'

const text = process.argv[2] ?? 'We remain ready to continue the dialogue, but we will never accept an ultimatum.';
const result = createScorer().score(text);
console.log(explain(result));
console.log(JSON.stringify({ score: result.score, label: result.label, dimensions: result.dimensions }));
