// End to end through `main` (in-process, real ESLint, the fixture project's own config) and through
// the built bin for real exit codes.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../src/report/score.js';
import { fixture, repoRoot, runCli as run, temporaryDir } from './helpers.js';

const bin = path.join(repoRoot, 'dist/report/cli.js');

async function jsonReport(argv: string[] = [], options: { stdoutIsTTY?: boolean } = {}): Promise<ComplianceReport> {
  const { code, stdout, stderr } = await run(['--json', '-', ...argv], options);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as ComplianceReport;
}

describe('ssot-audit on the fixture project', () => {
  it('counts linted files per category, ssot rules only, ignored files not at all', async () => {
    const report = await jsonReport();
    expect(report.category_scores).toEqual({
      real_system: { violations: 1, files_with_violations: 1, total_files: 4, score: 75 },
      test_files: { violations: 0, files_with_violations: 0, total_files: 2, score: 100 },
    });
    expect(report.total_violations).toBe(1);
    expect(report.compliance_score).toBe(100 * (1 - 1 / 6));
    expect(report.by_rule).toEqual({ 'ssot/no-process-env': 1 });
    expect(report.files).toEqual([
      {
        path: 'src/routes/health.ts',
        category: 'real_system',
        messages: [expect.objectContaining({ rule: 'ssot/no-process-env', line: 2, severity: 'warning' })],
      },
    ]);
    expect(report.parse_errors).toEqual([]);
    expect(report.generated_at).toBe('2026-01-02T03:04:05.000Z');
    expect(report.tool).toEqual({
      name: 'eslint-plugin-ssot',
      version: (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version,
    });
  });

  it('prints the summary table by default', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('SSOT compliance: 83.33% (1 of 6 files with violations, 1 violation)');
    expect(stdout).toContain('real_system      4                1           1   75.00');
    expect(stdout).toContain('Top rules\n  Rule                 real_system\n  ssot/no-process-env            1\n');
    expect(stdout).toContain(
      'Top files\n  File                  Category     Violations\n  src/routes/health.ts  real_system           1\n',
    );
  });

  it('counts other rules with --rules', async () => {
    const report = await jsonReport(['--rules', 'no-var']);
    expect(report.category_scores).toEqual({
      real_system: { violations: 3, files_with_violations: 2, total_files: 4, score: 50 },
      test_files: { violations: 1, files_with_violations: 1, total_files: 2, score: 50 },
    });
    expect(report.total_violations).toBe(4);
    expect(report.by_rule).toEqual({ 'no-var': 3, 'ssot/no-process-env': 1 });
  });

  it('reads categories from settings.ssot of an explicit --config', async () => {
    const report = await jsonReport(['--config', 'categories.config.js']);
    expect(Object.keys(report.category_scores)).toEqual(['real_system', 'legacy', 'test_files']);
    expect(report.category_scores.legacy).toEqual({
      violations: 0,
      files_with_violations: 0,
      total_files: 1,
      score: 100,
    });
    expect(report.category_scores.real_system?.total_files).toBe(3);
  });

  it('replaces the categories with --category', async () => {
    const report = await jsonReport(['--category', 'flaky=tests/a.test.ts']);
    expect(Object.keys(report.category_scores)).toEqual(['real_system', 'flaky']);
    expect(report.category_scores.flaky?.total_files).toBe(1);
    expect(report.category_scores.real_system?.total_files).toBe(5);
  });

  it('audits only the given paths and leaves out ignored files named explicitly', async () => {
    const report = await jsonReport(['src/routes', 'ignored/skip.ts']);
    expect(report.category_scores.real_system).toEqual({
      violations: 1,
      files_with_violations: 1,
      total_files: 1,
      score: 0,
    });
    expect(report.category_scores.test_files?.total_files).toBe(0);
  });

  it('gives the same report with the progress counter on (stdout a terminal)', async () => {
    const plain = await jsonReport();
    const withProgress = await jsonReport([], { stdoutIsTTY: true });
    expect(withProgress).toEqual(plain);
  });

  it('writes --json and --markdown files, creating directories', async () => {
    const out = temporaryDir();
    const jsonFile = path.join(out, 'reports/ssot.json');
    const markdownFile = path.join(out, 'reports/ssot.md');
    const { code, stdout } = await run(['--json', jsonFile, '--markdown', markdownFile]);
    expect(code).toBe(0);
    expect(stdout).toContain('SSOT compliance: 83.33%');
    expect(JSON.parse(readFileSync(jsonFile, 'utf8'))).toEqual(await jsonReport());
    const markdown = readFileSync(markdownFile, 'utf8');
    expect(markdown).toContain('## SSOT compliance: 83.33%');
    expect(markdown).toContain('| `src/routes/health.ts` | real\\_system | 1 |');
  });
});

