/**
 * The core: scoring, lexicons, explain, evaluate, profiles. Browser-safe: no Node built-ins, no NLP model,
 * lexicons bundled as data.
 * @module detente
 */
export * from '../../src/index.js';
