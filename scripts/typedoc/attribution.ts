/**
 * Who said what: the statements of an article (direct quotes, partial quotes, reported speech) with their
 * speakers, scored. Loads wink-nlp and its English lite model.
 * @module detente/attribution
 */
export * from '../../src/attribution/index.js';
