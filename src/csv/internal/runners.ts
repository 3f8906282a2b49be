/**
 * Where batches are scored: in this thread, or on a pool of worker threads. Both return each batch's result
 * as a promise; the stream awaits them in dispatch order, which is what keeps the output in input order.
 */
import { Worker } from 'node:worker_threads';
import { DetenteError } from '../../errors.js';
import type { Scorer } from '../../scoring/types.js';
import { CsvError } from '../csv-error.js';
import type { BatchPlan, BatchResult } from './batch.js';
import { runBatch } from './batch.js';
import type { BatchReply, BatchTask, WorkerSetup } from './messages.js';
import { workerScript } from './worker-url.js';

/** Scores batches somewhere. `close()` releases threads; it is safe to call more than once. */
export interface BatchRunner {
  run(plan: BatchPlan, lines: readonly string[], firstRow: number): Promise<BatchResult>;
  close(): Promise<void>;
}

/**
 * Scores in the calling thread.
 * @example
 * ```ts
 * const runner = inlineRunner(createScorer());
 * ```
 */
export function inlineRunner(scorer: Scorer): BatchRunner {
  return { run: (plan, lines) => Promise.resolve(runBatch(scorer, plan, lines)), close: () => Promise.resolve() };
}

/**
 * Worker heap limits. A worker holds one scorer and a batch or two (batches are capped in bytes), so a small
 * young generation and a bounded old one keep the process flat without costing throughput; left to
 * V8's defaults, each worker's heap grew by ~60 MB of garbage and two workers crossed 200 MB.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 96 };

interface Slot {
  readonly worker: Worker;
  pending: number;
}

/** A worker with this many batches queued counts as busy: the next batch is scored in this thread. */
const BUSY = 2;

/**
 * A fixed pool of scoring workers, plus this thread. A batch goes to the worker with the fewest pending
 * batches; when every worker is busy, this thread scores it itself (it would otherwise sit idle waiting, and
 * `workers: 2` then costs one extra isolate, not two). If a worker fails, every pending batch is rejected and
 * the pool is closed, so a run stops instead of hanging.
 * @example
 * ```ts
 * const pool = new WorkerPool(1, { scorerOptions: { packs: ['diplomacy'] } }, createScorer({ packs: ['diplomacy'] }));
 * ```
 */
export class WorkerPool implements BatchRunner {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (r: BatchResult) => void; reject: (e: Error) => void; slot: Slot }
  >();
  private seq = 0;
  private failure: Error | undefined;
  private closed = false;

  constructor(
    size: number,
    setup: WorkerSetup,
    private readonly local: Scorer,
  ) {
    const file = workerScript();
    // Workers inherit the parent's node flags; --input-type (valid only for --eval/stdin) would stop them loading.
    const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
    for (let i = 0; i < size; i++) {
      const slot: Slot = {
        worker: new Worker(file, { workerData: setup, execArgv, resourceLimits: WORKER_HEAP }),
        pending: 0,
      };
      slot.worker.on('message', (reply: BatchReply) => this.settle(reply));
      slot.worker.on('error', (err: Error & { code?: string }) => {
        const why =
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `it ran out of its ${WORKER_HEAP.maxOldGenerationSizeMb} MB heap (a very large lexicon?)`
            : err.message;
        this.fail(new DetenteError('E_WORKER', `a scoring worker failed: ${why}`, { cause: err }));
      });
      slot.worker.on('exit', (code) => {
        if (!this.closed)
          this.fail(new DetenteError('E_WORKER', `a scoring worker exited unexpectedly (code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  run(plan: BatchPlan, lines: readonly string[], firstRow: number): Promise<BatchResult> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending < slot.pending) slot = s;
    if (slot.pending >= BUSY) return Promise.resolve(runBatch(this.local, plan, lines));
    const seq = this.seq++;
    slot.pending++;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject, slot });
      slot.worker.postMessage({ seq, plan, lines, firstRow } satisfies BatchTask);
    });
  }

  private settle(reply: BatchReply): void {
    const waiter = this.waiting.get(reply.seq);
    if (waiter === undefined) return;
    this.waiting.delete(reply.seq);
    waiter.slot.pending--;
    if (reply.ok) waiter.resolve(reply.result);
    else
      waiter.reject(
        new CsvError(reply.message, { row: reply.row, code: reply.code === 'E_CSV' ? 'E_CSV' : 'E_WORKER' }),
      );
  }

  private fail(err: Error): void {
    if (this.failure !== undefined) return;
    this.failure = err;
    for (const waiter of this.waiting.values()) waiter.reject(err);
    this.waiting.clear();
    void this.close();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
