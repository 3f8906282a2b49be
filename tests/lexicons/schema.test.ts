/** Every lexicon module under lexicons/ (all kinds, all owners) validates against lexicons/lexicon.schema.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateModule } from '../../src/index.js';
import { allModuleFiles, LEXICON_ROOT } from './modules.js';

const schema = JSON.parse(readFileSync(join(LEXICON_ROOT, 'lexicon.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const files = allModuleFiles();

describe('lexicon modules against the JSON Schema', () => {
  it('finds the modules', () => {
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'en/tone-conciliatory.json',
        'en/tone-confrontational.json',
        'packs/diplomacy.json',
        'packs/labor.json',
        'packs/corporate.json',
      ]),
    );
  });

  it.each(files.map((f) => [f.path, f.json] as const))('%s validates', (_path, json) => {
    const ok = validate(json);
    expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message ?? ''}`)).toEqual([]);
  });

  it.each(files.map((f) => [f.path, f.json] as const))('%s passes the loader (validateModule)', (_path, json) => {
    expect(() => validateModule(json)).not.toThrow();
  });

  it('rejects a module the schema forbids (the check can fail)', () => {
    const bad = {
      id: 'x/y',
      version: '1.0.0',
      language: 'en',
      kind: 'tone',
      entries: [{ term: 'threaten', dimension: 'threat', weight: 0 }],
    };
    expect(validate(bad)).toBe(false);
  });

  it('agrees with the loader on entry constraints (`when`)', () => {
    const entry = (when: unknown) => ({
      id: 'x/y',
      version: '1.0.0',
      language: 'en',
      kind: 'tone',
      entries: [{ term: 'why', dimension: 'hostility', weight: -1, when }],
    });
    const accepts = (json: object) => {
      let loader = true;
      try {
        validateModule(json);
      } catch {
        loader = false;
      }
      return [validate(json), loader];
    };
    for (const ok of [{ start: 'sentence' }, { start: 'clause', question: true }, { question: false }]) {
      expect(accepts(entry(ok))).toEqual([true, true]);
    }
    for (const bad of [{}, { start: 'word' }, { question: 1 }, { end: 'x' }, 'sentence', null]) {
      expect(accepts(entry(bad))).toEqual([false, false]);
    }
  });
});
