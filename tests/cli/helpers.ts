/**
 * Drives the built CLI as a user would: `node dist/cli.js …` on real temporary files. The package is built
 * once (under a lock, since other test files and other people build too) when dist/ is missing or older
 * than src/. DETENTE_DIST points the tests at another build directory.
 */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = process.env.DETENTE_DIST ?? join(ROOT, 'dist');
export const CLI = join(DIST, 'cli.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const files = ['cli.js', 'csv.js', 'csv-worker.js'].map((f) => join(DIST, f));
  if (!files.every((f) => existsSync(f))) return false;
  if (process.env.DETENTE_DIST !== undefined) return true;
  const built = Math.min(...files.map((f) => statSync(f).mtimeMs));
  return built >= newestMtime(join(ROOT, 'src'));
}

/** Builds dist/ if needed; waits for a build another process holds the lock for. */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = join(ROOT, '.tmp/build.lock');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${lock} (remove it if no build is running)`);
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
      spawnSync('sleep', ['0.5']);
      if (isFresh()) return;
    }
  }
  try {
    if (isFresh()) return;
    const res = spawnSync('npx', ['tsup', '--silent'], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
    if (res.status !== 0) throw new Error(`build failed:\n${res.stdout}\n${res.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * A fresh temporary directory inside the run's own (tests/setup/temp-root.ts removes it when the run ends; the
 * system's temporary directory when a test file runs outside vitest's global setup).
 */
export function tempDir(prefix = 'detente-cli-'): string {
  return mkdtempSync(join(process.env.DETENTE_TEST_TMP ?? tmpdir(), prefix));
}

/** Writes `content` (string or bytes) to `dir/name` and returns the path. */
export function file(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The outcome of one CLI run. */
export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI with `args`, optional stdin, in `cwd`. */
export function run(
  args: readonly string[],
  options: { input?: string | Uint8Array; cwd?: string; env?: Record<string, string> } = {},
): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolvePromise({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** A CLI run left running: its stdin stays open until the test ends it, so it cannot finish on its own. */
export interface OpenRun {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves when the process has closed (listened to from the start, so an early exit is never missed). */
  readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What it has written to stderr so far. */
  stderr(): string;
}

/**
 * Starts the CLI with `args` and writes `input` to its stdin without closing it: a run reading `-` then waits for
 * more rows however fast the machine is, so a test can act on it (Ctrl-C) at a point of its choosing. `env`
 * adds variables (`TMPDIR`, to see the temporary files a run makes).
 */
export function spawnOpen(args: readonly string[], input: string, env: Record<string, string> = {}): OpenRun {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolvePromise) =>
    child.on('close', (code, signal) => resolvePromise({ code, signal })),
  );
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  child.stdout.resume();
  child.stdin.on('error', () => undefined);
  child.stdin.write(input);
  return { child, closed, stderr: () => stderr };
}

/**
 * Waits until `check()` holds, polling: a wait for a condition, never a fixed delay before an action. Throws,
 * naming `what`, when it does not hold within `timeoutMs`.
 */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Splits CSV text into rows of fields (RFC 4180), independently of the code under test. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Names of files left in `dir` (to check no temporary or partial output remains). */
export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}
