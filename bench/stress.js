// `npm run stress [-- --json <file>] [-- --slice] [-- --corpus <name>] [-- --jobs <n>] [-- --extra-plugin <file>]`
// Lints every source file of the pinned corpora (their `src/` with shims and aliases, their built
// .js/.mjs/.cjs/.d.ts files, and .mts/.cts copies) with every ssot rule on its most demanding
// options, then applies the fixes in memory (nothing is written) and checks the fixed code parses
// and has nothing fixable left. A rule that throws is a crash, counted per file; the run goes on.
// `--slice` does the same on a small corpus generated from examples/ (no network): `npm test` runs it.
// `--extra-plugin <file>` lints with that plugin's rules too (as `extra/<rule>`): tests use it to
// prove the run fails when a fixer breaks code or a rule crashes.
// Exit code 1 when anything went wrong: a fatal parse error, a crash, a fix whose output does not
// parse or is still fixable, or a worker that failed.
// SSOT_ESLINT picks the ESLint (scripts/eslint-under-test.js), e.g. `SSOT_ESLINT=9 npm run stress`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { selectedEslintPackage } from '../scripts/eslint-under-test.js';
import { BENCH_DIR, CACHE_DIR, REPO_DIR, corpusNames, listFiles, prepareCorpus } from './corpus.js';
import { TEST_FILES, loadPlugin, ruleOptions, snapshotPlugin, ssotRuleEntries, ssotSettings } from './options.js';

const { values: args } = parseArgs({
  options: {
    json: { type: 'string' },
    slice: { type: 'boolean', default: false },
    corpus: { type: 'string', multiple: true },
    jobs: { type: 'string' },
    'extra-plugin': { type: 'string' },
    worker: { type: 'boolean', default: false },
    job: { type: 'string' },
    result: { type: 'string' },
  },
});

const STRESS_VERSION = '2';
const LINTED_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const BATCH_SIZE = 100;

function log(message) {
  process.stderr.write(`[stress] ${message}\n`);
}

/** Copies `file` next to itself with another extension: same code, other module kind. */
function writeVariant(file, extension) {
  const variant = file.replace(/\.[^./]+$/, `.variant${extension}`);
  fs.copyFileSync(file, variant);
  return variant;
}

/**
 * Stress copy of one corpus: prepared `src/` (shims, aliases), the package's built files
 * (source maps left out) and `.mts`/`.cts` copies of every third source file.
 */
