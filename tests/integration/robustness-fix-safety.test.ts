// Issue 10 item 2: fixes are safe. On temp copies of `examples/` and of the shims/aliases fixture:
// `eslint --fix` with the real CLI, then `tsc --noEmit` passes, a second lint finds nothing fixable,
// and every module exports the same values as the unfixed copy.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliLint,
  copyProject,
  describeModule,
  examplesDir,
  lintWithCli,
  listSources,
  removeTemporaryProjects,
  robustnessFixture,
  runTsc,
} from './helpers.js';

afterAll(removeTemporaryProjects);

interface Project {
  name: string;
  source: string;
  /** Folders linted, as the user would pass them to the CLI. */
  targets: string[];
  aliases: Record<string, string>;
}

const projects: Project[] = [
  { name: 'examples', source: examplesDir, targets: ['src', 'tests'], aliases: { '@app': 'src' } },
  { name: 'robustness fixture', source: robustnessFixture, targets: ['src'], aliases: { '@fx': 'src' } },
];

describe.each(projects)('eslint --fix on a copy of $name', ({ source, targets, aliases }) => {
  let before: string;
  let after: string;
  let beforeLint: CliLint;
  let fixRun: CliLint;
  let afterLint: CliLint;
  let changedFiles: string[];

  beforeAll(async () => {
    before = copyProject(source, aliases);
    after = copyProject(source, aliases);
    [beforeLint, fixRun] = await Promise.all([lintWithCli(before, targets), lintWithCli(after, ['--fix', ...targets])]);
    afterLint = await lintWithCli(after, targets);
    changedFiles = listSources(before).filter(
      (file) => fs.readFileSync(path.join(before, file), 'utf8') !== fs.readFileSync(path.join(after, file), 'utf8'),
    );
  });

  it('lints without fatal errors before and after fixing', () => {
    expect(beforeLint.findings.filter((finding) => finding.fatal)).toEqual([]);
    expect(fixRun.findings.filter((finding) => finding.fatal)).toEqual([]);
    expect(afterLint.stderr).toBe('');
  });

  it('leaves a project that type-checks', async () => {
    const tsc = await runTsc(path.join(after, 'tsconfig.json'));
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('is idempotent: a second run finds no fixable problem and --fix changes nothing more', async () => {
    expect(afterLint.findings.filter((finding) => finding.fixable)).toEqual([]);
    expect(afterLint.findings).toEqual(fixRun.findings);
  });

  it('keeps the exported values of every module', async () => {
    for (const file of listSources(path.join(before, 'src'))) {
      const [original, fixed] = await Promise.all([
        describeModule(path.join(before, 'src', file)),
        describeModule(path.join(after, 'src', file)),
      ]);
      expect(fixed, file).toEqual(original);
    }
  });

  it('fixes only what was reported as fixable', () => {
    const fixableFiles = [...new Set(beforeLint.findings.filter((finding) => finding.fixable).map((finding) => finding.file))];
    expect(changedFiles).toEqual(fixableFiles.sort());
  });
});
