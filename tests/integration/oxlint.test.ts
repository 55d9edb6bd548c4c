// oxlint runs the plugin as one of its JS plugins (`jsPlugins` in .oxlintrc.json; files parsed in
// Rust). The set-up docs/oxlint.md shows, on a copy of examples/, must give what
// examples/eslint.config.js gives through the ESLint CLI: the same findings and the same fixes. What
// differs comes from oxlint, not from the rules, and is pinned below. The fixture is named
// oxlintrc.json, without the dot, so that oxlint does not take it for a nested config when it walks
// this repository through the copy's node_modules/eslint-plugin-ssot link.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compareFindings,
  createScratch,
  examplesDir,
  examplesFindings,
  lintWithCli,
  listSources,
  repoRoot,
  runNode,
  summarize,
  type Finding,
  type ProcessResult,
} from './helpers.js';

const fixtureDir = path.join(repoRoot, 'tests', 'fixtures', 'oxlint');
const oxlintrcFile = path.join(fixtureDir, 'oxlintrc.json');
const oxlintBin = path.join(repoRoot, 'node_modules', 'oxlint', 'bin', 'oxlint');
const scratch = createScratch();
afterAll(() => scratch.removeAll());

interface Oxlintrc {
  rules: Record<string, unknown>;
  settings: { ssot: unknown };
  ignorePatterns: string[];
}

/** What the tests read of oxlint's `--format json` report. */
interface OxlintReport {
  diagnostics: {
    message: string;
    code?: string;
    severity: string;
    filename: string;
    labels: { span: { line: number; column: number } }[];
  }[];
  number_of_files: number;
}

interface OxlintRun extends ProcessResult {
  report: OxlintReport;
  findings: Finding[];
}

/** A finding without what only ESLint's JSON tells (whether it has a fix). */
type Where = Pick<Finding, 'file' | 'line' | 'column' | 'ruleId' | 'message'>;

const where = ({ file, line, column, ruleId, message }: Finding): Where => ({ file, line, column, ruleId, message });

/** A copy of examples/ with the .oxlintrc.json of docs/oxlint.md, and `overlay`'s files over it. */
function oxlintProject(overlay?: string): string {
  const dir = scratch.copy(examplesDir);
  fs.copyFileSync(oxlintrcFile, path.join(dir, '.oxlintrc.json'));
  if (overlay) fs.cpSync(path.join(fixtureDir, overlay), dir, { recursive: true });
  return dir;
}

/**
 * oxlint's diagnostics as findings, sorted as helpers.ts sorts ESLint's: it names a rule
 * `ssot(max-lines)` and lists files in the order its threads finished them.
 */
function toOxlintFindings(report: OxlintReport): Finding[] {
  return report.diagnostics
    .map((diagnostic) => {
      const rule = /^(.+)\((.+)\)$/u.exec(diagnostic.code ?? '');
      const span = diagnostic.labels[0]?.span;
      return {
        file: diagnostic.filename,
        line: span?.line ?? 0,
        column: span?.column ?? 0,
        ruleId: rule ? `${rule[1]}/${rule[2]}` : null,
        message: diagnostic.message,
        fixable: false,
        fatal: rule === null,
      };
    })
    .sort(compareFindings);
}

/** Runs the pinned oxlint CLI with `--format json` in `cwd`; a report it could not write throws with its output. */
async function lintWithOxlint(cwd: string, args: string[]): Promise<OxlintRun> {
  const run = await runNode([oxlintBin, '--format', 'json', ...args], cwd);
  if (!run.stdout.startsWith('{'))
    throw new Error(`oxlint exited with ${run.status} in ${cwd}:\n${run.stderr}\n${run.stdout}`);
  const report = JSON.parse(run.stdout) as OxlintReport;
  return { ...run, report, findings: toOxlintFindings(report) };
}

/**
 * The ssot rules and `settings.ssot` a flat config gives, merged in order: each object of
 * examples/eslint.config.js sets a rule whole (severity and options), so the last one wins.
 */
function ssotPartOf(configs: Linter.Config[]): { rules: Record<string, unknown>; ssot: unknown } {
  const rules: Record<string, unknown> = {};
  let ssot: unknown;
  for (const config of configs) {
    for (const [id, entry] of Object.entries(config.rules ?? {})) if (id.startsWith('ssot/')) rules[id] = entry;
    ssot = (config.settings as { ssot?: unknown } | undefined)?.ssot ?? ssot;
  }
  return { rules, ssot };
}

/** The text before `column` (1-based) on `line` of a file. */
function textBefore(file: string, { line, column }: Pick<Finding, 'line' | 'column'>): string {
  return (fs.readFileSync(file, 'utf8').split('\n')[line - 1] ?? '').slice(0, column - 1);
}

/** Every `.ts` file of `dir` and its text: what `--fix` may have changed. */
function sourcesOf(dir: string): Record<string, string> {
  return Object.fromEntries(listSources(dir).map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]));
}

