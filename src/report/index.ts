/**
 * detente/report — a static HTML report of scored statements, with inline SVG charts (Observable Plot in a
 * server-side DOM). Node only; the core entry never loads it.
 */
export { renderReport } from './render-report.js';
export type { ReportOptions, ReportRow } from './types.js';