function prepareStressCorpus(name) {
  const corpus = prepareCorpus(name);
  const dir = path.join(CACHE_DIR, 'stress', corpus.name);
  const marker = path.join(dir, '.prepared');
  if (!(fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === STRESS_VERSION)) {
    log(`preparing stress copy of ${corpus.name}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(corpus.dir, dir, { recursive: true });
    for (const entry of fs.readdirSync(corpus.pristineDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || !entry.name.startsWith('dist')) continue;
      fs.cpSync(path.join(corpus.pristineDir, entry.name), path.join(dir, entry.name), {
        recursive: true,
        filter: (source) => !source.endsWith('.map'),
      });
    }
    const sources = listFiles(path.join(dir, 'src'), ['.ts']).filter((file) => !file.endsWith('.d.ts'));
    sources.forEach((file, index) => {
      if (index % 3 === 0) writeVariant(file, '.mts');
      if (index % 3 === 1) writeVariant(file, '.cts');
    });
    // CommonJS output saved as .cjs: `require`/`module.exports` code under its own extension.
    const commonJs = listFiles(dir, ['.js']).filter((file) => /(^|[/\\])dist-cjs[/\\]|[/\\]cjs[/\\]/.test(file));
    commonJs.filter((_, index) => index % 4 === 0).forEach((file) => writeVariant(file, '.cjs'));
    fs.writeFileSync(marker, STRESS_VERSION);
  }
  return {
    name: corpus.name,
    dir,
    files: listFiles(dir, LINTED_EXTENSIONS),
    rules: ruleOptions(corpus, { demanding: true }),
    settings: ssotSettings(dir),
  };
}

/** A small corpus from the committed examples/ project plus one file per extension: no network. */
function prepareSlice() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-stress-slice-'));
  const examples = path.join(REPO_DIR, 'examples');
  for (const entry of ['src', 'tests', 'tsconfig.json']) {
    fs.cpSync(path.join(examples, entry), path.join(dir, entry), { recursive: true });
  }
  const sources = listFiles(path.join(dir, 'src'), ['.ts']);
  for (const file of sources) {
    writeVariant(file, '.mts');
    writeVariant(file, '.cts');
  }
  const generated = {
    'src/legacy/reports.cjs': [
      "'use strict';",
      "const { ClickHouseClient } = require('../db/clickhouse_client.js');",
      'const cache = new Map();',
      'module.exports = function report(id) {',
      '  cache.set(id, new ClickHouseClient());',
      '  return process.env.REPORTS_URL;',
      '};',
      '',
    ],
    'src/legacy/widgets.js': [
      "import { WebSocketManagerMode } from '../websocket/mode.js';",
      'export const mode = WebSocketManagerMode.ISOLATED;',
      "export const lazy = () => import('../db/clickhouse_client.js');",
      '',
    ],
    'src/legacy/panel.tsx': [
      "import type { ClickHouseClient } from '@app/db/clickhouse_client';",
      "import { WebSocketManagerMode as Mode } from '../websocket/mode';",
      'export function Panel(props: { client: ClickHouseClient }) {',
      '  return <div data-mode={Mode.EMERGENCY} title={process.env.PANEL_TITLE}>{String(props.client)}</div>;',
      '}',
      '',
    ],
    'src/legacy/types.d.ts': [
      "import type { ClickHouseClient } from '../db/clickhouse_client';",
      'export declare const client: ClickHouseClient;',
      '',
    ],
  };
  for (const [file, lines] of Object.entries(generated)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), lines.join('\n'));
  }
  return {
    name: 'examples slice',
    dir,
    temporary: true,
    files: listFiles(dir, LINTED_EXTENSIONS),
    rules: {
      'canonical-imports': {
        paths: [
          { file: 'src/db/clickhouse_client.ts', canonical: 'src/db/clickhouse.ts' },
          { name: 'node:test', canonical: 'vitest', message: 'Tests run on vitest.' },
        ],
        shims: true,
        fix: true,
      },
      'no-process-env': {
        allowIn: ['src/config/**'],
        allowedVariables: [],
        allowWrites: false,
        runtimes: ['node', 'vite', 'bun', 'deno'],
      },
      'no-module-singletons': { allowClasses: [], allowIn: [], checkMutableState: true },
      'max-lines': {
        max: 500,
        skipBlankLines: true,
        skipComments: true,
        overrides: [{ files: TEST_FILES, max: 300 }],
        exceptions: [{ files: 'tests/websocket-runner.test.ts', reason: 'Legacy runner, being split.', max: 375 }],
        reportUnusedExceptions: true,
      },
      'no-deprecated-enum-members': { enums: { WebSocketManagerMode: { ISOLATED: 'UNIFIED' } } },
      // Every same-named definition of the same sort, however many and wherever: the most work.
      'no-duplicate-definitions': { scope: 'project', minSimilarity: 0, conventionAt: 0, checkTestFiles: true },
    },
    settings: { ...ssotSettings(dir), configModules: ['src/config/**'] },
  };
}

// ---------------------------------------------------------------------------------------------
// Worker: lints one corpus in its own process.

/** The rule that threw: ESLint names it for errors in visitors (`error.ruleId`, "Rule: ..."). */
function crashedRule(error) {
  return error?.ruleId ?? /Rule: "([^"]+)"/.exec(String(error?.message ?? ''))?.[1];
}

/**
 * What a fixed output must pass: it parses, under the same parser and options as the lint, with no
 * rule and no inline configuration. Any message is a failure — a fatal parse error, or "No matching
 * configuration found", which would mean the checker never looked at the code (its cwd must be the
 * corpus folder, or the `files` globs of the config match nothing).
 */
function createParseChecker(Linter, baseConfig, dir) {
  const linter = new Linter({ cwd: dir });
  const config = [{ ...baseConfig, plugins: {}, settings: {}, rules: {} }];
  return (code, file) => linter.verify(code, config, { filename: file, allowInlineConfig: false });
}

async function runWorker(jobFile, resultFile) {
  const job = JSON.parse(fs.readFileSync(jobFile, 'utf8'));
  const { ESLint, Linter } = await import(selectedEslintPackage());
  const { default: tsParser } = await import('@typescript-eslint/parser');
  const { default: ssot } = await import(pathToFileURL(job.pluginEntry).href);
  const plugins = { ssot };
  if (job.extraPluginEntry) plugins.extra = (await import(pathToFileURL(job.extraPluginEntry).href)).default;

  const baseConfig = {
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    plugins,
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    settings: { ssot: job.settings },
  };
  const config = [{ ...baseConfig, rules: job.rules }];
  const lintOptions = {
    cwd: job.dir,
    overrideConfigFile: true,
    overrideConfig: config,
    errorOnUnmatchedPattern: false,
  };
  const eslint = new ESLint(lintOptions);
  const fixer = new ESLint({ ...lintOptions, fix: true });
  const checkParses = createParseChecker(Linter, baseConfig, job.dir);

  const summary = {
    eslint: ESLint.version,
    files: 0,
    messages: 0,
    fatal: 0,
    crashes: 0,
    unattributed_crashes: 0,
    messages_by_rule: {},
    crashes_by_rule: {},
    fatal_samples: [],
    crash_samples: [],
    fix: {
      files_with_fixable: 0,
      files_fixed: 0,
      fixed_output_parse_errors: 0,
      still_fixable_after_fix: 0,
      samples: [],
    },
  };
  const relative = (file) => path.relative(job.dir, file);
  // A throw from a rule's `create()` is not attributed by ESLint: find the rule by linting the
  // file with one rule at a time (crashes are rare, so the extra work is too).
  const attributeCrash = async (file) => {
    for (const ruleId of Object.keys(job.rules)) {
      const single = new ESLint({
        ...lintOptions,
        overrideConfig: [{ ...baseConfig, rules: { [ruleId]: job.rules[ruleId] } }],
      });
      try {
        await single.lintFiles([file]);
      } catch {
        return ruleId;
      }
    }
    return 'unknown';
  };
  const recordCrash = async (file, error) => {
    const rule = crashedRule(error) ?? (file ? await attributeCrash(file) : 'unknown');
    summary.crashes += 1;
    if (!file) summary.unattributed_crashes += 1;
    summary.crashes_by_rule[rule] = (summary.crashes_by_rule[rule] ?? 0) + 1;
    if (summary.crash_samples.length < 10) {
      summary.crash_samples.push({
        file: file ? relative(file) : null,
        rule,
        error: String(error?.message ?? error)
          .split('\n')
          .slice(0, 3)
          .join(' | '),
      });
    }
  };

  const lintBatch = async (batch) => {
    try {
      return await eslint.lintFiles(batch);
    } catch (batchError) {
      // Lint the batch file by file so only the culprits count as crashes. A crash that needs the
      // caches as the batch left them may not recur on any single file: it still counts, once,
      // unattributed, with the batch's error.
      const results = [];
      let reproduced = false;
      for (const file of batch) {
        try {
          results.push(...(await eslint.lintFiles([file])));
        } catch (error) {
          reproduced = true;
          summary.files += 1;
          await recordCrash(file, error);
        }
      }
      if (!reproduced) await recordCrash(null, batchError);
      return results;
    }
  };

  const fixable = [];
  for (let start = 0; start < job.files.length; start += BATCH_SIZE) {
    for (const result of await lintBatch(job.files.slice(start, start + BATCH_SIZE))) {
      summary.files += 1;
      let hasFix = false;
      for (const message of result.messages) {
        if (message.fatal) {
          summary.fatal += 1;
          if (summary.fatal_samples.length < 10)
            summary.fatal_samples.push(`${relative(result.filePath)}: ${message.message}`);
          continue;
        }
        if (message.ruleId === null) continue;
        summary.messages += 1;
        summary.messages_by_rule[message.ruleId] = (summary.messages_by_rule[message.ruleId] ?? 0) + 1;
        if (message.fix) hasFix = true;
      }
      if (hasFix) fixable.push(result.filePath);
    }
  }

  // Fixes are applied in memory only (`outputFixes` is never called): nothing in the corpus changes.
  const fixSample = (file, text) => {
    if (summary.fix.samples.length < 10) summary.fix.samples.push(`${relative(file)}: ${text}`);
  };
  summary.fix.files_with_fixable = fixable.length;
  for (const file of fixable) {
    const source = fs.readFileSync(file, 'utf8');
    let fixed;
    try {
      [fixed] = await fixer.lintText(source, { filePath: file });
    } catch (error) {
      await recordCrash(file, error);
      continue;
    }
    if (fixed?.output === undefined || fixed.output === source) continue;
    summary.fix.files_fixed += 1;
    const [parseProblem] = checkParses(fixed.output, file);
    if (parseProblem) {
      summary.fix.fixed_output_parse_errors += 1;
      fixSample(file, parseProblem.message);
      continue;
    }
    const [again] = await eslint.lintText(fixed.output, { filePath: file });
    const fatalAgain = again?.messages.find((message) => message.fatal);
    if (fatalAgain) {
      summary.fix.fixed_output_parse_errors += 1;
      fixSample(file, `fixed output fails to lint: ${fatalAgain.message}`);
    } else if (again?.messages.some((message) => message.fix)) {
      summary.fix.still_fixable_after_fix += 1;
      fixSample(file, 'still fixable after --fix');
    }
  }
  fs.writeFileSync(resultFile, JSON.stringify(summary));
}

// ---------------------------------------------------------------------------------------------
// Main: prepares corpora, runs one worker per corpus, merges their summaries.

function runWorkerProcess(job, scratch, index) {
  const jobFile = path.join(scratch, `${index}.job.json`);
  const resultFile = path.join(scratch, `${index}.result.json`);
  fs.writeFileSync(jobFile, JSON.stringify(job));
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--max-old-space-size=8192',
        path.join(BENCH_DIR, 'stress.js'),
        '--worker',
        '--job',
        jobFile,
        '--result',
        resultFile,
      ],
      { cwd: REPO_DIR, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('close', (code) => {
      if (code !== 0 || !fs.existsSync(resultFile)) {
        resolve({ error: stderr.trim() || `worker exited with ${code}` });
        return;
      }
      resolve(JSON.parse(fs.readFileSync(resultFile, 'utf8')));
    });
  });
}

/** Rules of an `--extra-plugin` module, each switched on as `extra/<rule>`. */
async function loadExtraPlugin(entry) {
  const { default: extraPlugin } = await import(pathToFileURL(entry).href);
  return { entry, rules: Object.fromEntries(Object.keys(extraPlugin.rules).map((rule) => [`extra/${rule}`, 'error'])) };
}

/** Why the run failed, in words; empty when it passed. */
function stressFailures(output) {
  const failures = [];
  const failedWorkers = output.corpora.filter((corpus) => corpus.error).length;
  if (failedWorkers > 0) failures.push(`${failedWorkers} worker(s) failed`);
  if (output.fatal > 0) failures.push(`${output.fatal} fatal parse errors`);
  if (output.crashes > 0) failures.push(`${output.crashes} crashes (${output.unattributed_crashes} unattributed)`);
  if (output.fix.fixed_output_parse_errors > 0)
    failures.push(`${output.fix.fixed_output_parse_errors} fixed outputs fail to parse`);
  if (output.fix.still_fixable_after_fix > 0)
    failures.push(`${output.fix.still_fixable_after_fix} files still fixable after --fix`);
  return failures;
}

function merge(parts) {
  const total = {
    files: 0,
    messages: 0,
    fatal: 0,
    crashes: 0,
    unattributed_crashes: 0,
    messages_by_rule: {},
    crashes_by_rule: {},
    fix: { files_with_fixable: 0, files_fixed: 0, fixed_output_parse_errors: 0, still_fixable_after_fix: 0 },
  };
  for (const part of parts) {
    for (const key of ['files', 'messages', 'fatal', 'crashes', 'unattributed_crashes']) total[key] += part[key];
    for (const key of ['messages_by_rule', 'crashes_by_rule']) {
      for (const [rule, count] of Object.entries(part[key])) total[key][rule] = (total[key][rule] ?? 0) + count;
    }
    for (const key of Object.keys(total.fix)) total.fix[key] += part.fix[key];
  }
  return total;
}

async function main() {
  const snapshot = snapshotPlugin();
  const plugin = await loadPlugin(snapshot.entry);
  const extra = args['extra-plugin'] ? await loadExtraPlugin(path.resolve(args['extra-plugin'])) : undefined;
  if (plugin.missing.length > 0) log(`not built yet, skipped: ${plugin.missing.join(', ')}`);
  const targets = args.slice ? [prepareSlice()] : (args.corpus ?? corpusNames()).map(prepareStressCorpus);
  const started = Date.now();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-stress-'));
  const limit = Math.max(1, Number(args.jobs ?? 2));
  const parts = new Array(targets.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, targets.length) }, async () => {
      while (next < targets.length) {
        const index = next;
        next += 1;
        const target = targets[index];
        log(`linting ${target.files.length} files of ${target.name}`);
        const job = {
          dir: target.dir,
          files: target.files,
          pluginEntry: snapshot.entry,
          settings: target.settings,
          // strict: every rule of the plugin, as errors, on its most demanding options.
          rules: { ...ssotRuleEntries(plugin.available, target.rules), ...extra?.rules },
          extraPluginEntry: extra?.entry,
        };
        parts[index] = { name: target.name, ...(await runWorkerProcess(job, scratch, index)) };
        log(`${target.name} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
    }),
  );
  fs.rmSync(scratch, { recursive: true, force: true });
  snapshot.remove();
  for (const target of targets) if (target.temporary) fs.rmSync(target.dir, { recursive: true, force: true });

  const ok = parts.filter((part) => !part.error);
  const output = {
    // Every worker loads the same ESLint; the version says which one SSOT_ESLINT picked.
    eslint: ok[0]?.eslint,
    ...merge(ok),
    corpora: parts.map((part) =>
      part.error
        ? { name: part.name, error: part.error }
        : {
            name: part.name,
            files: part.files,
            messages: part.messages,
            fatal: part.fatal,
            crashes: part.crashes,
            fatal_samples: part.fatal_samples,
            crash_samples: part.crash_samples,
            fix_samples: part.fix.samples,
          },
    ),
    rules: plugin.available.map((rule) => `ssot/${rule}`),
    skipped_rules: plugin.missing,
    duration_s: Math.round((Date.now() - started) / 1000),
  };

  const lines = [
    `stress on ESLint ${output.eslint}: ${output.files} files, ${output.messages} messages, ${output.fatal} fatal, ${output.crashes} crashes (${output.duration_s} s)`,
  ];
  for (const corpus of output.corpora) {
    lines.push(
      corpus.error
        ? `  ${corpus.name}: WORKER FAILED ${corpus.error}`
        : `  ${corpus.name}: ${corpus.files} files, ${corpus.messages} messages, ${corpus.fatal} fatal, ${corpus.crashes} crashes`,
    );
    for (const sample of [
      ...(corpus.fatal_samples ?? []),
      ...(corpus.crash_samples ?? []).map(
        (crash) => `${crash.file ?? '(no single file reproduces it)'} [${crash.rule}] ${crash.error}`,
      ),
    ]) {
      lines.push(`    ${sample}`);
    }
  }
  lines.push(
    `  messages per rule: ${
      Object.entries(output.messages_by_rule)
        .map(([rule, count]) => `${rule} ${count}`)
        .join(', ') || 'none'
    }`,
  );
  lines.push(
    `  fixes: ${output.fix.files_fixed} of ${output.fix.files_with_fixable} files with fixable problems fixed in memory; ${output.fix.fixed_output_parse_errors} fixed outputs fail to parse; ${output.fix.still_fixable_after_fix} still fixable after one --fix`,
  );
  for (const corpus of output.corpora) for (const sample of corpus.fix_samples ?? []) lines.push(`    fix: ${sample}`);
  const failures = stressFailures(output);
  lines.push(
    failures.length > 0
      ? `FAILED: ${failures.join('; ')}`
      : 'passed: no fatal error, no crash, every fix parses and is final',
  );
  console.log(lines.join('\n'));
  if (args.json) {
    fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    fs.writeFileSync(args.json, `${JSON.stringify(output, null, 2)}\n`);
  }
  if (failures.length > 0) process.exitCode = 1;
}

if (args.worker) {
  await runWorker(args.job, args.result);
} else {
  await main();
}
