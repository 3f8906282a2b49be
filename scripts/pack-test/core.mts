// Strict TypeScript (NodeNext, ESM) against the core entry's declarations.
import { createScorer, explain, type LexiconModule, type ScorerOptions, type ToneScore, validateModule } from 'detente';

const options: ScorerOptions = {
  packs: ['diplomacy', 'labor'],
  extra: [{ term: 'lockout', dimension: 'escalation', weight: -6 }],
};
const result: ToneScore = createScorer(options).score('We reject this proposal.');
const label: 'conciliatory' | 'confrontational' | 'neutral' | 'mixed' = result.label;
const first: string | undefined = result.evidence[0]?.term;
const text: string = explain(result);
const mine: LexiconModule = validateModule({
  id: 'me/terms',
  version: '1.0.0',
  language: 'en',
  kind: 'tone',
  entries: [],
});
// @ts-expect-error an unknown pack name is a type error
createScorer({ packs: ['nope'] });

export { first, label, mine, text };
