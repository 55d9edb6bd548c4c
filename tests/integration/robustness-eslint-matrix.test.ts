// Issue 10 item 5, every way users run ESLint: the suite runs against the ESLint major chosen by
// SSOT_ESLINT (10 by default, 9 under `npm run test:eslint9`); multithreaded linting gives the same
// messages as one thread; and a fast ESLint 9 smoke runs in every `npm test`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint as ESLintClass } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratch,
  eslintMajor,
  eslintVersion,
  examplesDir,
  lintWithCli,
  loadESLint,
  repoRoot,
  robustnessFixture,
  summarize,
  toFindings,
} from './helpers.js';

const scratch = createScratch();
afterAll(scratch.removeAll);

describe(`ESLint ${eslintMajor} (SSOT_ESLINT=${process.env.SSOT_ESLINT ?? 'unset'})`, () => {
  it('is the ESLint major the helpers run', async () => {
    const ESLint = await loadESLint();
    expect(Number(ESLint.version.split('.')[0])).toBe(eslintMajor);
    expect(eslintVersion()).toBe(ESLint.version);
  });

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

// Cheap enough for every `npm test`: both majors in this process, through the Node API.
describe('ESLint 9 and ESLint 10 smoke', () => {
  it('give the same findings and fixes on examples/', async () => {
    const project = scratch.copy(examplesDir, { '@app': 'src' });
    const lintWith = async (entry: string): Promise<unknown> => {
      const api = (await import(pathToFileURL(path.join(repoRoot, 'node_modules', entry, 'lib', 'api.js')).href)) as {
        ESLint: typeof ESLintClass;
      };
      const results = await new api.ESLint({ cwd: project, fix: true }).lintFiles(['src', 'tests']);
      return {
        version: api.ESLint.version.split('.')[0],
        findings: toFindings(results, project),
        fixed: results.filter((result) => result.output !== undefined).map((result) => [path.relative(project, result.filePath), result.output]),
      };
    };
    const [v9, v10] = await Promise.all([lintWith('eslint-v9'), lintWith('eslint')]);
    expect(v9).toMatchObject({ version: '9' });
    expect(v10).toMatchObject({ version: '10' });
    expect({ ...(v9 as object), version: 'any' }).toEqual({ ...(v10 as object), version: 'any' });
    expect((v10 as { fixed: unknown[] }).fixed).toHaveLength(3);
    expect(summarize((v10 as { findings: Parameters<typeof summarize>[0] }).findings)).toEqual([
      'src/cache/redis.ts:18 ssot/no-module-singletons',
      'src/routes/health.ts:5 ssot/no-process-env',
      'tests/analytics.test.ts:361 ssot/max-lines',
    ]);
  });
});
