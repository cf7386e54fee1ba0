import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/server/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20_000,
    // Many suites spend their time waiting on disk syncs, child processes and
    // the network: a worker a core keeps the machine busy meanwhile.
    maxWorkers: availableParallelism(),
  },
});
