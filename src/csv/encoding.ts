/**
 * Input encodings. detente reads UTF-8; a file in another encoding (Windows cp1252 with its smart quotes,
 * ISO-8859-1, UTF-16) is never read silently as U+FFFD — invalid UTF-8 is reported — and a caller who knows
 * the encoding names it, and the bytes are decoded to UTF-8 before anything else reads them.
 */
import { isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';
import { TextDecoder } from 'node:util';
import { describeValue, OptionsError } from '../errors.js';
import { CsvError } from './csv-error.js';

/**
 * The encodings detente decodes: `utf8` (the default; a BOM is fine), `cp1252` (Windows-1252, "ANSI" on
 * Western Windows: smart quotes at 0x93/0x94), `latin1` (ISO-8859-1 strictly: 0x80–0x9F are control codes),
 * `utf16` (byte-order mark decides, little-endian without one), `utf16le`, `utf16be`.
 * @example
 * ```ts
 * import { INPUT_ENCODINGS } from 'detente/csv';
 * INPUT_ENCODINGS; // ['utf8', 'cp1252', 'latin1', 'utf16', 'utf16le', 'utf16be']
 * ```
 */
export const INPUT_ENCODINGS = Object.freeze(['utf8', 'cp1252', 'latin1', 'utf16', 'utf16le', 'utf16be'] as const);

/**
 * One of `INPUT_ENCODINGS`.
 * @example
 * ```ts
 * import { scoreCsv, type InputEncoding } from 'detente/csv';
 * const encoding: InputEncoding = 'cp1252';
 * await scoreCsv({ input: 'export.csv', output: 'scored.csv', text: 'text', encoding });
 * ```
 */
export type InputEncoding = (typeof INPUT_ENCODINGS)[number];

// Spellings people use for each encoding, lower case, without '-' and '_'.
const ALIASES: Readonly<Record<string, InputEncoding>> = {
  utf8: 'utf8',
  cp1252: 'cp1252',
  windows1252: 'cp1252',
  win1252: 'cp1252',
  ansi: 'cp1252',
  latin1: 'latin1',
  iso88591: 'latin1',
  l1: 'latin1',
  utf16: 'utf16',
  ucs2: 'utf16le',
  utf16le: 'utf16le',
  utf16be: 'utf16be',
};

/**
 * The encoding named by `value` ("UTF-8", "windows-1252", "ISO-8859-1", "utf-16le" …); `undefined` is UTF-8.
 * Throws `OptionsError` (option `encoding`) for anything else.
 * @example
 * ```ts
 * import { resolveEncoding } from 'detente/csv';
 * resolveEncoding('Windows-1252'); // 'cp1252'
 * resolveEncoding('ebcdic');       // throws OptionsError: encoding must be one of utf8, cp1252, …
 * ```
 */
export function resolveEncoding(value: unknown): InputEncoding {
  if (value === undefined) return 'utf8';
  const key = typeof value === 'string' ? value.toLowerCase().replace(/[-_\s]/g, '') : '';
  const found = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  if (found === undefined)
    throw new OptionsError(
      'encoding',
      `encoding must be one of ${INPUT_ENCODINGS.join(', ')} (or a usual spelling of one, e.g. windows-1252, iso-8859-1, utf-16le), got ${describeValue(value)}`,
    );
  return found;
}

/** A streaming decoder: bytes of one encoding in, UTF-8 bytes out; `end()` returns what it still held. */
export interface ToUtf8 {
  push(chunk: Uint8Array): Buffer;
  end(): Buffer;
}

/**
 * A streaming decoder to UTF-8 for a non-UTF-8 encoding (characters split across chunks are kept whole).
 * @example
 * ```ts
 * const d = toUtf8('cp1252');
 * d.push(Buffer.from([0x93, 0x68, 0x69, 0x94])).toString(); // '“hi”'
 * ```
 */
export function toUtf8(encoding: Exclude<InputEncoding, 'utf8'>): ToUtf8 {
  if (encoding === 'latin1') {
    // ISO-8859-1 maps each byte to the code point of the same value: no state across chunks.
    return { push: (c) => Buffer.from(Buffer.from(c).toString('latin1'), 'utf8'), end: () => Buffer.alloc(0) };
  }
  const label = encoding === 'cp1252' ? 'windows-1252' : encoding === 'utf16be' ? 'utf-16be' : 'utf-16le';
  let decoder: TextDecoder | undefined;
  let head: Buffer<ArrayBufferLike> = Buffer.alloc(0);
  const start = (bytes: Buffer): TextDecoder => {
    // For plain `utf16` the byte-order mark decides; TextDecoder drops the mark it was told about.
    const be = encoding === 'utf16' && bytes[0] === 0xfe && bytes[1] === 0xff;
    return new TextDecoder(be ? 'utf-16be' : label);
  };
  return {
    push(chunk) {
      let bytes: Buffer<ArrayBufferLike> = Buffer.from(chunk);
      if (decoder === undefined) {
        head = Buffer.concat([head, bytes]);
        if (encoding === 'utf16' && head.length < 2) return Buffer.alloc(0);
        decoder = start(head);
        bytes = head;
      }
      return Buffer.from(decoder.decode(bytes, { stream: true }), 'utf8');
    },
    end() {
      if (decoder === undefined) return head.length === 0 ? head : Buffer.from(start(head).decode(head), 'utf8');
      return Buffer.from(decoder.decode(), 'utf8');
    },
  };
}

/**
 * Decodes a whole buffer to text. UTF-8 that is not valid throws `CsvError` (code `E_CSV`) naming
 * the first bad byte and what to pass instead, rather than turning it into U+FFFD; a UTF-8 BOM is dropped.
 * `what` names the input in the message.
 * @example
 * ```ts
 * import { decodeText } from 'detente/csv';
 * decodeText(Buffer.from([0x93, 0x68, 0x69, 0x94]), 'cp1252', 'a.txt'); // '“hi”'
 * decodeText(Buffer.from([0x93, 0x68, 0x69, 0x94]), 'utf8', 'a.txt');   // throws: a.txt is not valid UTF-8 …
 * ```
 */
export function decodeText(bytes: Uint8Array, encoding: InputEncoding, what: string): string {
  if (encoding !== 'utf8') {
    const d = toUtf8(encoding);
    return Buffer.concat([d.push(bytes), d.end()])
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  }
  const buffer = Buffer.from(bytes);
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))
    throw new CsvError(`${what} is UTF-16 (it starts with a UTF-16 byte-order mark): set the encoding to utf16`);
  if (!isUtf8(buffer)) {
    const at = firstInvalidUtf8(buffer);
    throw new CsvError(
      `${what} is not valid UTF-8 (byte 0x${(buffer[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}); if it is Windows or Latin-1 text, set the encoding to cp1252 or latin1 (UTF-16: utf16)`,
    );
  }
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * The offset of the first byte that breaks UTF-8 in `bytes`, or -1 when it is all valid.
 * @example
 * ```ts
 * firstInvalidUtf8(Buffer.from('ok “quoted”')); // -1
 * firstInvalidUtf8(Buffer.from([0x6f, 0x6b, 0x93])); // 2
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Runs only on input already found invalid: a plain scan of UTF-8's well-formed byte sequences (RFC 3629).
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length + (need === 0 ? 1 : 0)) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
    const second = bytes[i + 1] ?? 0;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (need > 0 && (second < lo || second > hi)) return i;
    for (let k = 2; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * A Transform to UTF-8 for whole-file readers: decodes a non-UTF-8 `encoding`, and for UTF-8 checks the bytes,
 * failing the stream with `CsvError` (naming `what`, the line, and the encodings to try) at the first invalid
 * sequence instead of letting a parser turn it into U+FFFD.
 * @example
 * ```ts
 * createReadStream('labelled.csv').pipe(utf8Stream('cp1252', 'labelled.csv'));
 * ```
 */
export function utf8Stream(encoding: InputEncoding, what: string): Transform {
  if (encoding !== 'utf8') {
    const d = toUtf8(encoding);
    return new Transform({
      transform: (chunk: Buffer, _e, done) => done(null, d.push(chunk)),
      flush: (done) => done(null, d.end()),
    });
  }
  const check = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let line = 1;
  const fail = (done: (err: Error) => void, cause: unknown): void =>
    done(
      new CsvError(
        `${what} is not valid UTF-8 (near line ${line}); if it is Windows or Latin-1 text, set the encoding to cp1252 or latin1 (UTF-16: utf16)`,
        { row: line, code: 'E_CSV', cause },
      ),
    );
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      try {
        check.decode(chunk, { stream: true });
      } catch (err) {
        // The line of the first bad byte (a sequence begun in the chunk before counts from this chunk's start).
        const bad = firstInvalidUtf8(chunk);
        for (let i = chunk.indexOf(10); i >= 0 && (bad < 0 || i < bad); i = chunk.indexOf(10, i + 1)) line++;
        fail(done, err);
        return;
      }
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) line++;
      done(null, chunk);
    },
    flush(done) {
      try {
        check.decode();
      } catch (err) {
        fail(done, err);
        return;
      }
      done();
    },
  });
}
