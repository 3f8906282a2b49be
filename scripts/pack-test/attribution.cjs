// detente/attribution as a CommonJS consumer sees it.
const assert = require('node:assert/strict');
const { extractStatements } = require('detente/attribution');

const statements = extractStatements('“I hope the emotions subside a bit,” Mr. Lavrov said.');
assert.ok(statements.length >= 1, 'one statement at least');
assert.match(String(statements[0].speaker), /Lavrov/);
console.log('cjs attribution: ok');
