import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';

const base = { rowsRead: 0, rowsScored: 0, rowsReported: 0, bytesRead: 0, totalBytes: undefined, elapsedMs: 0 };

describe('progressLine', () => {
  it.each([
    [
      { ...base, rowsScored: 4990, rowsRead: 5000, rowsReported: 10, bytesRead: 50, totalBytes: 100, elapsedMs: 2000 },
      '[##########----------]  50% 4,990 rows · 2,495 rows/s · 0:02 · ETA 0:02 · 10 reported',
    ],
    [{ ...base, rowsScored: 120_000, elapsedMs: 3_725_000 }, '120,000 rows · 32 rows/s · 1:02:05'],
    [
      { ...base, rowsScored: 10, bytesRead: 100, totalBytes: 100, elapsedMs: 1000 },
      '[####################] 100% 10 rows · 10 rows/s · 0:01',
    ],
  ])('%j', (progress, line) => {
    expect(progressLine(progress, 200)).toBe(line);
  });

  it('fits the terminal width', () => {
    expect(progressLine({ ...base, rowsScored: 5, elapsedMs: 1000 }, 10)).toHaveLength(9);
  });
});
