// Issue 10 item 5, every way users run ESLint: the suite runs against each supported ESLint (one
// vitest project each, see vitest.config.ts; eslint-under-test.test.ts checks which one ran);
// multithreaded linting gives the same messages as one thread; and every installed ESLint gives the
// same findings and fixes on examples/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint as ESLintClass } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultEslintPackage, eslintPackages } from '../../scripts/eslint-under-test.js';
import {
  createScratch,
  eslintVersion,
  examplesDir,
  isDefaultEslint,
  lintWithCli,
  pinnedEslintVersion,
  repoRoot,
  robustnessFixture,
  summarize,
  toFindings,
} from './helpers.js';

const scratch = createScratch();
afterAll(scratch.removeAll);

describe(`ESLint ${eslintVersion()}`, () => {
  describe('--concurrency=2 and a single thread', () => {
    let project: string;
    let threads: Awaited<ReturnType<typeof lintWithCli>>;
    let single: Awaited<ReturnType<typeof lintWithCli>>;

    beforeAll(async () => {
      project = scratch.copy(robustnessFixture, { '@fx': 'src' });
      [threads, single] = await Promise.all([
        lintWithCli(project, ['--concurrency=2', 'src']),
        lintWithCli(project, ['--concurrency=off', 'src']),
      ]);
    });

    it('report the same messages, fixes included', () => {
      // ESLint advises against threads for a project this small; that warning is all stderr may hold.
      const otherOutput = threads.stderr
        .split('\n')
        .filter((line) => line !== '' && !/ESLintPoorConcurrencyWarning|--trace-warnings/.test(line));
      expect(otherOutput).toEqual([]);
      expect(threads.status).toBe(1);
      expect(threads.findings).toEqual(single.findings);
    });

    it('report what the fixture holds (cross-file rules worked in the workers)', () => {
      const rules = new Set(threads.findings.map((finding) => finding.ruleId));
      expect([...rules].sort()).toEqual([
        'ssot/canonical-imports',
        'ssot/no-deprecated-enum-members',
        'ssot/no-module-singletons',
        'ssot/no-process-env',
      ]);
      expect(summarize(threads.findings)).toContain('src/consumers/metrics.ts:1 ssot/canonical-imports');
      expect(summarize(threads.findings)).toContain('src/consumers/jobs.ts:5 ssot/no-deprecated-enum-members');
    });
  });
});

// Cheap enough for every `npm test`: every installed ESLint in this process, through the Node API.
// It does not depend on SSOT_ESLINT, so it runs once, in the default ESLint's project.
describe.runIf(isDefaultEslint)('every installed ESLint', () => {
  it('gives the same findings and fixes on examples/', async () => {
    const project = scratch.copy(examplesDir, { '@app': 'src' });
    const lintWith = async (name: string) => {
      const api = (await import(pathToFileURL(path.join(repoRoot, 'node_modules', name, 'lib', 'api.js')).href)) as {
        ESLint: typeof ESLintClass;
      };
      const results = await new api.ESLint({ cwd: project, fix: true }).lintFiles(['src', 'tests']);
      return {
        name,
        version: api.ESLint.version,
        findings: toFindings(results, project),
        fixed: results
          .filter((result) => result.output !== undefined)
          .map((result) => [path.relative(project, result.filePath), result.output]),
      };
    };
    const runs = await Promise.all(Object.values(eslintPackages).map(lintWith));
    // Each at the version package.json pins: really different ESLints, not one loaded three times.
    expect(runs.map(({ name, version }) => [name, version])).toEqual(
      Object.values(eslintPackages).map((name) => [name, pinnedEslintVersion(name)]),
    );
    const reference = runs.find((run) => run.name === defaultEslintPackage);
    for (const run of runs) {
      expect({ findings: run.findings, fixed: run.fixed }, run.name).toEqual({
        findings: reference?.findings,
        fixed: reference?.fixed,
      });
    }
    expect(reference?.fixed).toHaveLength(4);
    expect(summarize(reference?.findings ?? [])).toEqual([
      'src/cache/redis.ts:18 ssot/no-module-singletons',
      'src/db/clickhouse.ts:3 ssot/no-duplicate-definitions',
      'src/routes/health.ts:5 ssot/no-process-env',
      'src/routes/stats.ts:4 ssot/no-duplicate-definitions',
      'tests/analytics.test.ts:361 ssot/max-lines',
    ]);
  });
});