describe('ssot-audit thresholds', () => {
  it.each([
    [['--min-score', '83'], 0],
    [['--min-score', '84'], 1],
    [['--min-score', 'real_system=75'], 0],
    [['--min-score', 'real_system=75.5'], 1],
    [['--min-score', '50', '--min-score', 'test_files=100'], 0],
  ])('%j exits %i', async (argv, expected) => {
    const { code } = await run(argv);
    expect(code).toBe(expected);
  });

  it('says which score is below which minimum, on stderr and in the summary', async () => {
    const { code, stdout, stderr } = await run(['--min-score', 'real_system=80']);
    expect(code).toBe(1);
    expect(stderr).toBe('ssot-audit: real_system score 75.00 is below the minimum 80.\n');
    expect(stdout).toContain('Thresholds\n  FAIL  real_system score 75.00 is below the minimum 80');
  });

  it('rejects a threshold on an unknown category with exit 2', async () => {
    const { code, stdout, stderr } = await run(['--min-score', 'tests=90']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'ssot-audit: --min-score names the unknown category "tests". Known categories: real_system, test_files.\n',
    );
  });
});

describe('ssot-audit usage and configuration errors', () => {
  it.each([
    [['--bogus'], 'ssot-audit: Unknown option --bogus. Run ssot-audit --help for usage.\n'],
    [['--jsn', '-'], 'ssot-audit: Unknown option --jsn. Did you mean --json? Run ssot-audit --help for usage.\n'],
    [['--min-score', 'high'], 'ssot-audit: --min-score expects a score from 0 to 100'],
    [['--category', 'tests'], 'ssot-audit: --category expects name=glob'],
    [['--config', 'missing.config.js'], 'ssot-audit: The config file missing.config.js does not exist'],
    [['no-such-dir'], "ssot-audit: Nothing to audit: No files matching 'no-such-dir' were found. Check the paths"],
    [['ignored'], 'ssot-audit: Nothing to audit: All files matched by'],
    [['ignored/skip.ts'], 'ssot-audit: Nothing to audit: every file given is ignored by the ESLint configuration.'],
  ])('%j exits 2 with a clear message', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr).not.toContain('    at ');
  });

  it('exits 2 when no ESLint configuration is found', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'a.js'), 'export const a = 1;\n');
    const { code, stderr } = await run([], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe(
      `ssot-audit: No ESLint configuration found for ${dir}: add an eslint.config.js or pass --config <file>.\n`,
    );
  });

  it('exits 2 when the configuration is broken', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'eslint.config.js'), "export default [{ rules: { 'no-var': 'sometimes' } }];\n");
    writeFileSync(path.join(dir, 'a.js'), 'export const a = 1;\n');
    const { code, stderr } = await run([], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^ssot-audit: ESLint failed: .*no-var/su);
  });

  it('prints help and version', async () => {
    expect(await run(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: ssot-audit [options] [paths...]'),
    });
    expect(await run(['--version'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^eslint-plugin-ssot \d+\.\d+\.\d+/u),
    });
  });
});

describe('ssot-audit progress', () => {
  it('shows a file counter on stderr past 300 files when stdout is a terminal', async () => {
    const dir = temporaryDir();
    writeFileSync(path.join(dir, 'eslint.config.js'), 'export default [];\n');
    mkdirSync(path.join(dir, 'src'));
    for (let index = 0; index < 301; index += 1)
      writeFileSync(path.join(dir, `src/m${index}.js`), `export const m = ${index};\n`);

    const terminal = await run([], { cwd: dir, stdoutIsTTY: true });
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toContain('linted 301 files…');
    expect(terminal.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(terminal.stdout).toContain('0 of 302 files with violations');

    const piped = await run([], { cwd: dir, stdoutIsTTY: false });
    expect(piped.stderr).toBe('');
  });
});

describe('the ssot-audit bin', () => {
  function spawnBin(argv: string[]) {
    return spawnSync(process.execPath, [bin, ...argv], { cwd: fixture, encoding: 'utf8' });
  }

  it('starts with a node shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('exits 0, 1 and 2 as documented', () => {
    const passing = spawnBin(['--min-score', '80']);
    expect(passing.stderr).toBe('');
    expect(passing.status).toBe(0);
    expect(passing.stdout).toContain('SSOT compliance: 83.33%');

    const failing = spawnBin(['--min-score', '90']);
    expect(failing.status).toBe(1);
    expect(failing.stderr).toBe('ssot-audit: compliance score 83.33 is below the minimum 90.\n');

    const misused = spawnBin(['--min-score']);
    expect(misused.status).toBe(2);
    expect(misused.stderr).toContain('Run ssot-audit --help for usage.');
  });
});
