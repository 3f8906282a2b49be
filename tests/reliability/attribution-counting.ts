/**
 * Work counters for attribution: the token table that every extraction step reads (see
 * src/attribution/document.ts) is wrapped in proxies that count element reads, so a test can check that the
 * steps after wink-nlp do work proportional to the tokens. Installed with `vi.mock` on document.js.
 *
 * Layout: `counter.reads` counts reads of an index of `start`, `end`, `value`, `lower`, `pos`, `sentenceOf` and
 * `sentences`; `counter.tokens` is the size of the last document read.
 */
import type { Doc } from '../../src/attribution/document/document.js';

export const counter = { reads: 0, tokens: 0 };

function counted<T extends object>(target: T): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === 'string') {
        const c = key.charCodeAt(0);
        if (c >= 48 && c <= 57) counter.reads++;
      }
      return Reflect.get(t, key, receiver);
    },
  });
}

/**
 * The same document with counted arrays.
 * @example
 * ```ts
 * vi.mock('../../src/attribution/document/document.js', async (original) => ({ ...(await original()), readDocument: (t) => countedDoc(read(t)) }));
 * ```
 */
export function countedDoc(doc: Doc): Doc {
  counter.tokens = doc.size;
  return {
    ...doc,
    start: counted(doc.start),
    end: counted(doc.end),
    value: counted(doc.value as string[]),
    lower: counted(doc.lower as string[]),
    pos: counted(doc.pos as string[]),
    sentenceOf: counted(doc.sentenceOf),
    sentences: counted(doc.sentences as unknown[]) as Doc['sentences'],
  };
}
