/**
 * Batch faults: an input cut mid-row, an input that breaks or vanishes mid-run, a full disk on output, a
 * crashing worker, an aborted signal. Each ends with a typed error (and no output file left behind) or a
 * complete run whose row accounting holds: rows read = rows scored + rows reported, and the output and errors
 * files hold exactly those rows.
 */

import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ScoreCsvOptions, ScoreCsvSummary } from '../../src/csv/index.js';
import { DetenteError, scoreCsv } from '../../src/csv/index.js';
import { waitUntil } from '../cli/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'detente-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  for (const f of readdirSync(dir)) if (f !== 'in.csv') rmSync(join(dir, f), { force: true });
});
const path = (name: string): string => join(dir, name);
const csv = (rows: number, from = 0): string =>
  Array.from({ length: rows }, (_, i) => `${from + i},"We will not accept it, ${i}."\n`).join('');
const HEADER = 'id,text\n';

/** Runs scoreCsv and returns its summary or its error. */
async function run(options: ScoreCsvOptions): Promise<ScoreCsvSummary | DetenteError> {
  try {
    return await scoreCsv(options);
  } catch (err) {
    if (err instanceof DetenteError) return err;
    throw err;
  }
}
const leftovers = (): string[] =>
  readdirSync(dir).filter((f) => f.startsWith('out') || f.startsWith('err') || f.includes('.tmp'));
/** Data rows of a CSV file written by detente (an errors file with no reports may be empty, without a header). */
const dataLines = (file: string): number =>
  Math.max(0, readFileSync(file, 'utf8').split('\n').filter(Boolean).length - 1);

/** A source that yields `before` rows, then fails as a disk or network read would. */
function breakingInput(before: number, err: Error): Readable {
  async function* gen() {
    yield Buffer.from(HEADER + csv(before));
    await new Promise((r) => setImmediate(r));
    throw err;
  }
  return Readable.from(gen());
}
/** A sink that accepts `limit` bytes, then fails with ENOSPC. */
function fullDisk(limit: number): Writable {
  let written = 0;
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      written += chunk.length;
      if (written > limit) cb(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      else cb();
    },
  });
}

describe('input faults', () => {
  it.each([
    ['cut inside a quoted field', `${HEADER}${csv(5)}6,"We will not`],
    ['cut inside a quoted field with a newline', `${HEADER}${csv(5)}6,"We will\nnot accept`],
    ['cut after a separator', `${HEADER}${csv(5)}6,`],
    ['cut mid-field without quotes', `${HEADER}${csv(5)}6,We wi`],
    [
      'cut inside a multi-byte character',
      Buffer.concat([Buffer.from(`${HEADER}${csv(5)}6,déten`), Buffer.from('té').subarray(0, 1)]),
    ],
  ])('input %s: every row accounted for, the cut row reported or scored', async (_name, body) => {
    writeFileSync(path('in.csv'), body);
    const r = await run({ input: path('in.csv'), output: path('out.csv'), errors: path('err.csv'), text: 'text' });
    if (r instanceof DetenteError) {
      expect(r.code).toMatch(/^E_(CSV|IO|INPUT)$/);
      expect(leftovers()).toEqual([]);
      return;
    }
    // An unterminated quote at the end is reported, and the lines after its opening are read again as rows
    // (so one stray quote cannot swallow a file): rows read may exceed the 6 records, but never miss one.
    expect(r.rowsRead).toBeGreaterThanOrEqual(6);
    expect(r.rowsRead).toBe(r.rowsScored + r.rowsReported);
    expect(r.rowsScored).toBeGreaterThanOrEqual(5);
    expect(dataLines(path('out.csv'))).toBe(r.rowsScored);
    expect(dataLines(path('err.csv'))).toBe(r.rowsReported);
    expect(readFileSync(path('out.csv'), 'utf8')).toContain('We will not accept it, 4.');
  });

  it('an input that breaks mid-run (EIO) rejects with E_IO naming the line, and leaves no output file', async () => {
    const err = Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    const r = await run({
      input: breakingInput(2000, err),
      output: path('out.csv'),
      errors: path('err.csv'),
      text: 'text',
      batchSize: 100,
    });
    expect(r).toBeInstanceOf(DetenteError);
    expect((r as DetenteError).code).toBe('E_IO');
    expect((r as DetenteError).message).toMatch(/line \d+/);
    expect(leftovers()).toEqual([]);
  });

  it('an input file that does not exist rejects with E_IO before writing anything', async () => {
    const r = await run({ input: path('missing.csv'), output: path('out.csv'), text: 'text' });
    expect((r as DetenteError).code).toBe('E_IO');
    expect(leftovers()).toEqual([]);
  });

  it('an input file deleted mid-run: the open file is read to the end (POSIX), and every row is accounted for', async () => {
    writeFileSync(path('vanish.csv'), HEADER + csv(20_000));
    let deleted = false;
    const r = await run({
      input: path('vanish.csv'),
      output: path('out.csv'),
      text: 'text',
      batchSize: 200,
      onProgress: () => {
        if (!deleted) {
          unlinkSync(path('vanish.csv'));
          deleted = true;
        }
      },
    });
    expect(deleted).toBe(true);
    expect(r).not.toBeInstanceOf(DetenteError);
    const s = r as ScoreCsvSummary;
    expect([s.rowsRead, s.rowsScored + s.rowsReported, dataLines(path('out.csv'))]).toEqual([20_000, 20_000, 20_000]);
    rmSync(path('out.csv'));
  });

  it('an input path that is a directory rejects with E_IO', async () => {
    const r = await run({ input: dir, output: path('out.csv'), text: 'text' });
    expect((r as DetenteError).code).toBe('E_IO');
  });
});

