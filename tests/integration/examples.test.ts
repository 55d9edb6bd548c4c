// How users meet the plugin: the published build, `ssot.configs.recommended` and one settings block
// (examples/eslint.config.js), run by the real ESLint Node API, the CLI and `npm run demo`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  examplesDir,
  examplesFindings,
  isDefaultEslint,
  lintWithApi,
  lintWithCli,
  repoRoot,
  runNode,
  snapshotTree,
  summarize,
} from './helpers.js';

describe('examples/ with the recommended preset', () => {
  it('reports each drift case once through the Node API and nothing on the clean modules', async () => {
    const findings = await lintWithApi(examplesDir, ['src', 'tests']);
    expect(summarize(findings)).toEqual(examplesFindings);
    expect(findings.some((finding) => finding.fatal)).toBe(false);
    const files = new Set(findings.map((finding) => finding.file));
    for (const clean of [
      'src/config/env.ts',
      'src/db/sql.ts',
      'src/cache/redis-factory.ts',
      'src/cache/redis_manager.ts',
      'tests/websocket-runner.test.ts',
    ]) {
      expect(files.has(clean)).toBe(false);
    }
  });

  it('gives the same findings and messages through the eslint CLI, exiting 0 on warnings only', async () => {
    const cli = await lintWithCli(examplesDir, ['src', 'tests']);
    expect(cli.status).toBe(0);
    expect(summarize(cli.findings)).toEqual(examplesFindings);
    const messages = cli.findings.map((finding) => finding.message);
    expect(messages).toContain(
      "'../db/clickhouse_client.js' is a deprecated shim of '../db/clickhouse.js'; import from the canonical module.",
    );
    expect(messages).toContain(
      "createClickHouseService moved to '../db/clickhouse.js' (src/db/sql.ts re-exports it as @deprecated): import it from '../db/clickhouse.js'.",
    );
    expect(messages).toContain('Read PORT through the configuration module (src/config/**), not process.env.');
    expect(cli.findings.filter((finding) => finding.fixable).map((finding) => finding.file)).toEqual([
      'src/services/analytics.ts',
      'src/services/exports.ts',
      'src/services/reports.ts',
      'src/websocket/server.ts',
      'src/websocket/server.ts',
      'src/websocket/server.ts',
      'src/websocket/server.ts',
      'src/websocket/server.ts',
    ]);
  });

  // demo.js imports `eslint`, the devDependency, as a user's script would: under another ESLint
  // this test would only repeat the default run.
  it.runIf(isDefaultEslint)(
    'npm run demo prints the findings and the compliance report and leaves examples/ untouched',
    async () => {
      const before = snapshotTree(examplesDir);
      const demo = await runNode([path.join(repoRoot, 'scripts', 'demo.js')], repoRoot);
      expect(demo.status).toBe(0);
      expect(demo.stdout).toContain('linted 16 files in examples/ with ssot.configs.recommended');
      expect(demo.stdout).toContain('13 problems (0 errors, 13 warnings)');
      expect(demo.stdout).toMatch(/SSOT compliance: 43\.75% \(9 of 16 files with violations, 13 violations\)/);
      expect(demo.stdout).toContain('Migration: 3 compatibility modules, 3 references left in 3 files');
      expect(demo.stdout).toContain('  git rm src/cache/redis_manager.ts');
      expect(snapshotTree(examplesDir)).toEqual(before);
    },
  );
});
