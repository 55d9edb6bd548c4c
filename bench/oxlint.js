// The `oxlint vs eslint CLI` configuration: the same files, ssot rules, options and settings linted by
// oxlint (the plugin loaded through `jsPlugins`, files parsed in Rust) and by the ESLint CLI, each in
// a fresh process timed from start to exit, so the figure is the wall time a user waits for with
// either. docs/oxlint.md says how the two set-ups correspond.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { REPO_DIR } from './corpus.js';

const ESLINT_BIN = path.join(REPO_DIR, 'node_modules', 'eslint', 'bin', 'eslint.js');
const OXLINT_BIN = path.join(REPO_DIR, 'node_modules', 'oxlint', 'bin', 'oxlint');
const SOURCE_FILES = '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}';

/**
 * The ESLint side as a config file: the presets' parser, the job's rules and settings, and inline
 * config off as in every bench run. `basePath` because the file lives outside the corpus.
 */
function eslintConfigModule(job) {
  const config = {
    basePath: job.cwd,
    files: [SOURCE_FILES],
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    settings: { ssot: job.settings },
    rules: job.rules,
  };
  return [
    `import ssot from ${JSON.stringify(pathToFileURL(job.pluginEntry).href)};`,
    `import parser from ${JSON.stringify(import.meta.resolve('@typescript-eslint/parser'))};`,
    `const config = ${JSON.stringify(config)};`,
    'const languageOptions = { parser, parserOptions: { ecmaFeatures: { jsx: true } } };',
    'export default [{ ...config, plugins: { ssot }, languageOptions }];',
    '',
  ].join('\n');
}

/**
 * The oxlint side: the ssot rules alone (no built-in plugin, no category of oxlint's own rules), and
 * `eslint-disable` comments not honoured, as `noInlineConfig` does on the ESLint side.
 */
function oxlintConfig(job) {
  return {
    plugins: [],
    categories: { correctness: 'off' },
    jsPlugins: [{ name: 'ssot', specifier: job.pluginEntry }],
    options: { respectEslintDisableDirectives: false },
    settings: { ssot: job.settings },
    rules: job.rules,
  };
}

/**
 * CPU ms of the children this process has waited for, from /proc/self/stat (cutime + cstime), or
 * `undefined` off Linux: `process.cpuUsage()` counts this process only, and oxlint parses on threads
 * of its own. One child runs at a time, so the difference around a run is that run's CPU.
 */
function childrenCpuMs() {
  try {
    // First: `getconf` is a child too, and must not land between two readings.
    const ticks = clockTicks();
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Fields 16 and 17 of proc(5), counted from the state (field 3).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticks;
  } catch {
    return undefined;
  }
}

let ticksPerSecond;
/** The clock ticks /proc counts in, asked once. */
function clockTicks() {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

/** Runs `node ...args` in `cwd`, timed from spawn to exit, with its CPU time where the system tells it. */
function timedRun(args, cwd) {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    let stderr = '';
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = performance.now() - started;
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      resolve({ wallMs, cpuMs, status, stdout: Buffer.concat(stdout).toString('utf8'), stderr });
    });
  });
}

/** Findings per rule, parse errors and samples of them, from `[ruleId or null, fatal, text]` triples. */
function countFindings(findings) {
  const byRule = {};
  const fatalSamples = [];
  for (const [ruleId, fatal, text] of findings) {
    if (fatal) fatalSamples.push(text);
    else if (ruleId) byRule[ruleId] = (byRule[ruleId] ?? 0) + 1;
  }
  const messages = Object.values(byRule).reduce((total, count) => total + count, 0);
  return { messages, messages_by_rule: byRule, fatal: fatalSamples.length, fatal_samples: fatalSamples.slice(0, 5) };
}

/** ESLint's JSON: exit 2 is a crash. Messages without a rule that are not fatal are `noInlineConfig` notices. */
function eslintFindings(run) {
  if (run.status === 2 || !run.stdout.startsWith('['))
    throw new Error(`eslint exited with ${run.status}: ${run.stderr}`);
  const results = JSON.parse(run.stdout);
  const findings = results.flatMap((result) =>
    result.messages.map((message) => [
      message.ruleId,
      message.fatal === true,
      `${result.filePath}: ${message.message}`,
    ]),
  );
  return { files: results.length, ...countFindings(findings) };
}

/**
 * oxlint's JSON names a rule `ssot(max-lines)`; a diagnostic without a rule is a parse error or a
 * plugin that threw, and counts as fatal.
 */
function oxlintFindings(run) {
  if (!run.stdout.startsWith('{')) throw new Error(`oxlint exited with ${run.status}: ${run.stderr}${run.stdout}`);
  const report = JSON.parse(run.stdout);
  const findings = report.diagnostics.map((diagnostic) => {
    const rule = /^(.+)\((.+)\)$/.exec(diagnostic.code ?? '');
    return [rule ? `${rule[1]}/${rule[2]}` : null, !rule, `${diagnostic.filename}: ${diagnostic.message}`];
  });
  return { files: report.number_of_files, ...countFindings(findings) };
}

/**
 * Lints `files` (absolute) once with each linter. Which goes first alternates with the run, so
 * neither always finds the file-system caches the other warmed.
 */
export async function measureOxlint(job, files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-bench-oxlint-'));
  try {
    const eslintConfigFile = path.join(dir, 'eslint.config.mjs');
    const oxlintConfigFile = path.join(dir, 'oxlintrc.json');
    fs.writeFileSync(eslintConfigFile, eslintConfigModule(job));
    fs.writeFileSync(oxlintConfigFile, JSON.stringify(oxlintConfig(job), null, 2));
    const relative = files.map((file) => path.relative(job.cwd, file));
    const eslintArgs = [ESLINT_BIN, '--config', eslintConfigFile, '--format', 'json', '--no-warn-ignored', ...relative];
    const oxlintArgs = [
      OXLINT_BIN,
      '--config',
      oxlintConfigFile,
      '--format',
      'json',
      `--threads=${job.oxlint.threads}`,
    ];
    const runs = {};
    for (const name of (job.run ?? 0) % 2 === 0 ? ['eslint', 'oxlint'] : ['oxlint', 'eslint']) {
      runs[name] = await timedRun(name === 'eslint' ? eslintArgs : [...oxlintArgs, ...relative], job.cwd);
    }
    const eslint = eslintFindings(runs.eslint);
    return {
      ...oxlintFindings(runs.oxlint),
      rules_ms: {},
      lint_wall_ms: runs.oxlint.wallMs,
      lint_cpu_ms: runs.oxlint.cpuMs,
      oxlint_threads: job.oxlint.threads,
      eslint: {
        files: eslint.files,
        lint_wall_ms: runs.eslint.wallMs,
        lint_cpu_ms: runs.eslint.cpuMs,
        messages_by_rule: eslint.messages_by_rule,
        fatal: eslint.fatal,
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
