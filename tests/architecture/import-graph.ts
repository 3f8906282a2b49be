/**
 * The import graph of `src/`, read from the source text, and the two rules of ../shared/DESIGN.md's layers:
 * a file imports only from its own layer or below, and no import cycles. Pure functions over a graph, so the
 * test can show that each rule fails where it should on a graph made up for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** file (relative to src/, '/'-separated) → the src files it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

// Static imports and re-exports (`import … from '…'`, `export … from '…'`, `import '…'`) and dynamic `import('…')`.
const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTs(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Reads every `.ts` file under `srcDir` and returns its imports of other files under `srcDir`. */
export function readImportGraph(srcDir: string): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of listTs(srcDir)) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const targets: string[] = [];
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = m[1] ?? m[2] ?? m[3] ?? '';
      if (!spec.startsWith('.') || !spec.endsWith('.js')) continue;
      const target = relative(srcDir, resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      if (!target.startsWith('..')) targets.push(target.split('\\').join('/'));
    }
    graph.set(relative(srcDir, file).split('\\').join('/'), targets);
  }
  return graph;
}

/**
 * The layers, lowest first (DESIGN.md): errors · text · lexicon · scoring, identity · evaluate, profile · the
 * core entry (index.ts) · attribution · csv, report · cli.
 */
const LAYER_OF: Readonly<Record<string, number>> = {
  'errors.ts': 0,
  text: 1,
  lexicon: 2,
  scoring: 3,
  identity: 3,
  evaluate: 4,
  profile: 4,
  'index.ts': 5,
  attribution: 6,
  csv: 7,
  report: 7,
  cli: 8,
};

/** The layer of a file under src/, or undefined for a folder the design does not name. */
export function layerOf(file: string): number | undefined {
  return LAYER_OF[file.split('/')[0] ?? ''];
}

/** Imports that point up the layers, or from a file in no named layer, as "from → to" lines. */
export function upwardImports(graph: ImportGraph): string[] {
  const bad: string[] = [];
  for (const [from, targets] of graph) {
    const own = layerOf(from);
    for (const to of targets) {
      const theirs = layerOf(to);
      if (own === undefined || theirs === undefined || theirs > own) bad.push(`${from} → ${to}`);
    }
  }
  return bad;
}

/** Every import cycle found by a depth-first walk, each as the list of files around it. */
export function importCycles(graph: ImportGraph): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const s = state.get(next);
      if (s === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}
