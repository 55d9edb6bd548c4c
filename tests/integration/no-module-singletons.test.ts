// ssot/no-module-singletons through the real CLI on a small service: the recommended preset reports
// only state other requests can observe (a project class that keeps state, reached through a barrel;
// a static Map filled by a method); the strict preset also reports what is configured once, memos,
// config objects and test files. AsyncLocalStorage and a list filled at load are never reported.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratch, eslintMajor, lintWithCli, repoRoot } from './helpers.js';

const RULE_ID = 'ssot/no-module-singletons';
const fixture = path.join(repoRoot, 'tests/fixtures/no-module-singletons/project');
const scratch = createScratch();
afterAll(() => scratch.removeAll());

/** `file:line messageId-ish` for each finding of the rule, in a stable order. */
function reportsOf(findings: { file: string; line: number; ruleId: string | null; message: string }[]): string[] {
  return findings
    .filter((finding) => finding.ruleId === RULE_ID)
    .map(({ file, line, message }) => `${file}:${line} ${message.slice(0, message.indexOf(' is '))}`)
    .sort();
}

describe(`${RULE_ID} presets through the CLI (ESLint ${eslintMajor})`, () => {
  const project = scratch.copy(fixture);

  it('recommended reports the state a second request can observe, and nothing else', async () => {
    const run = await lintWithCli(project, ['src']);
    expect(run.findings.filter((finding) => finding.fatal)).toEqual([]);
    expect(reportsOf(run.findings)).toEqual([
      "src/limits.ts:2 Static Map 'RateLimits.byPath'",
      'src/services.ts:3 Module-level instance of Store',
    ]);
  });

  it('strict also reports objects configured once, memos, config objects and test files', async () => {
    const run = await lintWithCli(project, ['--config', 'strict.config.js', 'src']);
    expect(run.findings.filter((finding) => finding.fatal)).toEqual([]);
    expect(reportsOf(run.findings)).toEqual([
      'src/config/env.ts:9 Module-level instance of Environment',
      "src/limits.ts:2 Static Map 'RateLimits.byPath'",
      'src/routes/users.ts:3 Module-level instance of Router',
      'src/services.ts:3 Module-level instance of Store',
      "src/store.test.ts:3 Lazy singleton 'store'",
      "src/template.ts:3 Module-level variable 'template'",
    ]);
    expect(run.status).toBe(1);
  });
});