describe('the .oxlintrc.json of docs/oxlint.md', () => {
  const oxlintrc = JSON.parse(fs.readFileSync(oxlintrcFile, 'utf8')) as Oxlintrc;

  it('sets the rules, options and settings of examples/eslint.config.js', async () => {
    const project = scratch.copy(examplesDir);
    const config = (await import(pathToFileURL(path.join(project, 'eslint.config.js')).href)) as {
      default: Linter.Config[];
    };
    const eslint = ssotPartOf(config.default);
    expect(oxlintrc.rules).toEqual(eslint.rules);
    expect(oxlintrc.settings.ssot).toEqual(eslint.ssot);
  });

  it('is the one docs/oxlint.md shows', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'oxlint.md'), 'utf8');
    const block = /<!-- tests\/fixtures\/oxlint\/oxlintrc\.json -->\n```jsonc?\n([\s\S]*?)\n```/u.exec(doc);
    expect(block, 'docs/oxlint.md: the marked .oxlintrc.json block').not.toBeNull();
    expect(JSON.parse(block?.[1] ?? '')).toEqual(oxlintrc);
  });

  // ESLint never lints node_modules; oxlint skips it only when .gitignore or the config says so.
  it('keeps oxlint out of node_modules, which it would lint otherwise', async () => {
    const project = oxlintProject();
    const unignored = { ...oxlintrc, ignorePatterns: [] };
    fs.writeFileSync(path.join(project, 'unignored.json'), JSON.stringify(unignored));
    const listed = await runNode([oxlintBin, '--debug=files', '.'], project);
    const listedUnignored = await runNode([oxlintBin, '-c', 'unignored.json', '--debug=files', '.'], project);
    expect(listed.stdout).toContain('src/websocket/server.ts');
    expect(listed.stdout).not.toContain('node_modules/');
    expect(listedUnignored.stdout).toContain('node_modules/eslint-plugin-ssot/');
  });
});

describe('examples/ through oxlint and through the ESLint CLI', () => {
  it('reports the same findings, and exits 0 on warnings only', async () => {
    const project = oxlintProject();
    const eslint = await lintWithCli(project, ['.']);
    const oxlint = await lintWithOxlint(project, ['.']);
    expect(summarize(eslint.findings)).toEqual(examplesFindings);
    expect(oxlint.findings.map(where)).toEqual(eslint.findings.map(where));
    expect(oxlint.report.number_of_files).toBe((JSON.parse(eslint.stdout) as unknown[]).length);
    expect(oxlint.status).toBe(0);
    expect(oxlint.stderr).toBe('');
  });

  it('fixes the files the same way, leaving the same findings', async () => {
    const original = sourcesOf(examplesDir);
    const [byOxlint, byEslint] = [oxlintProject(), oxlintProject()];
    const oxlint = await lintWithOxlint(byOxlint, ['--fix', '.']);
    const eslint = await lintWithCli(byEslint, ['--fix', '.']);
    const fixed = sourcesOf(byEslint);
    expect(Object.keys(fixed).filter((file) => fixed[file] !== original[file])).toEqual([
      'src/services/analytics.ts',
      'src/services/exports.ts',
      'src/services/reports.ts',
      'src/websocket/server.ts',
    ]);
    expect(sourcesOf(byOxlint)).toEqual(fixed);
    // Both print what is left after fixing: the findings without a fix.
    expect(oxlint.findings.map(where)).toEqual(eslint.findings.map(where));
    expect(summarize(oxlint.findings)).toEqual([
      'src/cache/redis.ts:18 ssot/no-module-singletons',
      'src/db/clickhouse.ts:3 ssot/no-duplicate-definitions',
      'src/routes/health.ts:5 ssot/no-process-env',
      'src/routes/stats.ts:4 ssot/no-duplicate-definitions',
      'tests/analytics.test.ts:361 ssot/max-lines',
    ]);
  });
});

describe('what differs under oxlint, pinned', () => {
  const greeting = 'src/routes/greeting.ts';
  const handshake = 'src/websocket/handshake.ts';

  it('counts columns in UTF-8 bytes where ESLint counts UTF-16 code units', async () => {
    const project = oxlintProject('differences');
    const [eslintFinding] = (await lintWithCli(project, [greeting])).findings;
    const [oxlintFinding] = (await lintWithOxlint(project, [greeting])).findings;
    if (!eslintFinding) throw new Error(`ESLint reports nothing in ${greeting}`);
    const before = textBefore(path.join(project, greeting), eslintFinding);
    const shift = Buffer.byteLength(before, 'utf8') - before.length;
    // ü, ß: one unit, two bytes; 👋: two units, four bytes; —: one unit, three bytes.
    expect(shift).toBe(6);
    expect(oxlintFinding).toEqual({
      ...where(eslintFinding),
      column: eslintFinding.column + shift,
      fixable: false,
      fatal: false,
    });
  });

  it('gives no type information: the enum rule finds what ESLint finds without it', async () => {
    const project = oxlintProject('differences');
    const typed = await lintWithCli(project, ['-c', 'eslint.typed.config.js', handshake]);
    const untyped = await lintWithCli(project, [handshake]);
    const oxlint = await lintWithOxlint(project, [handshake]);
    expect(typed.findings.map(where)).toEqual([
      {
        file: handshake,
        line: 5,
        column: 16,
        ruleId: 'ssot/no-deprecated-enum-members',
        message:
          'modes.ISOLATED is deprecated (Use UNIFIED; isolation comes from the execution context). Use modes.UNIFIED.',
      },
    ]);
    expect(untyped.findings).toEqual([]);
    expect(oxlint.findings).toEqual([]);
    expect(oxlint.status).toBe(0);
  });
});
