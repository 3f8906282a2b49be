// The core entry as a CommonJS consumer of the installed tarball sees it.
const assert = require('node:assert/strict');
const { createScorer, explain, validateModule, DetenteError, OptionsError } = require('detente');

const result = createScorer().score('There is no trade space there — none.');
assert.equal(result.label, 'confrontational');
assert.ok(result.evidence.some((e) => e.term === 'no trade space'));
assert.match(explain(result), /no trade space/);
const diplomacy = require('detente/lexicons/packs/diplomacy.json');
assert.equal(validateModule(diplomacy).id, diplomacy.id);
require('detente/lexicons/lexicon.schema.json');
assert.throws(
  () => createScorer({ packs: ['nope'] }),
  (err) => err instanceof OptionsError && err instanceof DetenteError,
);
console.log('cjs core: ok');
