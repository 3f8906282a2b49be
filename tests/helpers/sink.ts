/** A Writable that collects what is written to it, for tests of stream APIs. */
import { Writable } from 'node:stream';

export function sinkString(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  return {
    stream: new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    }),
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}
