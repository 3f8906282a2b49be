/**
 * Reads and writes the built-in lexicon modules (lexicons/**.json) in their edited layout: the envelope's fields
 * one per line, then `entries` with one entry per line (`{ "term": "…", "dimension": "…", … }`), so that a tool's
 * rewrite changes only the lines it means to.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** The module at `path`. */
export function readModule(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Writes `module` to `path` in the edited layout. */
export function writeModule(path, module) {
  writeFileSync(path, formatModule(module));
}

/** The edited layout of a module. */
export function formatModule(module) {
  const lines = ['{'];
  const keys = Object.keys(module).filter((k) => k !== 'entries');
  for (const key of keys) lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(module[key])},`);
  lines.push('  "entries": [');
  module.entries.forEach((entry, i) => {
    lines.push(`    ${inline(entry)}${i < module.entries.length - 1 ? ',' : ''}`);
  });
  lines.push('  ]', '}');
  return `${lines.join('\n')}\n`;
}

/** An object on one line with a space inside its braces and after each colon and comma. */
function inline(value) {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
    .join(', ')} }`;
}
