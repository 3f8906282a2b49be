/**
 * Batch properties on generated input. `scoreRows`: one output row per input row, in order, original fields
 * kept, the score equal to the scorer's; a source that fails mid-way surfaces its own error after the rows
 * before it; stopping early closes the source. `scoreCsv`: on generated CSV with malformed rows (ragged rows,
 * stray and unterminated quotes, embedded newlines, blank lines), rows read = rows scored + rows reported, and
 * the output and errors streams hold exactly those rows.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import { parseString } from 'fast-csv';
import { describe, expect, it, vi } from 'vitest';
import { createScoringStream, scoreCsv, scoreRows } from '../../src/csv/index.js';
import { createScorer } from '../../src/index.js';
import { sinkString } from '../helpers/sink.js';
import { fuzzTimeout, runs } from './fuzz-runs.js';

vi.setConfig({ testTimeout: fuzzTimeout() });

const scorer = createScorer();
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom('We reject this.', 'We welcome the talks.', '', '  ', 'not threaten'),
);

describe('scoreRows', () => {
  it('object and array rows: same count, same order, fields kept, score equal to the scorer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ id: fc.nat(), text, extra: fc.string({ maxLength: 5 }) }), { maxLength: 30 }),
        fc.boolean(),
        async (rows, asArrays) => {
          const input = asArrays ? rows.map((r) => [r.id, r.text, r.extra]) : rows;
          const out: Record<string, unknown>[] | unknown[][] = [];
          for await (const row of scoreRows(input as never, { text: asArrays ? 1 : 'text', scorer }))
            (out as unknown[]).push(row);
          expect(out).toHaveLength(rows.length);
          for (const [i, r] of rows.entries()) {
            const o = out[i] as Record<string, unknown> & unknown[];
            const expected = scorer.score(r.text).score;
            if (asArrays) {
              expect(o.slice(0, 3)).toEqual([r.id, r.text, r.extra]);
              expect(o[3]).toBe(expected);
            } else {
              expect([o.id, o.text, o.extra]).toEqual([r.id, r.text, r.extra]);
              expect(o.tone_score).toBe(expected);
              expect(o.tone_status).toBe(r.text.trim() === '' ? 'empty' : 'ok');
            }
          }
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it('a source that fails after k rows: k scored rows, then the source error itself', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 20 }), async (k) => {
        const boom = new Error('source broke');
        async function* source() {
          for (let i = 0; i < k; i++) yield { text: `We reject offer ${i}.` };
          throw boom;
        }
        const got: unknown[] = [];
        const err = await (async () => {
          for await (const row of scoreRows(source(), { text: 'text', scorer })) got.push(row);
        })().catch((e: unknown) => e);
        expect(err).toBe(boom);
        expect(got).toHaveLength(k);
      }),
      { numRuns: runs(30) },
    );
  });

  it('stopping early closes the source (no dangling reader)', async () => {
    let closed = false;
    function* source() {
      try {
        for (let i = 0; ; i++) yield { text: `row ${i}` };
      } finally {
        closed = true;
      }
    }
    let n = 0;
    for await (const _ of scoreRows(source(), { text: 'text', scorer })) if (++n === 5) break;
    expect([n, closed]).toEqual([5, true]);
  });
});

// CSV cells: plain, quoted with commas/newlines/doubled quotes, and broken (stray or unterminated quotes).
const plain = fc.stringMatching(/^[a-zA-Z .!?]{0,20}$/);
const quoted = fc.string({ maxLength: 20 }).map((s) => `"${s.replaceAll('"', '""')}"`);
const broken = fc.constantFrom('"unterminated', 'stray"quote', '"a"b', '""', '"', '"\n"');
const cell = fc.oneof(
  { weight: 5, arbitrary: plain },
  { weight: 3, arbitrary: quoted },
  { weight: 1, arbitrary: broken },
);
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(cell, cell).map((c) => c.join(',')) },
  { weight: 1, arbitrary: fc.array(cell, { maxLength: 4 }).map((c) => c.join(',')) },
);
const document = fc
  .array(line, { maxLength: 40 })
  .map((lines) => `id,text\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}`);

/** Rows of a CSV text (header excluded), parsed by fast-csv. */
function countRows(csv: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    parseString(csv, { headers: true })
      .on('data', () => n++)
      .on('error', reject)
      .on('end', () => resolve(n));
  });
}

describe('scoreCsv row accounting on generated CSV', () => {
  it('rows read = scored + reported; output and errors hold exactly those rows', async () => {
    await fc.assert(
      fc.asyncProperty(document, fc.constantFrom(1, 3, 1000), async (csv, batchSize) => {
        const out = sinkString();
        const errors = sinkString();
        const s = await scoreCsv({
          input: Readable.from([Buffer.from(csv)]),
          output: out.stream,
          errors: errors.stream,
          text: 'text',
          batchSize,
        });
        expect(s.rowsRead).toBe(s.rowsScored + s.rowsReported);
        expect(await countRows(out.text())).toBe(s.rowsScored);
        expect(errors.text() === '' ? 0 : await countRows(errors.text())).toBe(s.rowsReported);
      }),
      { numRuns: runs(80) },
    );
  });
});

describe('createScoringStream chunking', () => {
  it('the output does not depend on where the input is cut into chunks (even inside a UTF-8 character)', async () => {
    const multibyte = document.map((d) => {
      const body = d.indexOf('\n') + 1;
      return d.slice(0, body) + d.slice(body).replace(/a/g, 'ä').replace(/e/g, '€');
    });
    await fc.assert(
      fc.asyncProperty(multibyte, fc.array(fc.nat(), { maxLength: 12 }), async (csv, cuts) => {
        const bytes = Buffer.from(csv);
        const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at, bytes.length]
          .slice(1)
          .map((end, i, ends) => bytes.subarray(i === 0 ? 0 : (ends[i - 1] as number), end));
        const whole = sinkString();
        const pieces = sinkString();
        await pipeline(Readable.from([bytes]), createScoringStream({ text: 'text' }), whole.stream);
        await pipeline(
          Readable.from(chunks.filter((c) => c.length > 0)),
          createScoringStream({ text: 'text' }),
          pieces.stream,
        );
        expect(pieces.text()).toBe(whole.text());
      }),
      { numRuns: runs(60) },
    );
  });
});
