#!/usr/bin/env node
/**
 * The pack test: what a user gets from `npm install detente`. Packs the package (`npm pack`), checks the
 * tarball's file list, installs it offline into a fresh project outside the repo, then runs an ESM script, a
 * CommonJS script and a strict TypeScript check (NodeNext, .mts and .cts) against every entry, and the
 * `detente` bin through npx. Needs `npm run build` first. The runtime dependencies come from the npm cache
 * that `npm ci` filled where it can (`--prefer-offline`): `npm ci` caches the tarballs of the lockfile but not
 * the registry's package documents that resolving the tarball's version ranges needs, so on a machine with a
 * fresh cache a strictly offline install fails (ENOTCACHED) and the registry is asked for those.
 *
 * Entries are checked when their source exists (src/index.ts, src/attribution/index.ts, src/csv/index.ts,
 * src/report/index.ts, src/cli/main.ts); once a source exists, its built files, exports and consumer checks are required.
 *
 *   node scripts/pack-test.mjs [--root DIR] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTarballFiles } from './pack-test/tarball-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = resolve(rootArg >= 0 ? String(args[rootArg + 1]) : join(here, '..'));
const keep = args.includes('--keep');
const repo = join(here, '..');

const ENTRIES = [
  { name: 'core', source: 'src/index.ts', subpath: '.' },
  { name: 'attribution', source: 'src/attribution/index.ts', subpath: './attribution' },
  { name: 'csv', source: 'src/csv/index.ts', subpath: './csv' },
  { name: 'report', source: 'src/report/index.ts', subpath: './report' },
];
const present = ENTRIES.filter((e) => existsSync(join(repo, e.source)));
const hasCli = existsSync(join(repo, 'src/cli/main.ts'));

/** Runs a command; throws with its output when it fails. */
function run(cmd, argv, cwd) {
  const started = Date.now();
  const r = spawnSync(cmd, argv, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  const ms = Date.now() - started;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${argv.join(' ')} (in ${cwd}) exited ${r.status ?? r.signal}\n${r.stdout}\n${r.stderr}`);
  }
  return { stdout: r.stdout, stderr: r.stderr, ms };
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'detente-pack-'));
try {
  // 1. Pack, and check what the tarball holds.
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root).stdout)[0];
  const files = packed.files.map((f) => f.path);
  const problems = checkTarballFiles(files, pkg, present, hasCli);
  if (problems.length > 0) throw new Error(`tarball contents:\n  ${problems.join('\n  ')}`);
  console.log(
    `pack: ${packed.filename} ${(packed.size / 1024).toFixed(1)} kB packed, ` +
      `${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${files.length} files`,
  );

  // 2. A fresh consumer project, installed from the tarball (cache first).
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }));
  const install = run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename)],
    app,
  );
  console.log(`install: from the tarball (cache first) in ${install.ms} ms`);

  // 3. ESM and CommonJS scripts per entry.
  for (const entry of present) {
    for (const ext of ['mjs', 'cjs']) {
      copyFileSync(join(here, 'pack-test', `${entry.name}.${ext}`), join(app, `${entry.name}.${ext}`));
      const out = run(process.execPath, [`${entry.name}.${ext}`], app);
      process.stdout.write(`${out.stdout.trim()} (${out.ms} ms)\n`);
    }
  }

  // 4. Strict TypeScript, NodeNext resolution: .mts files resolve the import conditions, .cts the require ones.
  const tsFiles = [];
  for (const entry of present) {
    for (const ext of ['mts', 'cts']) {
      copyFileSync(join(here, 'pack-test', `${entry.name}.${ext}`), join(app, `${entry.name}.${ext}`));
      tsFiles.push(`${entry.name}.${ext}`);
    }
  }
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: false,
      typeRoots: [join(repo, 'node_modules/@types')],
      types: ['node'],
    },
    files: tsFiles,
  };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const tsc = run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', app], app);
  console.log(`tsc --noEmit (strict, NodeNext): ${tsFiles.join(', ')} ok (${tsc.ms} ms)`);

  // 5. The bin, as `npx detente` finds it in the consumer's node_modules/.bin.
  if (hasCli) {
    const help = run('npx', ['--offline', 'detente', '--help'], app);
    if (!/Usage: detente/.test(help.stdout)) throw new Error(`detente --help printed:\n${help.stdout}`);
    const explained = run('npx', ['--offline', 'detente', 'explain', 'There is no trade space there — none.'], app);
    if (!/confrontational/.test(explained.stdout)) throw new Error(`detente explain printed:\n${explained.stdout}`);
    console.log(`npx detente --help and explain: ok (${help.ms} ms, ${explained.ms} ms)`);
  }
  console.log(`pack test: ok (${present.map((e) => e.name).join(', ')}${hasCli ? ', cli' : ''})`);
} catch (err) {
  console.error(`pack test: FAILED\n${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