describe('output faults', () => {
  it.each([0, 100, 50_000])(
    'a full disk after %i bytes rejects with E_IO; the errors file is not committed',
    async (limit) => {
      const r = await run({
        input: Readable.from([Buffer.from(`${HEADER}${csv(3000)}x,y,z\n`)]),
        output: fullDisk(limit),
        errors: path('err.csv'),
        text: 'text',
      });
      expect(r).toBeInstanceOf(DetenteError);
      expect((r as DetenteError).code).toBe('E_IO');
      expect((r as DetenteError).message).toMatch(/ENOSPC/);
      expect(leftovers()).toEqual([]);
    },
  );

  const badRows = (): Readable =>
    Readable.from([Buffer.from(HEADER + Array.from({ length: 2000 }, (_, i) => `${i},a,b\n`).join(''))]);

  it('a full disk on the errors stream rejects, and no output file is left', async () => {
    const r = await scoreCsv({ input: badRows(), output: path('out.csv'), errors: fullDisk(100), text: 'text' }).catch(
      (e: unknown) => e,
    );
    expect(r).toBeInstanceOf(Error);
    expect(leftovers()).toEqual([]);
  });

  // Regression: a failing *errors* stream rejected with the stream's raw Error, not a DetenteError.
  it('a full disk on the errors stream rejects with a typed E_IO error', async () => {
    const r = await scoreCsv({ input: badRows(), output: path('out.csv'), errors: fullDisk(100), text: 'text' }).catch(
      (e: unknown) => e,
    );
    expect(r).toBeInstanceOf(DetenteError);
    expect((r as DetenteError).code).toBe('E_IO');
  });
});

