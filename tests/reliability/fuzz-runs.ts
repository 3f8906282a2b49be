/**
 * Bounded fuzzing for CI: every property in tests/reliability runs `runs(n)` cases, where `n` is the CI default
 * for that property and `FUZZ_RUNS` (e.g. `FUZZ_RUNS=20000 npx vitest run tests/reliability`) raises it
 * locally. A value below the default is ignored, so CI can never be made weaker by the variable.
 * @example
 * ```ts
 * fc.assert(fc.property(fc.string(), check), { numRuns: runs(200) });
 * ```
 */
export function runs(ciDefault: number): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(asked) && asked > ciDefault ? Math.floor(asked) : ciDefault;
}

/**
 * The per-test timeout for property tests: the suite's default in CI, an hour when `FUZZ_RUNS` asks for long
 * local runs (so a deep run is limited by its run count, not by a timeout written for CI).
 * @example
 * ```ts
 * vi.setConfig({ testTimeout: fuzzTimeout() });
 * ```
 */
export function fuzzTimeout(): number {
  return process.env.FUZZ_RUNS === undefined ? 30_000 : 3_600_000;
}
