/**
 * Ctrl-C handling for long runs: the first SIGINT aborts the run (workers stop, temporary files are removed,
 * exit code 130); a second one exits at once.
 */

/**
 * Aborts `controller` on SIGINT/SIGTERM until the returned function is called.
 * @example
 * ```ts
 * const release = onInterrupt(controller); try { await run(controller.signal); } finally { release(); }
 * ```
 */
export function onInterrupt(controller: AbortController): () => void {
  let count = 0;
  const handler = (signal: NodeJS.Signals): void => {
    count++;
    if (count > 1) process.exit(130);
    process.stderr.write(`\ndetente: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}, stopping…\n`);
    controller.abort();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
