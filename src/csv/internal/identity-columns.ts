/**
 * The speaker columns `detente score --aliases` appends after the tone columns: `speaker_id`, `speaker_name`
 * (canonical) and `side`, read from the speaker cell of each row alone. A stream cannot see the corpus, so a
 * surname alone ("Kovac") keeps an id of its own here; `detente profile` unifies those across a file.
 */
import { type AliasesInput, type AliasTable, aliasTable } from '../../identity/aliases.js';
import { SpeakerDirectory } from '../../identity/resolve-speakers.js';

/** The appended column names, in order. */
export const IDENTITY_COLUMNS = ['speaker_id', 'speaker_name', 'side'] as const;

/** What a batch needs to name speakers: plain data, sent to workers as it is. */
export interface IdentityPlan {
  readonly speakerIndex: number;
  readonly canonical: readonly (readonly [string, string])[];
  readonly sides: readonly (readonly [string, string])[];
}

/**
 * The plan for an alias table and the speaker column's index.
 * @example
 * ```ts
 * identityPlan(parseAliases(text), 1); // { speakerIndex: 1, canonical: [['sergey dragan', 'Sergei Dragan']], sides: […] }
 * ```
 */
export function identityPlan(aliases: AliasTable | AliasesInput, speakerIndex: number): IdentityPlan {
  const table = aliasTable(aliases);
  return { speakerIndex, canonical: [...table.canonical], sides: [...table.sides] };
}

// One namer per plan in each thread (workers get a fresh copy of the plan with every batch, hence the key).
const namers = new Map<string, (speaker: string) => readonly [string, string, string]>();

/**
 * The three cells for a speaker string, cached per distinct string.
 * @example
 * ```ts
 * identityCells(plan, 'Government spokesman Christian Solberg'); // ['name:solberg.k', 'Kristian Solberg', 'Belmark']
 * ```
 */
export function identityCells(plan: IdentityPlan, speaker: string): readonly [string, string, string] {
  const key = JSON.stringify([plan.canonical, plan.sides]);
  let namer = namers.get(key);
  if (namer === undefined) {
    const aliases: AliasTable = { canonical: new Map(plan.canonical), sides: new Map(plan.sides) };
    const cache = new Map<string, readonly [string, string, string]>();
    namer = (s) => {
      let cells = cache.get(s);
      if (cells === undefined) {
        const directory = new SpeakerDirectory({ aliases });
        const row = { speaker: s };
        directory.add(row);
        const f = directory.fieldsOf(row);
        cells = [f.speakerId ?? '', f.speaker ?? '', f.side ?? ''];
        // Bounded: a file of a million distinct speaker strings should not hold them all.
        if (cache.size > 100_000) cache.clear();
        cache.set(s, cells);
      }
      return cells;
    };
    if (namers.size > 8) namers.clear();
    namers.set(key, namer);
  }
  return namer(speaker);
}
