/**
 * Writes a file under a temporary name in the same directory and renames it into place only when the run
 * completes, so a failed or interrupted run never leaves a half-written file under the real name.
 */

import type { WriteStream } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file being written: `stream` writes to the temporary name; `commit()` renames, `discard()` removes. */
export interface AtomicFile {
  readonly path: string;
  readonly temp: string;
  readonly stream: WriteStream;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Opens `path` for writing under a temporary name (`.name.<pid>-<random>.tmp`).
 * @example
 * ```ts
 * const out = openAtomic('scored.csv'); out.stream.write('…'); await finished(out.stream.end()); await out.commit();
 * ```
 */
export function openAtomic(path: string): AtomicFile {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  const stream = createWriteStream(temp);
  return {
    path,
    temp,
    stream,
    commit: () => rename(temp, path),
    discard: async () => {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}
