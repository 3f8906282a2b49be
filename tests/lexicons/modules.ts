/**
 * The lexicon modules under `lexicons/`, read from disk for the lexicon tests: every module (for the schema
 * check) and the tone modules of the lexicons helper (core and packs), each with the scorer layout in which
 * its entries are meant to match.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LexiconModule, PackName, ScorerOptions, ToneEntry } from '../../src/index.js';

export const LEXICON_ROOT = fileURLToPath(new URL('../../lexicons/', import.meta.url));

/** A module file: its path relative to `lexicons/` and its parsed JSON. */
export interface ModuleFile {
  readonly path: string;
  readonly json: unknown;
}

/** Every `*.json` under `lexicons/` except the schema itself, whoever owns it. */
export function allModuleFiles(dir = LEXICON_ROOT): ModuleFile[] {
  const out: ModuleFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...allModuleFiles(full));
    else if (name.endsWith('.json') && name !== 'lexicon.schema.json') {
      out.push({ path: relative(LEXICON_ROOT, full), json: JSON.parse(readFileSync(full, 'utf8')) as unknown });
    }
  }
  return out;
}

function readModule(path: string): LexiconModule<'tone'> {
  return JSON.parse(readFileSync(join(LEXICON_ROOT, path), 'utf8')) as LexiconModule<'tone'>;
}

/** A tone module with the scorer options under which each of its entries must match alone. */
export interface ToneModule {
  readonly path: string;
  readonly module: LexiconModule<'tone'>;
  readonly scorer: ScorerOptions;
}

const PACKS: readonly PackName[] = ['diplomacy', 'labor', 'corporate'];

/** The core tone modules (scored without packs) and each pack (scored on the core with that pack alone). */
export const TONE_MODULES: readonly ToneModule[] = [
  { path: 'en/tone-conciliatory.json', module: readModule('en/tone-conciliatory.json'), scorer: { packs: [] } },
  { path: 'en/tone-confrontational.json', module: readModule('en/tone-confrontational.json'), scorer: { packs: [] } },
  { path: 'en/tone-courtesy.json', module: readModule('en/tone-courtesy.json'), scorer: { packs: [] } },
  ...PACKS.map((p) => ({ path: `packs/${p}.json`, module: readModule(`packs/${p}.json`), scorer: { packs: [p] } })),
];

/** The core tone modules' entries. */
export const CORE_ENTRIES: readonly ToneEntry[] = TONE_MODULES.slice(0, 3).flatMap((m) => m.module.entries);
