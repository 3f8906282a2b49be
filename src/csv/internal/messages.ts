/** Messages between the main thread and scoring workers (structured-clone data only). */
import type { ScorerOptions } from '../../scoring/options.js';
import type { BatchPlan, BatchResult } from './batch.js';

/** `workerData` of a scoring worker. */
export interface WorkerSetup {
  readonly scorerOptions: ScorerOptions;
}

/** Main → worker: one batch. */
export interface BatchTask {
  readonly seq: number;
  readonly plan: BatchPlan;
  readonly lines: readonly string[];
  readonly firstRow: number;
}

/** Worker → main: a batch's result, or the error that stopped it. */
export type BatchReply =
  | { readonly seq: number; readonly ok: true; readonly result: BatchResult }
  | { readonly seq: number; readonly ok: false; readonly message: string; readonly code: string; readonly row: number };
