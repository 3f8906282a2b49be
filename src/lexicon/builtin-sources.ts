/**
 * The built-in modules as people edit them (lexicons/**.json, with their notes). Read at build time by
 * scripts/precompile-lexicons.mjs, which generates what the published entries ship (src/lexicon/generated/),
 * and by the tests that check the generated files are current. Nothing in a published entry imports this.
 */
import boundaries from '../../lexicons/en/boundaries.json' with { type: 'json' };
import conditionals from '../../lexicons/en/conditionals.json' with { type: 'json' };
import contrast from '../../lexicons/en/contrast.json' with { type: 'json' };
import fillers from '../../lexicons/en/fillers.json' with { type: 'json' };
import hedges from '../../lexicons/en/hedges.json' with { type: 'json' };
import inflections from '../../lexicons/en/inflections.json' with { type: 'json' };
import intensifiers from '../../lexicons/en/intensifiers.json' with { type: 'json' };
import negators from '../../lexicons/en/negators.json' with { type: 'json' };
import operators from '../../lexicons/en/operators.json' with { type: 'json' };
import conciliatory from '../../lexicons/en/tone-conciliatory.json' with { type: 'json' };
import confrontational from '../../lexicons/en/tone-confrontational.json' with { type: 'json' };
import courtesy from '../../lexicons/en/tone-courtesy.json' with { type: 'json' };
import corporate from '../../lexicons/packs/corporate.json' with { type: 'json' };
import diplomacy from '../../lexicons/packs/diplomacy.json' with { type: 'json' };
import labor from '../../lexicons/packs/labor.json' with { type: 'json' };
import type { PackName } from './pack-names.js';
import type { LexiconModule } from './types.js';

/** The English core, in layering order. */
export const SOURCE_CORE = [
  inflections,
  fillers,
  negators,
  operators,
  intensifiers,
  hedges,
  contrast,
  conditionals,
  boundaries,
  conciliatory,
  confrontational,
  courtesy,
] as unknown as readonly LexiconModule[];

/** The domain packs. */
export const SOURCE_PACKS = { diplomacy, labor, corporate } as unknown as Readonly<Record<PackName, LexiconModule>>;
