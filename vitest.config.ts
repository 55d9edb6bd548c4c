import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Random order, so that a test leaning on what an earlier one left behind fails (a new order
    // every run; `--sequence.seed=N` replays one).
    sequence: { shuffle: true },
  },
});
