/**
 * Batch scoring of CSV files and streams (Node only): files, a Node `Transform`, an async iterable, and
 * articles mode.
 * @module detente/csv
 */
export * from '../../src/csv/index.js';
