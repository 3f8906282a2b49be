import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { RowReport } from '../../src/csv/index.js';
import {
  CsvError,
  createScoringStream,
  OptionsError,
  resolveOptions,
  scoreCsv,
  scoreRows,
} from '../../src/csv/index.js';
import { sinkString } from '../helpers/sink.js';

describe('resolveOptions', () => {
  it.each([
    [{ text: 'x', delimiter: ';;' }, 'delimiter'],
    [{ text: 'x', delimiter: '\n' }, 'delimiter'],
    [{ text: 'x', quote: ',' }, 'quote'],
    [{ text: 'x', encoding: 'ebcdic' }, 'encoding'],
    [{ text: 'x', workers: 0 }, 'workers'],
    [{ text: 'x', format: 'xml' }, 'format'],
    [{ text: '' }, 'text'],
    [{ text: -1 }, 'text'],
    [{ text: 'x', onProgress: 3 }, 'onProgress'],
  ] as [Record<string, unknown>, string][])('%j throws OptionsError on %s', (options, option) => {
    try {
      resolveOptions(options as never);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(OptionsError);
      expect((err as OptionsError).option).toBe(option);
      expect((err as OptionsError).code).toBe('E_OPTIONS');
    }
  });

  it('accepts UTF-8 spellings and freezes the result', () => {
    for (const encoding of ['utf8', 'UTF-8', 'utf-8'])
      expect(resolveOptions({ text: 'x', encoding }).delimiter).toBe(',');
    expect(Object.isFrozen(resolveOptions({ text: 'x' }))).toBe(true);
  });
});

describe('createScoringStream', () => {
  it('emits row-error events, resolves the summary, and keeps the raw input columns', async () => {
    const input = 'id,text\n1,"We reject it, firmly."\n2,x,y\n3,\n';
    const scoring = createScoringStream({ text: 'text' });
    const reports: RowReport[] = [];
    scoring.on('row-error', (r: RowReport) => reports.push(r));
    const out = sinkString();
    await pipeline(Readable.from([Buffer.from(input)]), scoring, out.stream);
    const summary = await scoring.summary;
    expect(summary).toMatchObject({ rowsRead: 3, rowsScored: 2, rowsReported: 1, rowsEmpty: 1, workers: 1 });
    expect(summary.modules.length).toBeGreaterThan(0);
    expect(reports).toEqual([{ row: 3, reason: 'ragged', message: 'expected 2 fields, got 3', raw: '2,x,y' }]);
    const lines = out.text().split('\n');
    expect(lines[1]!.startsWith('1,"We reject it, firmly.",')).toBe(true);
    expect(lines[2]!.endsWith(',empty')).toBe(true);
  });

  it('throws CsvError at the header for a column collision', async () => {
    const scoring = createScoringStream({ text: 'text' });
    const run = pipeline(Readable.from([Buffer.from('text,tone_label\na,b\n')]), scoring, sinkString().stream);
    await expect(run).rejects.toBeInstanceOf(CsvError);
    await expect(scoring.summary).rejects.toThrow(/tone_label/);
  });

  it('stops with E_ABORTED when the signal fires', async () => {
    const controller = new AbortController();
    const scoring = createScoringStream({ text: 'text', signal: controller.signal, batchSize: 10 });
    async function* rows() {
      yield Buffer.from('id,text\n');
      for (let i = 0; ; i++) {
        if (i === 50) controller.abort();
        yield Buffer.from(`${i},We welcome the talks.\n`);
        await new Promise((r) => setImmediate(r));
      }
    }
    await expect(pipeline(Readable.from(rows()), scoring, sinkString().stream)).rejects.toMatchObject({
      code: 'E_ABORTED',
    });
  });
});

describe('scoreCsv with streams', () => {
  it('scores a stream to a stream and returns the summary', async () => {
    const out = sinkString();
    const summary = await scoreCsv({
      input: Readable.from([Buffer.from('id,quote\n1,We welcome the talks.\n')]),
      output: out.stream,
      text: 'quote',
      format: 'jsonl',
    });
    expect(summary).toMatchObject({ rowsRead: 1, rowsScored: 1, rowsReported: 0, output: undefined });
    expect(JSON.parse(out.text())).toMatchObject({ id: '1', tone_label: 'conciliatory', tone_status: 'ok' });
  });

  it('names the line where a broken input stopped, and keeps no partial output file', async () => {
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'detente-csv-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    async function* broken() {
      yield Buffer.from('id,text\n1,We welcome the talks.\n2,We reject it.\n3,half a ro');
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    }
    const run = scoreCsv({ input: Readable.from(broken()), output: join(dir, 'out.csv'), text: 'text' });
    await expect(run).rejects.toMatchObject({ name: 'CsvError', code: 'E_IO', row: 4 });
    await expect(run).rejects.toThrow(/input broke at line 4: EIO/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports progress with rows and bytes', async () => {
    const seen: number[] = [];
    const body = Array.from({ length: 50 }, (_, i) => `${i},We reject it.`).join('\n');
    await scoreCsv({
      input: Readable.from([Buffer.from(`id,text\n${body}\n`)]),
      output: sinkString().stream,
      text: 'text',
      batchSize: 10,
      onProgress: (p) => seen.push(p.rowsScored),
    });
    expect(seen).toEqual([10, 20, 30, 40, 50]);
  });
});

describe('scoreRows', () => {
  it('appends tone fields to object rows and cells to array rows', async () => {
    const out = [];
    for await (const row of scoreRows(
      [
        { id: 1, quote: 'We reject the ultimatum.' },
        { id: 2, quote: null },
      ],
      { text: 'quote' },
    ))
      out.push(row);
    expect(out[0]).toMatchObject({ id: 1, tone_label: 'confrontational', tone_status: 'ok' });
    expect(out[1]).toMatchObject({ id: 2, tone_label: 'neutral', tone_score: 0, tone_status: 'empty' });
    const arrays = [];
    for await (const row of scoreRows([['a', 'We welcome the talks.']], { text: 1, strings: true })) arrays.push(row);
    expect(arrays[0]!.slice(0, 2)).toEqual(['a', 'We welcome the talks.']);
    expect(arrays[0]![3]).toBe('conciliatory');
  });

  it('refuses to overwrite an existing field', async () => {
    const rows = scoreRows([{ text: 'x', tone_score: 1 }], { text: 'text' });
    await expect(rows.next()).rejects.toBeInstanceOf(CsvError);
  });

  it('treats __proto__ as a plain field name', async () => {
    const row = JSON.parse('{"__proto__": "kept", "text": "We welcome the talks."}') as Record<string, unknown>;
    const out = await scoreRows([row], { text: 'text', prefix: '__proto__' }).next();
    expect(Object.getPrototypeOf(out.value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out.value, '__proto__')?.value).toBe('kept');
  });
});
