/**
 * A static HTML report of scored statements with inline SVG charts (Node only): `renderReport()`.
 * @module detente/report
 */
export * from '../../src/report/index.js';
