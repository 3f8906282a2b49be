/**
 * Quote scanning: one linear pass over the characters, with a stack for nesting. Handles “…”, "…", ‘…’,
 * '…', «…», »…«, „…“, „…”, ‚…‘, ‹…›; tells apostrophes (didn’t, allies’) from closing single quotes; and
 * never fails on unbalanced marks: a quote still open at the end of its paragraph ends there, flagged
 * `balanced: false`, unless the next paragraph opens with a quote mark (the wire-copy convention for a
 * quotation that runs on over several paragraphs), in which case it is flagged `continues`.
 */

/** A top-level quotation (nested quotes belong to the one around them). */
export interface Quote {
  /** Offset of the opening mark. */
  readonly open: number;
  /** `[contentStart, contentEnd)`: what is between the marks (or up to the paragraph end if unbalanced). */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Offset just past the closing mark (equals contentEnd when there is none). */
  readonly after: number;
  readonly balanced: boolean;
  /** The quotation runs on into the next paragraph. */
  readonly continues: boolean;
}

interface Open {
  readonly at: number;
  /** The marks that close it. */
  readonly closers: string;
  readonly single: boolean;
}

const MARK_CODES = new Set([...'"“”„«»‹›‘’‚\''].map((c) => c.charCodeAt(0)));
const OPENING = new Set(['"', '“', '„', '«', '»', '‘', '‚', '‹', "'", '›']);
const isSpace = (c: string | undefined): boolean =>
  c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Where an opening straight quote may stand: after a space, a bracket, a dash or another opening mark. */
const opensAfter = (c: string | undefined): boolean =>
  isSpace(c) || (c !== undefined && '([{—–-/:'.includes(c)) || OPENING.has(c ?? '');

/**
 * How deep below the top of the stack a closing mark looks for its opener. Real quotations nest two or three
 * deep; bounding the search keeps a text of thousands of unclosed marks linear.
 */
const MAX_NESTING = 8;

function nearest(stack: readonly Open[], mark: string, single: boolean | undefined): number {
  const floor = Math.max(0, stack.length - MAX_NESTING);
  for (let k = stack.length - 1; k >= floor; k -= 1) {
    const o = stack[k];
    if (o?.closers.includes(mark) && (single === undefined || o.single === single)) return k;
    if (single === true && o?.single === false) return -1; // an apostrophe never closes past a double quote
  }
  return -1;
}

/** The first non-space character at or after `i`. */
function firstVisible(text: string, i: number): string | undefined {
  let k = i;
  while (k < text.length && isSpace(text[k])) k += 1;
  return text[k];
}

/**
 * Finds the top-level quotations of a text, in order.
 * @example
 * ```ts
 * scanQuotes('“We didn’t expect it,” he said.'); // [{ open: 0, contentStart: 1, contentEnd: 21, after: 22, balanced: true, continues: false }]
 * ```
 */
export function scanQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let stack: Open[] = [];
  let lastVisible = -1;
  const closeAt = (k: number, i: number): void => {
    const o = stack[k];
    if (k === 0 && o !== undefined) {
      quotes.push({
        open: o.at,
        contentStart: o.at + 1,
        contentEnd: i,
        after: i + 1,
        balanced: true,
        continues: false,
      });
    }
    stack = stack.slice(0, k);
  };
  const endParagraph = (i: number): void => {
    const o = stack[0];
    if (o !== undefined) {
      const end = Math.max(o.at + 1, lastVisible + 1);
      const continues = OPENING.has(firstVisible(text, i) ?? '');
      quotes.push({ open: o.at, contentStart: o.at + 1, contentEnd: end, after: end, balanced: false, continues });
    }
    stack = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Fast path: most characters are neither a quote mark nor a line break.
    if (code !== 10 && code !== 34 && code !== 39 && (code < 171 || !MARK_CODES.has(code))) {
      if (code > 32 && code !== 160) lastVisible = i;
      continue;
    }
    const c = text[i] as string;
    if (c === '\n') {
      endParagraph(i);
      continue;
    }
    if (!isSpace(c)) lastVisible = i;
    const prev = text[i - 1];
    const next = text[i + 1];
    switch (c) {
      case '“': {
        const k = nearest(stack, c, false);
        if (k >= 0 && !isSpace(prev)) closeAt(k, i);
        else stack.push({ at: i, closers: '”', single: false });
        break;
      }
      case '”': {
        const k = nearest(stack, c, false);
        if (k >= 0) closeAt(k, i);
        break;
      }
      case '„':
        stack.push({ at: i, closers: '“”', single: false });
        break;
      case '«':
      case '‹': {
        const k = nearest(stack, c, undefined);
        if (k >= 0) closeAt(k, i);
        else stack.push({ at: i, closers: c === '«' ? '»' : '›', single: c === '‹' });
        break;
      }
      case '»':
      case '›': {
        const k = nearest(stack, c, undefined);
        if (k >= 0) closeAt(k, i);
        else if (!isSpace(next)) stack.push({ at: i, closers: c === '»' ? '«' : '‹', single: c === '›' });
        break;
      }
      case '"': {
        const k = nearest(stack, c, false);
        if (k >= 0 && (!isSpace(prev) || isSpace(next))) closeAt(k, i);
        else if (!isSpace(next)) stack.push({ at: i, closers: '"', single: false });
        break;
      }
      case '‘':
      case '‚': {
        const k = c === '‘' ? nearest(stack, c, true) : -1;
        if (k >= 0 && !isSpace(prev)) closeAt(k, i);
        else if (!isSpace(next)) stack.push({ at: i, closers: c === '‘' ? '’' : '‘’', single: true });
        break;
      }
      case '’':
      case "'": {
        if (isWordChar(prev) && isWordChar(next)) break; // didn't, Russia’s
        const k = nearest(stack, c, true);
        if (k >= 0 && !isSpace(prev)) closeAt(k, i);
        else if (c === "'" && opensAfter(prev) && isWordChar(next)) stack.push({ at: i, closers: "'", single: true });
        break;
      }
      default:
        break;
    }
  }
  endParagraph(text.length);
  return quotes;
}
