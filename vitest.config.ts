import { defineConfig } from 'vitest/config';

// vitest 5 declares Node 22; its reporter calls Map.groupBy (Node 21+) when it prints failures. detente
// supports Node 20, so the test runner gets the one missing built-in here, in the main process.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/browser-notice.ts', 'tests/setup/temp-root.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
