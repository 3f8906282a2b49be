/**
 * Where a command's result goes: stdout, or the `-o FILE` the user named — written under a temporary name and
 * renamed when complete, so a failed run never leaves a half-written file.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Parsed } from './args.js';
import { str } from './args.js';

/** The `-o/--output` flag, shared by every command that prints a result. */
export const OUTPUT_FLAG = { output: { type: 'string', short: 'o' } } as const;

/**
 * Writes `text` to the `-o` file of `parsed`, or to stdout without one. Resolves with the path written, if any.
 * @example
 * ```ts
 * writeResult(parse('eval', ['-o', 'report.txt'], OUTPUT_FLAG), 'accuracy 0.9\n'); // 'report.txt'
 * ```
 */
export function writeResult(parsed: Parsed, text: string): string | undefined {
  const output = str(parsed, 'output');
  if (output === undefined || output === '-') {
    process.stdout.write(text);
    return undefined;
  }
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, output);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  return output;
}
