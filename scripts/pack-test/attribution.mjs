// detente/attribution as an ESM consumer sees it: wink-nlp and its model come from the tarball's dependencies.
import assert from 'node:assert/strict';
import { analyzeArticle, extractStatements } from 'detente/attribution';

const text = '“I hope the emotions subside a bit,” Mr. Lavrov said.';
const statements = extractStatements(text);
assert.ok(statements.length >= 1, 'one statement at least');
assert.match(String(statements[0].speaker), /Lavrov/);
assert.equal(text.slice(...statements[0].spans.content).length > 0, true);
const report = analyzeArticle(text);
assert.ok(report.statements.length >= 1);
console.log('esm attribution: ok');