describe('abort', () => {
  it('an already-aborted signal rejects with E_ABORTED and writes nothing', async () => {
    writeFileSync(path('in.csv'), HEADER + csv(10));
    const r = await run({ input: path('in.csv'), output: path('out.csv'), text: 'text', signal: AbortSignal.abort() });
    expect((r as DetenteError).code).toBe('E_ABORTED');
    expect(leftovers()).toEqual([]);
  });

  it('aborting mid-run rejects with E_ABORTED and removes the temporary output', async () => {
    writeFileSync(path('in.csv'), HEADER + csv(50_000));
    const controller = new AbortController();
    let progress = 0;
    const r = await run({
      input: path('in.csv'),
      output: path('out.csv'),
      errors: path('err.csv'),
      text: 'text',
      batchSize: 100,
      signal: controller.signal,
      onProgress: () => {
        if (++progress === 2) controller.abort();
      },
    });
    expect(progress).toBeGreaterThanOrEqual(2);
    expect((r as DetenteError).code).toBe('E_ABORTED');
    expect(leftovers()).toEqual([]);
  });
});

describe('worker faults (a private build: workers load the built worker script)', () => {
  const buildDir = fileURLToPath(new URL('../../node_modules/.cache/detente-reliability/', import.meta.url));
  let csvModule: { scoreCsv: typeof scoreCsv };
  beforeAll(async () => {
    await build({
      entryPoints: {
        csv: fileURLToPath(new URL('../../src/csv/index.ts', import.meta.url)),
        'csv-worker': fileURLToPath(new URL('../../src/csv/worker.ts', import.meta.url)),
        cli: fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url)),
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outdir: buildDir,
      packages: 'external',
      logLevel: 'error',
    });
    csvModule = await import(pathToFileURL(join(buildDir, 'csv.js')).href);
  }, 60_000);

  it('two workers score like one thread (control)', async () => {
    writeFileSync(path('in.csv'), HEADER + csv(3000));
    const s = (await csvModule.scoreCsv({
      input: path('in.csv'),
      output: path('out-w.csv'),
      text: 'text',
      workers: 2,
      batchSize: 100,
    })) as ScoreCsvSummary;
    const one = await scoreCsv({ input: path('in.csv'), output: path('out-1.csv'), text: 'text' });
    expect([s.rowsRead, s.rowsScored, s.workers]).toEqual([3000, 3000, 2]);
    expect(readFileSync(path('out-w.csv'), 'utf8')).toBe(readFileSync(path('out-1.csv'), 'utf8'));
    expect(one.rowsScored).toBe(3000);
    rmSync(path('out-w.csv'));
    rmSync(path('out-1.csv'));
  });

  it('a worker that dies mid-run rejects with E_WORKER and leaves no output file', async () => {
    writeFileSync(path('in.csv'), HEADER + csv(20_000));
    const post = Worker.prototype.postMessage;
    let sent = 0;
    // Simulates a crash: the second batch sent kills its worker instead of reaching it.
    Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      if (++sent === 2) {
        void this.terminate();
        return;
      }
      post.apply(this, args);
    };
    try {
      const r = await csvModule
        .scoreCsv({ input: path('in.csv'), output: path('out.csv'), text: 'text', workers: 2, batchSize: 100 })
        .catch((e: unknown) => e);
      expect(sent).toBeGreaterThanOrEqual(2);
      expect(r).toBeInstanceOf(Error);
      expect((r as DetenteError).code).toBe('E_WORKER');
      expect(existsSync(path('out.csv'))).toBe(false);
      expect(leftovers()).toEqual([]);
    } finally {
      Worker.prototype.postMessage = post;
    }
  });

  it('Ctrl-C on `detente score` exits with 130 and leaves neither the output nor its temporary file', async () => {
    // Rows come through stdin that stays open, so the run cannot finish before the signal on a fast machine;
    // the signal goes once the run has written scored rows to its temporary output file.
    const child = spawn(
      process.execPath,
      [join(buildDir, 'cli.js'), 'score', '-', '--text', 'text', '-o', path('out.csv')],
      {
        stdio: ['pipe', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.stdin.on('error', () => undefined);
    child.stdin.write(HEADER + csv(5_000));
    const temporary = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    await waitUntil(
      () => temporary().some((f) => statSync(path(f)).size > 0),
      'the run has written scored rows to its temporary file',
    );
    child.kill('SIGINT');
    const code = await exited;
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    expect(leftovers()).toEqual([]);
  }, 60_000);
});
