/**
 * What the published tarball may hold: the build, the lexicon data (JSON and READMEs) and the top-level docs.
 * Tests, fixtures, benchmarks, sources and examples stay in the repository.
 */

/** Paths allowed in the tarball (relative, as `npm pack --json` lists them). */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE$/,
  /^dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts)$/,
  /^lexicons\/([\w-]+\/)*[\w.-]+\.json$/,
  /^lexicons\/([\w-]+\/)*README\.md$/,
];

/** Files a user needs whatever the entries. */
const REQUIRED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'lexicons/lexicon.schema.json'];

/** The `exports` targets of one subpath, as relative paths without `./`. */
function targetsOf(exportsField, subpath) {
  const out = [];
  const walk = (node) => {
    if (typeof node === 'string') out.push(node.replace(/^\.\//, ''));
    else if (node !== null && typeof node === 'object') for (const v of Object.values(node)) walk(v);
  };
  walk(exportsField?.[subpath]);
  return out;
}

/**
 * The problems with a tarball's file list: files that should not ship, and files that must but are missing
 * (top-level docs, every export target of each present entry, the bin).
 * @example
 * checkTarballFiles(['package.json', 'tests/x.test.ts'], pkg, entries, true); // ['not allowed: tests/x.test.ts', …]
 */
export function checkTarballFiles(files, pkg, entries, hasCli) {
  const problems = [];
  const set = new Set(files);
  for (const f of files) if (!ALLOWED.some((re) => re.test(f))) problems.push(`not allowed: ${f}`);
  const required = [...REQUIRED];
  for (const entry of entries) {
    const targets = targetsOf(pkg.exports, entry.subpath);
    if (targets.length !== 4) problems.push(`exports["${entry.subpath}"] should have import/require × types/default`);
    required.push(...targets);
  }
  if (hasCli) {
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.detente;
    if (bin === undefined) problems.push('package.json has no bin "detente"');
    else required.push(bin.replace(/^\.\//, ''));
  }
  for (const f of required) if (!set.has(f)) problems.push(`missing: ${f} (run npm run build?)`);
  return problems;
}
