// ssot/no-duplicate-definitions through the real CLI on a small service: recommended reports the
// copied class at both definitions and nothing for its shim, its mock or a same-named class about
// something else; strict (any code, the whole project) reports that one too.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratch, eslintMajor, lintWithCli, repoRoot } from './helpers.js';

const RULE_ID = 'ssot/no-duplicate-definitions';
const fixture = path.join(repoRoot, 'tests/fixtures/no-duplicate-definitions/project');
const scratch = createScratch();
afterAll(() => scratch.removeAll());

function reportsOf(findings: { file: string; line: number; ruleId: string | null; message: string }[]): string[] {
  return findings
    .filter((finding) => finding.ruleId === RULE_ID)
    .map(({ file, line, message }) => `${file}:${line} ${message.slice(0, message.indexOf(';'))}`)
    .sort();
}

describe(`${RULE_ID} presets through the CLI (ESLint ${eslintMajor})`, () => {
  const project = scratch.copy(fixture);

  it('recommended reports each definition of the copied class, naming the other', async () => {
    const run = await lintWithCli(project, ['src']);
    expect(run.findings.filter((finding) => finding.fatal)).toEqual([]);
    expect(reportsOf(run.findings)).toEqual([
      'src/db/clickhouse.ts:6 Class ClickHouseService is also defined in src/legacy/clickhouse_copy.ts:4',
      'src/legacy/clickhouse_copy.ts:4 Class ClickHouseService is also defined in src/db/clickhouse.ts:6',
    ]);
    expect(run.status).toBe(0);
  });

  it('strict also reports same-named classes whose code differs, as errors', async () => {
    const run = await lintWithCli(project, ['--config', 'strict.config.js', 'src']);
    expect(reportsOf(run.findings)).toEqual([
      'src/db/clickhouse.ts:6 Class ClickHouseService is also defined in src/legacy/clickhouse_copy.ts:4',
      'src/editor/comment.ts:1 Class Comment is also defined in src/models/comment.ts:1',
      'src/legacy/clickhouse_copy.ts:4 Class ClickHouseService is also defined in src/db/clickhouse.ts:6',
      'src/models/comment.ts:1 Class Comment is also defined in src/editor/comment.ts:1',
    ]);
    expect(run.status).toBe(1);
  });
});
