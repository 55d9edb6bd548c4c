import { defineConfig } from 'vitest/config';
import { defaultEslintSelector } from './scripts/eslint-under-test.js';

/**
 * One project per supported ESLint, named `eslint-<SSOT_ESLINT>`, so one `vitest run` (what
 * `npm test` runs) covers them all and every result line names the ESLint it ran on. The project
 * sets SSOT_ESLINT, which makes tests/integration/helpers.ts load that ESLint; `--project` picks one.
 */
function eslintProject(selector: string, include: string[]) {
  return { extends: true, test: { name: `eslint-${selector}`, include, env: { SSOT_ESLINT: selector } } } as const;
}

export default defineConfig({
  test: {
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      // The default ESLint runs everything: unit tests and the whole integration suite.
      eslintProject(defaultEslintSelector, ['tests/**/*.test.ts']),
      // The newest ESLint 9: the whole integration suite again (unit tests import `eslint` directly).
      eslintProject('9', ['tests/integration/**/*.test.ts']),
      // The lowest supported version: a smoke run (plugin loads, presets apply, every rule reports
      // through the Node API and the CLI, `--fix` works), kept small to spare CI time.
      eslintProject('9.15', [
        'tests/integration/eslint-under-test.test.ts',
        'tests/integration/examples.test.ts',
        'tests/integration/canonical-imports-fix.test.ts',
      ]),
    ],
    // Random order, so that a test leaning on what an earlier one left behind fails (a new order
    // every run; `--sequence.seed=N` replays one).
    sequence: { shuffle: true },
  },
});
