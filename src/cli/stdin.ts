/** Reads all of stdin as UTF-8 text (for `explain -` and `extract -`). */

/**
 * Resolves with everything piped to stdin.
 * @example
 * ```ts
 * const article = await readStdin();
 * ```
 */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}
