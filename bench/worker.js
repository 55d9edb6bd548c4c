// One measurement in a fresh process: `node bench/worker.js <job.json> <result.json>`.
// The job names a corpus folder, file patterns, settings and the rules to enable; the result holds
// ESLint's own timings (`stats: true`), the process's peak RSS and what was reported.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import tseslint from 'typescript-eslint';
import picomatch from 'picomatch';
import { listFiles } from './corpus.js';
import { measureOxlint } from './oxlint.js';
import { noopPlugin, ruleCosts } from './rule-cost.js';

const [jobFile, resultFile] = process.argv.slice(2);
if (!jobFile || !resultFile) {
  console.error('usage: node bench/worker.js <job.json> <result.json>');
  process.exit(2);
}

/**
 * @typedef {object} Job
 * @property {string} cwd corpus folder; also settings.ssot.rootDir
 * @property {string[]} patterns
 * @property {string} pluginEntry absolute path of the built plugin (dist/index.js)
 * @property {Record<string, unknown>} rules
 * @property {Record<string, unknown>} settings settings.ssot
 * @property {boolean} typed enable parserOptions.projectService
 * @property {Array<{ files: string[], rules: Record<string, unknown> }>} [blocks] config objects after
 *   the main one (a peer's per-file limits, folders where it is off)
 * @property {{ project: string }} [importX] settings for import-x: its TypeScript resolver on this tsconfig
 * @property {{ minRounds: number, maxRounds: number, budgetMs: number }} [ruleCost] measure each rule's steady-state cost on pre-parsed files
 *   (bench/rule-cost.js) instead of linting once with every rule and ESLint's stats
 * @property {{ threads: number }} [oxlint] time the oxlint CLI against the ESLint CLI on the same files
 *   and rules (bench/oxlint.js) instead of linting in this process
 * @property {number} [run] which run of the job this is (0, 1, …)
 */
/** @type {Job} */
const job = JSON.parse(fs.readFileSync(jobFile, 'utf8'));

/**
 * Peer plugins a job's rules name, loaded only then: a parse-only or ssot-only process must not
 * carry their code (peak RSS is compared between processes).
 */
async function peerPlugins() {
  const ruleIds = [...Object.keys(job.rules), ...(job.blocks ?? []).flatMap((block) => Object.keys(block.rules))];
  const plugins = {};
  const settings = {};
  if (ruleIds.some((id) => id.startsWith('bench/'))) plugins.bench = noopPlugin;
  if (ruleIds.some((id) => id.startsWith('n/'))) plugins.n = (await import('eslint-plugin-n')).default;
  if (ruleIds.some((id) => id.startsWith('import-x/'))) {
    plugins['import-x'] = (await import('eslint-plugin-import-x')).default;
    // The resolver import-x documents for TypeScript (`import-x/resolver-next`).
    const { createTypeScriptImportResolver } = await import('eslint-import-resolver-typescript');
    settings['import-x/resolver-next'] = [createTypeScriptImportResolver({ project: job.importX?.project })];
  }
  return { plugins, settings };
}

/** The config object every job shares, without rules: files, plugins, parser, settings. */
async function baseConfig() {
  const { default: ssot } = await import(pathToFileURL(job.pluginEntry).href);
  const peers = await peerPlugins();
  return {
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    plugins: { ssot, '@typescript-eslint': tseslint.plugin, ...peers.plugins },
    languageOptions: {
      parser: tsParser,
      parserOptions: {
        ecmaFeatures: { jsx: true },
        ...(job.typed ? { projectService: true, tsconfigRootDir: job.cwd } : {}),
      },
    },
    // Inline `eslint-disable` comments in the corpora name plugins we do not load.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    settings: { ssot: job.settings, ...peers.settings },
  };
}

/** The files `job.patterns` select, absolute, for the measurements that list them themselves. */
function jobFiles() {
  const isJobFile = picomatch(job.patterns);
  return listFiles(job.cwd).filter((file) => isJobFile(path.relative(job.cwd, file).split(path.sep).join('/')));
}

