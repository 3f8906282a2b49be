/**
 * A temporary file of JSON lines, for a batch that must see every row before it can finish any (articles
 * mode settles speaker identities over the whole corpus before it writes a statement): rows go to disk as
 * they come, and are read back in order, so memory does not grow with the corpus.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A spill file: `write` rows, then `close` and read them back with `rows()`; `remove` deletes it. */
export interface Spill<T> {
  write(row: T): Promise<void>;
  close(): Promise<void>;
  rows(): AsyncGenerator<T>;
  remove(): Promise<void>;
}

/**
 * Opens a spill file in a fresh directory under the system's temporary directory.
 * @example
 * ```ts
 * const spill = openSpill<unknown[]>();
 * await spill.write([1, 'a']); await spill.close();
 * for await (const row of spill.rows()) console.log(row); // [1, 'a']
 * await spill.remove();
 * ```
 */
export function openSpill<T>(): Spill<T> {
  const dir = mkdtempSync(join(tmpdir(), 'detente-spill-'));
  const path = join(dir, 'rows.jsonl');
  const out = createWriteStream(path);
  return {
    async write(row) {
      // JSON.stringify escapes line breaks inside strings, so one row is one line.
      if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
    },
    async close() {
      out.end();
      await once(out, 'close');
    },
    async *rows() {
      const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) if (line !== '') yield JSON.parse(line) as T;
    },
    async remove() {
      out.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
