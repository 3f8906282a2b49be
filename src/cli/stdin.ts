/** Reads all of stdin as text (for `explain -` and `extract -`), in UTF-8 or the encoding the user named. */
import { decodeText, type InputEncoding } from '../csv/index.js';

/**
 * Resolves with everything piped to stdin, decoded; invalid UTF-8 throws (never read as U+FFFD).
 * @example
 * ```ts
 * const article = await readStdin('utf8');
 * ```
 */
export async function readStdin(encoding: InputEncoding = 'utf8'): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeText(Buffer.concat(chunks), encoding, 'stdin');
}