/** Each rule's steady-state cost on files parsed once (see bench/rule-cost.js). */
async function measureRuleCost() {
  const files = jobFiles();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const costs = ruleCosts({
    cwd: job.cwd,
    files,
    baseConfig: await baseConfig(),
    rules: job.rules,
    blocks: job.blocks,
    ...job.ruleCost,
  });
  const cpu = process.cpuUsage(cpuBefore);
  return {
    ...costs,
    lint_wall_ms: performance.now() - started,
    lint_cpu_ms: (cpu.user + cpu.system) / 1000,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    messages: Object.values(costs.messages_by_rule).reduce((total, count) => total + count, 0),
  };
}

/**
 * The heap still in use after full collections, in MB, asked once the lint and its results are gone:
 * what the plugins keep (caches, indexes), without the garbage whose collection timing makes peak RSS
 * swing. Needs `--expose-gc` (bench/run.js passes it); `undefined` without.
 */
function retainedHeapMb() {
  if (typeof globalThis.gc !== 'function') return undefined;
  // V8 keeps the input of the last regular expression match (`RegExp.input`): whichever file some
  // rule matched last (effect: a 3 MB module) would count as kept. A match on a short string lets it go.
  /x/.test('x');
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

/** Lints the job's files once and returns what it cost and what was reported. */
async function measure() {
  const eslint = new ESLint({
    cwd: job.cwd,
    overrideConfigFile: true,
    overrideConfig: [{ ...(await baseConfig()), rules: job.rules }, ...(job.blocks ?? [])],
    stats: true,
    errorOnUnmatchedPattern: false,
  });

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const results = await eslint.lintFiles(job.patterns);
  const lintWallMs = performance.now() - started;
  // CPU time is what the per-file comparison uses: wall time swings with whatever else the machine runs.
  const cpu = process.cpuUsage(cpuBefore);

  let parseMs = 0;
  const rulesMs = {};
  const messagesByRule = {};
  let messages = 0;
  let fatal = 0;
  const fatalSamples = [];
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [ruleId, timing] of Object.entries(pass.rules ?? {})) {
        rulesMs[ruleId] = (rulesMs[ruleId] ?? 0) + timing.total;
      }
    }
    for (const message of result.messages) {
      if (message.fatal) {
        fatal += 1;
        if (fatalSamples.length < 5)
          fatalSamples.push(`${path.relative(job.cwd, result.filePath)}: ${message.message}`);
        continue;
      }
      // `noInlineConfig` notices ("has no effect") carry no rule id and say nothing about our rules.
      if (message.ruleId === null) continue;
      messages += 1;
      const ruleId = message.ruleId;
      messagesByRule[ruleId] = (messagesByRule[ruleId] ?? 0) + 1;
    }
  }

  // resourceUsage().maxRSS is in kilobytes; taken before the collection below.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    files: results.length,
    parse_ms: parseMs,
    rules_ms: rulesMs,
    lint_wall_ms: lintWallMs,
    lint_cpu_ms: (cpu.user + cpu.system) / 1000,
    peak_rss_mb: peakRssMb,
    messages,
    messages_by_rule: messagesByRule,
    fatal,
    fatal_samples: fatalSamples,
  };
}

/** The job's measurement: steady-state rule cost, oxlint against the ESLint CLI, or one ESLint lint. */
function measurement() {
  if (job.ruleCost) return measureRuleCost();
  if (job.oxlint) return measureOxlint(job, jobFiles());
  return measure();
}

const result = await measurement();
if (!job.ruleCost && !job.oxlint) {
  // Once the lint's frames are gone, on a later turn of the event loop: what the plugins keep, not
  // the ESLint instance and its results (a result holds its file's text when it has messages, which
  // would charge a rule for reporting: effect, 20 MB for recommended's 898), nor what the promises
  // of the lint still held (15–35 MB on effect when collected inside the same function).
  await new Promise((resolve) => setImmediate(resolve));
  result.retained_heap_mb = retainedHeapMb();
}
fs.writeFileSync(resultFile, JSON.stringify(result));
