// The small slice of `npm run stress` that runs in `npm test`: the committed examples/ project
// plus .mts/.cts copies and generated .js/.cjs/.tsx/.d.ts files, every rule on its most demanding
// options, fixes applied in memory. No network: the downloaded corpora are not used. The stress
// workers load the ESLint SSOT_ESLINT selects, as the helpers do.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { eslintVersion } from './helpers.js';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const stressScript = path.join(repoDir, 'bench', 'stress.js');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-stress-test-'));

interface StressSummary {
  eslint?: string;
  files: number;
  messages: number;
  fatal: number;
  crashes: number;
  unattributed_crashes: number;
  messages_by_rule: Record<string, number>;
  crashes_by_rule: Record<string, number>;
  crash_samples?: Array<{ file: string | null; rule: string; error: string }>;
  fix: {
    files_with_fixable: number;
    files_fixed: number;
    fixed_output_parse_errors: number;
    still_fixable_after_fix: number;
  };
  rules?: string[];
  corpora?: Array<{ name: string; fatal_samples?: string[]; crash_samples?: unknown[]; fix_samples?: string[] }>;
}

function runStress(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [stressScript, ...args], { cwd: repoDir, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Writes a plugin module for `--extra-plugin` / a worker job; `rules` is the source of its rules object. */
function writePlugin(name: string, rules: string[]): string {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, ['export default { rules: {', ...rules, '} };', ''].join('\n'));
  return file;
}

/** Runs the slice with an extra plugin and returns the exit status and the JSON summary. */
function runSliceWith(
  pluginFile: string,
  jsonName: string,
): { status: number | null; stdout: string; summary: StressSummary } {
  const jsonFile = path.join(scratch, jsonName);
  const run = runStress(['--slice', '--extra-plugin', pluginFile, '--json', jsonFile]);
  expect(fs.existsSync(jsonFile), run.stderr).toBe(true);
  return {
    status: run.status,
    stdout: run.stdout,
    summary: JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as StressSummary,
  };
}

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

// Generous timeouts: the slice costs a few seconds of CPU, but the test must not fail on a busy machine.
describe('npm run stress -- --slice', { timeout: 180_000 }, () => {
  it('lints every extension with every rule on demanding options: no parse error, no crash, safe fixes', () => {
    const jsonFile = path.join(scratch, 'slice.json');
    const run = runStress(['--slice', '--json', jsonFile]);
    const summary = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as StressSummary;

    expect(summary.corpora, run.stderr).toBeDefined();
    expect({ fatal: summary.fatal, crashes: summary.crashes, detail: summary.corpora }).toMatchObject({
      fatal: 0,
      crashes: 0,
    });
    expect(run.status).toBe(0);
    expect(summary.eslint).toBe(eslintVersion());
    // examples/ (15 files) + an .mts and a .cts copy of each of its 12 sources + 4 generated files.
    expect(summary.files).toBeGreaterThanOrEqual(35);
    expect(summary.rules?.length).toBeGreaterThan(0);
    for (const rule of summary.rules ?? []) {
      expect(summary.messages_by_rule[rule], `${rule} reported nothing on the slice`).toBeGreaterThan(0);
    }
    expect(summary.fix.files_fixed).toBeGreaterThan(0);
    expect(summary.fix.fixed_output_parse_errors).toBe(0);
    expect(summary.fix.still_fixable_after_fix).toBe(0);
  });

  it('counts a rule that throws as a crash of that file and keeps linting the others', () => {
    const project = path.join(scratch, 'crashing');
    fs.mkdirSync(project, { recursive: true });
    for (const name of ['a.ts', 'bad.ts', 'c.ts']) fs.writeFileSync(path.join(project, name), 'export const x = 1;\n');
    const pluginFile = path.join(scratch, 'throwing-plugin.mjs');
    fs.writeFileSync(
      pluginFile,
      // `boom` throws from create(), which ESLint does not attribute to a rule; `late` from a visitor.
      [
        'export default { rules: {',
        "  boom: { meta: { type: 'problem', schema: [] },",
        "    create(context) { if (context.filename.endsWith('bad.ts')) throw new Error('boom'); return {}; } },",
        "  late: { meta: { type: 'problem', schema: [] },",
        "    create(context) { return { Program() { if (context.filename.endsWith('c.ts')) throw new Error('late'); } }; } },",
        '} };',
      ].join('\n'),
    );
    const jobFile = path.join(scratch, 'job.json');
    const resultFile = path.join(scratch, 'result.json');
    fs.writeFileSync(
      jobFile,
      JSON.stringify({
        dir: project,
        files: ['a.ts', 'bad.ts', 'c.ts'].map((name) => path.join(project, name)),
        pluginEntry: pluginFile,
        settings: { rootDir: project },
        rules: { 'ssot/boom': 'error', 'ssot/late': 'error' },
      }),
    );

    const run = runStress(['--worker', '--job', jobFile, '--result', resultFile]);
    expect(run.status, run.stderr).toBe(0);
    const summary = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as StressSummary;
    expect(summary).toMatchObject({
      files: 3,
      fatal: 0,
      crashes: 2,
      crashes_by_rule: { 'ssot/boom': 1, 'ssot/late': 1 },
    });
    expect(summary.crash_samples).toEqual([
      expect.objectContaining({ file: 'bad.ts', rule: 'ssot/boom' }),
      expect.objectContaining({ file: 'c.ts', rule: 'ssot/late' }),
    ]);
  });

  it('fails when a fix produces code that does not parse', () => {
    // A fixer that appends `export const = ;` to every file: each fixed output must fail the parse check.
    const plugin = writePlugin('broken-fixer-plugin.mjs', [
      "  'broken-fix': { meta: { type: 'problem', fixable: 'code', schema: [], messages: { m: 'broken' } },",
      '    create(context) { return { Program(node) {',
      "      context.report({ node, messageId: 'm', fix: (fixer) => fixer.insertTextAfterRange([context.sourceCode.text.length, context.sourceCode.text.length], '\\nexport const = ;\\n') });",
      '    } }; } },',
    ]);
    const { status, stdout, summary } = runSliceWith(plugin, 'broken-fix.json');
    expect(summary.fix.fixed_output_parse_errors).toBeGreaterThan(0);
    expect(summary.fix.fixed_output_parse_errors).toBe(summary.fix.files_fixed);
    expect(summary.corpora?.[0]?.fix_samples?.[0]).not.toMatch(/No matching configuration/);
    expect(stdout).toMatch(/FAILED: .*fixed outputs fail to parse/);
    expect(status).toBe(1);
  });

  it('counts a crash that no single file reproduces once, unattributed, and fails', () => {
    // Throws on the third file this process lints: in a batch, never when the batch is re-linted file by file.
    const plugin = writePlugin('third-file-plugin.mjs', [
      "  'third-file': { meta: { type: 'problem', schema: [] },",
      '    create() { globalThis.__linted = (globalThis.__linted ?? 0) + 1;',
      "      if (globalThis.__linted === 3) throw new Error('cache-dependent crash on the third file'); return {}; } },",
    ]);
    const { status, summary } = runSliceWith(plugin, 'third-file.json');
    expect(summary).toMatchObject({ crashes: 1, unattributed_crashes: 1 });
    expect(summary.corpora?.[0]?.crash_samples).toEqual([
      expect.objectContaining({
        file: null,
        error: expect.stringContaining('cache-dependent crash on the third file'),
      }),
    ]);
    expect(status).toBe(1);
  });
});
