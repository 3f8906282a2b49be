/**
 * The scoring worker (built to `dist/csv-worker.js` and `.cjs`). It builds its own scorer from the options
 * it was given and scores batches in the order they arrive; it holds no state between batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createScorer } from '../scoring/create-scorer.js';
import { runBatch } from './internal/batch.js';
import type { BatchReply, BatchTask, WorkerSetup } from './internal/messages.js';

const port = parentPort;
if (port !== null) {
  const scorer = createScorer((workerData as WorkerSetup).scorerOptions);
  port.on('message', (task: BatchTask) => {
    try {
      port.postMessage({
        seq: task.seq,
        ok: true,
        result: runBatch(scorer, task.plan, task.lines),
      } satisfies BatchReply);
    } catch (err) {
      const e = err as { message?: string; code?: string; row?: number };
      port.postMessage({
        seq: task.seq,
        ok: false,
        message: String(e.message ?? err),
        code: e.code ?? 'E_WORKER',
        row: e.row ?? task.firstRow,
      } satisfies BatchReply);
    }
  });
}
