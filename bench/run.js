// `npm run bench [-- --quick] [-- --json <file>] [-- --corpus <name>] [-- --runs <n>] [-- --only <config>] [-- --cpu-prof]`
// Times the ssot rules on real corpora against parse-only, core rules and typed linting. Every
// measurement runs in a fresh process (bench/worker.js); figures are medians over the runs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIR, CORPORA, REPO_DIR, corpusNames, prepareCorpus, prepareScaled } from './corpus.js';
import {
  coreEquivalentRules,
  loadPlugin,
  ruleOptions,
  ssotRuleEntries,
  snapshotPlugin,
  ssotSettings,
} from './options.js';
import { SCALE_TIMES, SINGLE_FILE_TARGET, TARGETS, TYPED_RULE, computeRatios, summarise, verdict } from './summary.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    corpus: { type: 'string', multiple: true },
    runs: { type: 'string' },
    jobs: { type: 'string' },
    only: { type: 'string', multiple: true },
    'cpu-prof': { type: 'boolean', default: false },
    'no-typed': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
  },
});

const MEDIUM = 'tldraw';
const SCALE_RUNS = 3;

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

/** The configurations measured on one corpus. */
function jobsFor(corpus, plugin, { full, typed }) {
  const options = ruleOptions(corpus);
  const base = {
    cwd: corpus.dir,
    patterns: corpus.patterns,
    pluginEntry: plugin.entry,
    settings: ssotSettings(corpus.dir),
    typed: false,
  };
  const jobs = [{ ...base, config: 'parse-only', rules: {} }];
  // The large corpus only shows how the totals scale; the comparisons are made on the others.
  if (corpus.role !== 'large') jobs.push({ ...base, config: 'core', rules: coreEquivalentRules(corpus, options) });
  // When `recommended` holds every rule, its run is the all-rules run: no need to pay for it twice.
  const recommendedIsAll = full && plugin.recommended.length === plugin.available.length;
  if (plugin.available.length > 0 && !recommendedIsAll) {
    jobs.push({ ...base, config: 'ssot (all rules)', rules: ssotRuleEntries(plugin.available, options) });
  }
  if (full) {
    for (const rule of plugin.available) {
      jobs.push({ ...base, config: `ssot/${rule}`, rules: ssotRuleEntries([rule], options) });
    }
    if (plugin.recommended.length > 0) {
      const names = plugin.recommended.map((id) => id.replace(/^ssot\//, ''));
      jobs.push({ ...base, config: 'recommended', rules: ssotRuleEntries(names, options, 'warn') });
    }
  }
  if (typed) {
    jobs.push({ ...base, config: 'typed no-deprecated', typed: true, rules: { [TYPED_RULE]: 'error' } });
  }
  return jobs.map((job) => ({ ...job, corpus: corpus.name }));
}

function scaleJobs(plugin) {
  return [1, SCALE_TIMES].map((times) => {
    const corpus = prepareScaled(MEDIUM, times);
    // `file` entries name one copy's paths; shim detection still finds every copy's shims.
    const options = ruleOptions(corpus, { withFileEntries: false });
    return {
      corpus: corpus.name,
      config: `scale ×${times}`,
      scale: times,
      cwd: corpus.dir,
      patterns: corpus.patterns,
      pluginEntry: plugin.entry,
      settings: ssotSettings(corpus.dir),
      typed: false,
      rules: ssotRuleEntries(plugin.available, options),
    };
  });
}

function runJob(job, runIndex, scratch) {
  const slug = `${job.corpus}-${job.config}-${runIndex}`.replace(/[^a-z0-9.-]+/gi, '_');
  const jobFile = path.join(scratch, `${slug}.job.json`);
  const resultFile = path.join(scratch, `${slug}.result.json`);
  fs.writeFileSync(jobFile, JSON.stringify(job));
  const nodeArgs = ['--max-old-space-size=8192'];
  if (args['cpu-prof']) {
    const profDir = path.join(BENCH_DIR, 'results', 'profiles');
    fs.mkdirSync(profDir, { recursive: true });
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${profDir}`, `--cpu-prof-name=${slug}.cpuprofile`);
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, path.join(BENCH_DIR, 'worker.js'), jobFile, resultFile], {
      cwd: REPO_DIR,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('close', (code) => {
      if (code !== 0 || !fs.existsSync(resultFile)) {
        resolve({ error: stderr.trim().split('\n').slice(-6).join('\n') || `worker exited with ${code}` });
        return;
      }
      resolve(JSON.parse(fs.readFileSync(resultFile, 'utf8')));
    });
  });
}

/** Runs the tasks with at most `limit` worker processes at a time, keeping their order in the results. */
async function runPool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, tasks.length) }, async () => {
    while (next < tasks.length) {
      const index = next;
      next += 1;
      results[index] = await tasks[index]();
    }
  });
  await Promise.all(lanes);
  return results;
}

function pad(text, width, right = false) {
  const value = String(text);
  return right ? value.padStart(width) : value.padEnd(width);
}

function format(value, digits = 0) {
  return typeof value === 'number' ? value.toFixed(digits) : '–';
}

function printTables(summaries, ratios, singleFile) {
  const lines = [];
  lines.push(
    `${pad('corpus', 22)} ${pad('configuration', 34)} ${pad('files', 6, true)} ${pad('parse ms', 9, true)} ${pad('rules ms', 9, true)} ${pad('wall ms', 9, true)} ${pad('CPU ms', 9, true)} ${pad('RSS MB', 7, true)} ${pad('msgs', 6, true)}`,
  );
  for (const entry of summaries) {
    if (entry.error) {
      lines.push(`${pad(entry.corpus, 22)} ${pad(entry.config, 34)} FAILED: ${entry.error.split('\n').at(-1)}`);
      continue;
    }
    const rulesTotal = Object.values(entry.rules_ms).reduce((total, ms) => total + ms, 0);
    lines.push(
      `${pad(entry.corpus, 22)} ${pad(entry.config, 34)} ${pad(entry.files, 6, true)} ${pad(format(entry.parse_ms), 9, true)} ${pad(format(rulesTotal), 9, true)} ${pad(format(entry.lint_wall_ms), 9, true)} ${pad(format(entry.lint_cpu_ms), 9, true)} ${pad(format(entry.peak_rss_mb), 7, true)} ${pad(entry.messages, 6, true)}`,
    );
    if (entry.fatal > 0) lines.push(`    ${entry.fatal} fatal parse errors, e.g. ${entry.fatal_samples[0]}`);
  }
  lines.push('', 'Per-rule time in ms (and % of parse in the same process), medians, all-rules and core runs:');
  for (const entry of summaries.filter((item) => !item.error && ['ssot (all rules)', 'recommended', 'core'].includes(item.config))) {
    const parts = Object.entries(entry.rules_ms).map(
      ([id, ms]) => `${id} ${format(ms, 1)} (${format(100 * entry.rules_over_parse[id], 2)} %)`,
    );
    lines.push(`  ${pad(entry.corpus, 20)} ${parts.join(' · ')}`);
  }
  lines.push('', `Targets (medium corpus ${CORPORA[MEDIUM].spec}):`);
  for (const [name, value] of Object.entries(ratios)) {
    lines.push(`  ${pad(TARGETS[name].label, 48)} ${pad(format(value, 3), 8, true)}  ${verdict(name, value)}`);
  }
  for (const [rule, value] of Object.entries(singleFile)) {
    const state = value === null ? 'n/a' : value <= SINGLE_FILE_TARGET ? 'met' : 'MISSED';
    lines.push(`  ${pad(`${rule} ≤ 2 % of parse`, 48)} ${pad(format(value, 4), 8, true)}  ${state}`);
  }
  console.log(lines.join('\n'));
}

async function main() {
  const snapshot = snapshotPlugin();
  const plugin = { ...(await loadPlugin(snapshot.entry)), entry: snapshot.entry };
  log(`rules in dist/: ${plugin.available.join(', ') || '(none)'}`);
  if (plugin.missing.length > 0) log(`skipped (not built yet): ${plugin.missing.join(', ')}`);

  const runCount = Number(args.runs ?? (args.quick ? 3 : 5));
  // Two processes at a time on the 2-core reference machine keep the full run under 20 minutes;
  // the ratios compare times within one process, so they hold either way.
  const jobLimit = Number(args.jobs ?? (args.quick ? 1 : 2));
  const names = args.corpus ?? (args.quick ? [MEDIUM] : corpusNames());
  const corpora = names.map((name) => prepareCorpus(name));

  let jobs = [];
  for (const corpus of corpora) {
    const isMedium = corpus.key === MEDIUM;
    jobs.push(...jobsFor(corpus, plugin, { full: isMedium && !args.quick, typed: isMedium && !args.quick && !args['no-typed'] }));
  }
  if (names.includes(MEDIUM) && !args.quick && !args['no-scale'] && plugin.available.length > 0) {
    jobs.push(...scaleJobs(plugin));
  }
  if (args.only) jobs = jobs.filter((job) => args.only.includes(job.config));
  // Longest first, so with --jobs > 1 the 10× copy and the typed run overlap the short ones.
  const weight = (job) => (job.scale ?? 0) * 10 + (job.typed ? 5 : 0);
  jobs.sort((a, b) => weight(b) - weight(a));

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-bench-'));
  const started = Date.now();
  // Runs are interleaved (every configuration once, then again) so a noisy moment hits all alike.
  const tasks = [];
  for (let run = 0; run < runCount; run += 1) {
    for (const [index, job] of jobs.entries()) {
      // The 10× copy lints 5,100 files per run, so 3 runs of it are as steady as 5 of the others.
      if (job.scale && run >= SCALE_RUNS) continue;
      tasks.push(async () => {
        const result = await runJob(job, run, scratch);
        const seconds = ((Date.now() - started) / 1000).toFixed(0);
        log(`run ${run + 1}/${runCount} ${job.corpus} · ${job.config}: ${result.error ? `FAILED ${result.error.split('\n').at(-1)}` : `${result.lint_wall_ms.toFixed(0)} ms wall, ${result.lint_cpu_ms.toFixed(0)} ms CPU`} (${seconds} s)`);
        return { index, result };
      });
    }
  }
  const runsByJob = jobs.map(() => []);
  for (const { index, result } of await runPool(tasks, jobLimit)) runsByJob[index].push(result);
  fs.rmSync(scratch, { recursive: true, force: true });
  snapshot.remove();

  const summaries = jobs.map((job, index) => summarise(job, runsByJob[index]));
  const { ratios, single_file_rule_over_parse: singleFile } = computeRatios(summaries, CORPORA[MEDIUM].spec);
  printTables(summaries, ratios, singleFile);

  const medium = summaries.filter((entry) => entry.corpus === CORPORA[MEDIUM].spec);
  const mediumParse = medium.find((entry) => entry.config === 'parse-only');
  // Each rule's time from its own run when there is one (full), else from the all-rules run (--quick).
  const rulesMs = {};
  const ordered = [...medium].sort((a, b) => Number(a.config.startsWith('ssot/')) - Number(b.config.startsWith('ssot/')));
  for (const entry of ordered) {
    if (entry.error || entry.config.startsWith('scale')) continue;
    const alone = entry.config.startsWith('ssot/') ? entry.config : undefined;
    for (const [id, ms] of Object.entries(entry.rules_ms)) {
      if (alone === undefined || id === alone) rulesMs[id] = ms;
    }
  }
  const output = {
    corpus: corpora.map((corpus) => ({ name: corpus.name, files: corpus.files, lines: corpus.lines, preparation: corpus.preparation })),
    parse_ms: mediumParse?.parse_ms ?? null,
    rules_ms: rulesMs,
    ratios,
    single_file_rule_over_parse: singleFile,
    targets: Object.fromEntries(Object.keys(TARGETS).map((name) => [name, verdict(name, ratios[name])])),
    skipped_rules: plugin.missing,
    runs: runCount,
    detail: summaries,
    environment: {
      date: new Date().toISOString(),
      node: process.version,
      eslint: JSON.parse(fs.readFileSync(path.join(REPO_DIR, 'node_modules/eslint/package.json'), 'utf8')).version,
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
      duration_s: Math.round((Date.now() - started) / 1000),
      parallel_workers: jobLimit,
      load_average_at_end: os.loadavg().map((value) => Number(value.toFixed(2))),
    },
  };
  if (args.json) {
    fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    fs.writeFileSync(args.json, `${JSON.stringify(output, null, 2)}\n`);
    log(`wrote ${args.json}`);
  }
}

await main();
