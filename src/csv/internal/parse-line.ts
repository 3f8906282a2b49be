/**
 * A synchronous parser for one record the splitter has already checked (quotes balanced and closed before
 * each delimiter). Used for the header only, which must be known before the first batch is dispatched;
 * data rows are parsed by fast-csv.
 */

/**
 * Splits one well-formed CSV record into fields.
 * @example
 * ```ts
 * parseLine('id,"said, loudly",text', ',', '"'); // ['id', 'said, loudly', 'text']
 * ```
 */
export function parseLine(line: string, delimiter: string, quote: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === quote) {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf(quote, i);
        if (close < 0) {
          value += line.slice(i);
          i = line.length;
          break;
        }
        value += line.slice(i, close);
        if (line[close + 1] === quote) {
          value += quote;
          i = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      fields.push(value);
      const next = line.indexOf(delimiter, i);
      if (next < 0) return fields;
      i = next + 1;
    } else {
      const next = line.indexOf(delimiter, i);
      if (next < 0) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, next));
      i = next + 1;
    }
  }
}

/**
 * The field at `index` of one well-formed record, without building the others (the CSV output path only
 * needs the text column). Undefined when the record has fewer fields.
 * @example
 * ```ts
 * fieldAt('1,"said, loudly",x', 1, ',', '"'); // 'said, loudly'
 * ```
 */
export function fieldAt(line: string, index: number, delimiter: string, quote: string): string | undefined {
  let i = 0;
  for (let f = 0; ; f++) {
    if (line[i] === quote) {
      let close = line.indexOf(quote, i + 1);
      while (close >= 0 && line[close + 1] === quote) close = line.indexOf(quote, close + 2);
      const end = close < 0 ? line.length : close;
      if (f === index)
        return line
          .slice(i + 1, end)
          .split(quote + quote)
          .join(quote);
      const next = line.indexOf(delimiter, end);
      if (next < 0) return undefined;
      i = next + 1;
    } else {
      const next = line.indexOf(delimiter, i);
      if (f === index) return next < 0 ? line.slice(i) : line.slice(i, next);
      if (next < 0) return undefined;
      i = next + 1;
    }
  }
}
