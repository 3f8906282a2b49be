#!/usr/bin/env node
/**
 * Every public export has JSDoc with an `@example`: walks the exports of each entry (src/index.ts,
 * src/attribution/index.ts, src/csv/index.ts, src/report/index.ts, those that exist) with the TypeScript checker, follows
 * re-exports to the declaration, and lists the exports whose JSDoc is missing or has no `@example`.
 * Values (functions, classes, constants) are listed apart from types. Exits 1 when any is missing (`--report` prints the list and exits 0).
 *
 *   node scripts/check-examples.mjs [--report] [--json]
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = [
  { name: 'detente', file: 'src/index.ts' },
  { name: 'detente/attribution', file: 'src/attribution/index.ts' },
  { name: 'detente/csv', file: 'src/csv/index.ts' },
  { name: 'detente/report', file: 'src/report/index.ts' },
].filter((e) => existsSync(join(root, e.file)));

const config = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
);
const program = ts.createProgram(
  ENTRIES.map((e) => join(root, e.file)),
  config?.options ?? { strict: true },
);
const checker = program.getTypeChecker();

/** The JSDoc blocks of a declaration (a variable's JSDoc sits on its statement). */
function docsOf(decl) {
  const holder = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  return ts.getJSDocCommentsAndTags(holder).filter((d) => ts.isJSDoc(d));
}

/** 'ok', 'no @example' or 'no JSDoc' for an exported symbol. */
function statusOf(symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const decls = target.declarations ?? [];
  const docs = decls.flatMap(docsOf);
  const kind = target.flags & ts.SymbolFlags.Value ? 'value' : 'type';
  if (docs.length === 0) return { status: 'no JSDoc', kind, decl: decls[0] };
  const hasExample = docs.some((d) => (d.tags ?? []).some((t) => t.tagName.text === 'example'));
  return { status: hasExample ? 'ok' : 'no @example', kind, decl: decls[0] };
}

const missing = [];
let total = 0;
for (const entry of ENTRIES) {
  const source = program.getSourceFile(join(root, entry.file));
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read the exports of ${entry.file}`);
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    total += 1;
    const { status, kind, decl } = statusOf(symbol);
    if (status === 'ok') continue;
    const where = decl ? relative(root, decl.getSourceFile().fileName) : '?';
    missing.push({ entry: entry.name, export: symbol.name, kind, status, file: where });
  }
}

if (process.argv.includes('--json')) console.log(JSON.stringify(missing, null, 2));
else {
  for (const kind of ['value', 'type']) {
    const some = missing.filter((m) => m.kind === kind);
    if (some.length > 0) console.log(`${kind} exports without an @example (${some.length}):`);
    for (const m of some) console.log(`  ${m.entry}  ${m.export}  ${m.status}  (${m.file})`);
  }
  console.log(
    `${total - missing.length}/${total} exports of ${ENTRIES.map((e) => e.name).join(', ')} have an @example`,
  );
}
if (missing.length > 0 && !process.argv.includes('--report')) process.exitCode = 1;
