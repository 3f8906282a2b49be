/**
 * detente — the core entry: scoring, lexicons, explain, evaluate, profiles. Browser-safe: no Node built-ins,
 * no NLP model, lexicons bundled as data.
 */
export { AliasesError, DetenteError, InputError, LexiconError, OptionsError } from './errors.js';
export type { DetenteErrorCode } from './errors.js';
export {
  CONCILIATORY_DIMENSIONS,
  CONFRONTATIONAL_DIMENSIONS,
  DIMENSIONS,
  isDimension,
  poleOf,
} from './lexicon/dimensions.js';
export type { ConciliatoryDimension, ConfrontationalDimension, Dimension } from './lexicon/dimensions.js';
export { CLASS_WEIGHTS, FORM_FACTORS, classWeight, nearestForm } from './lexicon/class-weights.js';
export type { DimensionClass, EntryForm } from './lexicon/class-weights.js';
export type {
  AppliedModifier,
  Evidence,
  ModifierType,
  Scorer,
  Thresholds,
  ToneLabel,
  ToneScore,
} from './scoring/types.js';
export type { PackName } from './lexicon/pack-names.js';
export type { ScorerOptions } from './scoring/options.js';
export type * from './lexicon/types.js';
// -- scoring engine (owner: core) --
export { createScorer } from './scoring/create-scorer.js';
export { explain } from './scoring/explain.js';
export type { ExplainOptions } from './scoring/explain.js';
export { DEFAULT_THRESHOLDS } from './scoring/resolve-options.js';
export { validateModule } from './lexicon/validate-module.js';
export { coreModules, packModule, PACK_NAMES } from './lexicon/builtin.js';
// -- evaluate (owner: analytics) --
export { evaluate } from './evaluate/evaluate.js';
export { auc } from './evaluate/auc.js';
export { pearson, spearman } from './evaluate/spearman.js';
export { TONE_LABELS, isToneLabel } from './evaluate/labels.js';
export type {
  ClassMetrics,
  ConfusionMatrix,
  EvaluableScorer,
  EvaluateOptions,
  Evaluation,
  EvaluationRow,
  Prediction,
} from './evaluate/types.js';
// -- speaker identity across a corpus (owner: corpus) --
export { resolveSpeakers, SpeakerDirectory } from './identity/resolve-speakers.js';
export { parseSpeaker } from './identity/parse-speaker.js';
export type { ParsedSpeaker } from './identity/parse-speaker.js';
export { aliasTable, parseAliases } from './identity/aliases.js';
export type { AliasesInput, AliasTable } from './identity/aliases.js';
export type {
  IdentityFields,
  ResolveOptions,
  SpeakerIdentity,
  SpeakerKind,
  SpeakerResolution,
} from './identity/identity-types.js';
// -- profiles (owner: analytics) --
export { profileSpeakers } from './profile/profile-speakers.js';
export { compareGroups } from './profile/compare-groups.js';
export { trends } from './profile/trends.js';
export { statementTone } from './profile/statement-tone.js';
export type { StatementTone, StatementToneOptions } from './profile/statement-tone.js';
export { DEFAULT_MIN_N } from './profile/options.js';
export { calendarDay, periodAt, periodOf, TIME_BINS } from './profile/time-bins.js';
export type { Period, TimeBin } from './profile/time-bins.js';
export type { Trend, TrendOptions, TrendPoint, TrendReason, TrendReport } from './profile/trend-types.js';
export type {
  DimensionLean,
  GroupBy,
  TimeGroup,
  ProfileOptions,
  ProfileReport,
  ProfileRow,
  SpeakerProfile,
  StatementRef,
  StrongestEvidence,
} from './profile/types.js';
export type { CompareOptions, GroupComparison, Pole, SpeakerShift } from './profile/compare-types.js';
