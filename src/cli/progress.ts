/**
 * The progress bar on stderr: rows done, rows/s, elapsed and (when the input size is known) a bar and an
 * ETA. Drawn only when stderr is a terminal, at most ten times a second, and erased at the end.
 */
import type { CsvProgress } from '../csv/index.js';

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * One line of progress, as drawn.
 * @example
 * ```ts
 * progressLine({ rowsRead: 5000, rowsScored: 4990, rowsReported: 10, bytesRead: 50, totalBytes: 100, elapsedMs: 2000 }, 60);
 * // '[##########----------]  50% 4,990 rows · 2,495 rows/s · 0:02 · ETA 0:02 · 10 reported'
 * ```
 */
export function progressLine(p: CsvProgress, width: number): string {
  const rate = p.elapsedMs > 0 ? (p.rowsScored / p.elapsedMs) * 1000 : 0;
  const parts = [
    `${p.rowsScored.toLocaleString('en-US')} rows`,
    `${Math.round(rate).toLocaleString('en-US')} rows/s`,
    clock(p.elapsedMs),
  ];
  let bar = '';
  if (p.totalBytes !== undefined && p.totalBytes > 0) {
    const done = Math.min(1, p.bytesRead / p.totalBytes);
    const cells = 20;
    const filled = Math.round(done * cells);
    bar = `[${'#'.repeat(filled)}${'-'.repeat(cells - filled)}] ${String(Math.round(done * 100)).padStart(3)}% `;
    if (done > 0 && done < 1) parts.push(`ETA ${clock((p.elapsedMs / done) * (1 - done))}`);
  }
  if (p.rowsReported > 0) parts.push(`${p.rowsReported.toLocaleString('en-US')} reported`);
  const line = bar + parts.join(' · ');
  return line.length > width ? line.slice(0, Math.max(0, width - 1)) : line;
}

/** A progress reporter: `update` from the run's progress callback, `done` to erase the line. */
export interface ProgressBar {
  update(progress: CsvProgress): void;
  done(): void;
}

/**
 * A bar on `stream` if it is a terminal and not `quiet`; otherwise one that does nothing.
 * @example
 * ```ts
 * const bar = createProgressBar(process.stderr, quiet);
 * await scoreCsv({ …, onProgress: bar.update }); bar.done();
 * ```
 */
export function createProgressBar(stream: NodeJS.WriteStream, quiet: boolean): ProgressBar {
  if (quiet || stream.isTTY !== true) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      drawn = true;
      stream.write(`\r\x1b[2K${progressLine(p, stream.columns ?? 80)}`);
    },
    done: () => {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
