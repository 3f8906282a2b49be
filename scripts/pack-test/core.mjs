// The core entry as an ESM consumer of the installed tarball sees it.
import assert from 'node:assert/strict';
import { createScorer, DetenteError, explain, OptionsError, validateModule } from 'detente';
import labor from 'detente/lexicons/packs/labor.json' with { type: 'json' };

const scorer = createScorer();
const result = scorer.score('There is no trade space there — none.');
assert.equal(result.label, 'confrontational');
assert.ok(result.score < 0 && result.score >= -1, `score ${result.score}`);
assert.ok(result.evidence.some((e) => e.term === 'no trade space'));
assert.match(explain(result), /no trade space/);

const custom = createScorer({ packs: [], extra: [{ term: 'lockout', dimension: 'escalation', weight: -6 }] });
assert.equal(custom.score('They announced a lockout.').label, 'confrontational');
assert.equal(validateModule(labor).id, labor.id);
assert.throws(
  () => createScorer({ packs: ['nope'] }),
  (err) => err instanceof OptionsError && err instanceof DetenteError,
);
console.log('esm core: ok');
