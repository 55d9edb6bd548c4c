// `npm run bench [-- --quick] [-- --json <file>] [-- --corpus <name>] [-- --runs <n>] [-- --only <config>] [-- --cpu-prof]`
// Times the ssot rules on real corpora against parse-only, their peers (core rules, import-x, n) and
// typed linting, times oxlint running them against the ESLint CLI, and judges the targets on every
// corpus. Every measurement runs in a fresh process (bench/worker.js); figures are medians over the
// runs. Exits non-zero when a run failed or a peer configuration was vacuous: then the figures it
// feeds are `n/a`, not silently fewer.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIR, REPO_DIR, corpusNames, prepareCorpus, prepareScaled } from './corpus.js';
import {
  importXRules,
  loadPlugin,
  peerRules,
  ruleOptions,
  ssotRuleEntries,
  snapshotPlugin,
  ssotSettings,
} from './options.js';
import {
  CONFIG,
  COST_RULES,
  NOOP_RULE,
  RULE,
  SCALE_TIMES,
  TARGETS,
  evaluate,
  median,
  scaleConfig,
  summarise,
  targetFor,
} from './summary.js';

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
/**
 * Runs per configuration: 5, but 3 on the large corpus (≈ 45 s a run), for the 10× copy (5,100
 * files a run) and for typed linting (≈ 33 s a run on tldraw; its target has a wide margin). 3 for
 * oxlint against the ESLint CLI: each run lints the corpus twice, and its ratio is paired within a run.
 */
const RUNS = { default: 5, large: 3, scale: 3, typed: 3, quick: 3, oxlint: 3 };
/**
 * Rounds inside one steady-state cost run (bench/rule-cost.js): at least 5 (effect: ≈ 5 s a round), more while the first
 * round says they fit in 15 s (up to 61), so the small corpora, where each rule costs a few
 * milliseconds a round, get enough pairs for their median to settle.
 */
const RULE_COST_ROUNDS = { minRounds: 5, maxRounds: 61, budgetMs: 15_000 };
/**
 * oxlint's threads in the oxlint run: one, as the ESLint CLI lints on one, so the ratio compares the
 * linters and not the cores (the bench runs two measurement processes on the 2-core machine).
 */
const OXLINT_THREADS = 1;
/** Corpora (by role) where the enum rule runs alone and, unless --no-typed, against typed no-deprecated. */
const ENUM_ROLES = new Set(['medium', 'enums']);
/** Peer packages whose versions go into the JSON. */
const PEER_PACKAGES = [
  'eslint',
  'eslint-plugin-import-x',
  'eslint-import-resolver-typescript',
  'eslint-plugin-n',
  'typescript-eslint',
  'typescript',
  'oxlint',
];

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function packageVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(REPO_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * The configurations measured on one corpus. Every corpus gets what its targets need: parse-only,
 * `recommended` (the all-rules run when it holds every rule), each single-file rule and
 * canonical-imports alone, their peers (core + n, import-x); the enum rule alone and typed
 * no-deprecated where enums matter. `--quick`: parse-only, the peers and all rules.
 */
function jobsFor(corpus, plugin, { quick, typed }) {
  const options = ruleOptions(corpus);
  const base = {
    key: corpus.key,
    corpus: corpus.name,
    cwd: corpus.dir,
    patterns: corpus.patterns,
    pluginEntry: plugin.entry,
    settings: ssotSettings(corpus.dir),
    typed: false,
    runs: RUNS[corpus.role] ?? RUNS.default,
  };
  const peers = peerRules(corpus, options);
  const jobs = [
    // One rule that listens to nothing: ESLint with no rule at all peaks 15–30 % lower on the same
    // files (grpc-js: 210–216 MB, against 244–272 MB with core no-debugger alone), a state no real
    // config is in; the baseline is the cheapest real lint.
    { ...base, config: CONFIG.parseOnly, rules: { [NOOP_RULE]: 'error' } },
    { ...base, config: CONFIG.peers, rules: peers.rules, blocks: peers.blocks },
  ];
  const recommendedIsAll = !quick && plugin.recommended.length === plugin.available.length;
  if (plugin.available.length > 0 && !recommendedIsAll) {
    jobs.push({ ...base, config: CONFIG.all, rules: ssotRuleEntries(plugin.available, options) });
  }
  if (quick) return jobs;
  if (plugin.recommended.length > 0) {
    const names = plugin.recommended.map((id) => id.replace(/^ssot\//, ''));
    jobs.push({ ...base, config: CONFIG.recommended, rules: ssotRuleEntries(names, options, 'warn') });
    // The same files and rules through oxlint's JS plugins and through the ESLint CLI (bench/oxlint.js).
    jobs.push({
      ...base,
      config: CONFIG.oxlint,
      runs: Math.min(base.runs, RUNS.oxlint),
      rules: ssotRuleEntries(names, options, 'warn'),
      oxlint: { threads: OXLINT_THREADS },
    });
  }
  const alone = [RULE.processEnv, RULE.singletons, RULE.maxLines, RULE.canonical, RULE.duplicates];
  if (ENUM_ROLES.has(corpus.role)) alone.push(RULE.enum);
  for (const rule of plugin.available.map((name) => `ssot/${name}`).filter((id) => alone.includes(id))) {
    jobs.push({ ...base, config: rule, rules: ssotRuleEntries([rule.slice('ssot/'.length)], options) });
  }
  // Ours and the peers, each alone, on files parsed once: the fair comparison for peers whose
  // listeners are selectors (bench/rule-cost.js).
  const costRules = { ...ssotRuleEntries(['no-process-env', 'max-lines'], options), ...peers.rules };
  jobs.push({
    ...base,
    config: CONFIG.ruleCost,
    rules: Object.fromEntries(COST_RULES.filter((id) => id in costRules).map((id) => [id, costRules[id]])),
    blocks: peers.blocks,
    // One process: the rounds inside it are the repetitions (best round counts), and each run parses every file.
    runs: 1,
    ruleCost: RULE_COST_ROUNDS,
  });
  if ((corpus.preparation.shims ?? []).length > 0) {
    jobs.push({
      ...base,
      config: CONFIG.importX,
      rules: importXRules(corpus),
      importX: { project: path.join(corpus.dir, 'tsconfig.json') },
    });
  }
  if (typed && ENUM_ROLES.has(corpus.role)) {
    jobs.push({
      ...base,
      config: CONFIG.typed,
      typed: true,
      runs: Math.min(base.runs, RUNS.typed),
      rules: { [RULE.typed]: 'error' },
    });
  }
  return jobs;
}

function scaleJobs(plugin) {
  return [1, SCALE_TIMES].map((times) => {
    const corpus = prepareScaled(MEDIUM, times);
    // `file` entries name one copy's paths; shim detection still finds every copy's shims.
    const options = ruleOptions(corpus, { withFileEntries: false });
    return {
      key: MEDIUM,
      corpus: corpus.name,
      config: scaleConfig(times),
      scale: times,
      runs: RUNS.scale,
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
  fs.writeFileSync(jobFile, JSON.stringify({ ...job, run: runIndex }));
  // `--expose-gc` only lets the worker collect after its lint, to tell what the run keeps (worker.js).
  const nodeArgs = ['--max-old-space-size=8192', '--expose-gc'];
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

function printTables(summaries, evaluation, corpora) {
  const lines = [];
  lines.push(
    `${pad('corpus', 24)} ${pad('configuration', 32)} ${pad('files', 5, true)} ${pad('runs', 5, true)} ${pad('parse ms', 8, true)} ${pad('rules ms', 8, true)} ${pad('wall ms', 8, true)} ${pad('CPU ms', 8, true)} ${pad('RSS MB', 6, true)} ${pad('msgs', 5, true)}`,
  );
  for (const entry of summaries) {
    const runs = entry.failed_runs > 0 ? `${entry.runs}+${entry.failed_runs}✗` : String(entry.runs);
    if (entry.error) {
      lines.push(
        `${pad(entry.corpus, 24)} ${pad(entry.config, 32)} FAILED (${entry.failed_runs} runs): ${entry.error.split('\n').at(-1)}`,
      );
      continue;
    }
    const rulesTotal = Object.values(entry.rules_ms).reduce((total, ms) => total + ms, 0);
    lines.push(
      `${pad(entry.corpus, 24)} ${pad(entry.config, 32)} ${pad(entry.files, 5, true)} ${pad(runs, 5, true)} ${pad(format(entry.parse_ms), 8, true)} ${pad(format(rulesTotal), 8, true)} ${pad(format(entry.lint_wall_ms), 8, true)} ${pad(format(entry.lint_cpu_ms), 8, true)} ${pad(format(entry.peak_rss_mb), 6, true)} ${pad(entry.messages, 5, true)}`,
    );
    if (entry.fatal > 0) lines.push(`    ${entry.fatal} fatal parse errors, e.g. ${entry.fatal_samples[0]}`);
    for (const error of entry.errors ?? []) lines.push(`    failed run: ${error.split('\n').at(-1)}`);
  }
  lines.push('', 'Per-rule time in ms (and % of parse in the same process), medians, all-rules and peer runs:');
  const perRule = [CONFIG.all, CONFIG.recommended, CONFIG.peers, CONFIG.importX];
  for (const entry of summaries.filter((item) => !item.error && perRule.includes(item.config))) {
    const parts = Object.entries(entry.rules_ms).map(
      ([id, ms]) =>
        `${id} ${format(ms, 1)} (${format(100 * entry.rules_over_parse[id], 2)} %, ${entry.messages_by_rule[id] ?? 0} msgs)`,
    );
    lines.push(`  ${pad(entry.corpus, 22)} ${pad(entry.config, 14)} ${parts.join(' · ')}`);
  }
  const oxlintRuns = summaries.filter((item) => !item.error && item.config === CONFIG.oxlint);
  if (oxlintRuns.length > 0)
    lines.push('', 'oxlint against the ESLint CLI, same files and ssot rules, wall ms medians:');
  for (const entry of oxlintRuns) {
    lines.push(
      `  ${pad(entry.corpus, 22)} eslint ${format(entry.eslint_wall_ms)} ms (CPU ${format(entry.eslint_cpu_ms)}), oxlint ${format(entry.lint_wall_ms)} ms (CPU ${format(entry.lint_cpu_ms)}, threads: ${entry.oxlint_threads}), per-run ratio ${format(entry.oxlint_over_eslint_wall, 3)} · files ${entry.files} / ${entry.eslint.files} · findings ${entry.messages}`,
    );
  }

  const columns = [...corpora.map((corpus) => corpus.key), 'worst'];
  const values = { ...evaluation.ratios, worst: evaluation.worst };
  // In the order of TARGETS (per-rule scaling ratios after their total), whichever corpus has them.
  const order = Object.keys(TARGETS);
  const rank = (name) =>
    order.includes(name) ? order.indexOf(name) : order.indexOf(`ssot_rules_ms_per_file_${SCALE_TIMES}x_over_1x`) + 0.5;
  const names = [...new Set(Object.values(values).flatMap((ratios) => Object.keys(ratios)))].sort(
    (a, b) => rank(a) - rank(b),
  );
  lines.push(
    '',
    `Targets per corpus (value and verdict; blank: not measured there; n/a: a failed run or a vacuous peer):`,
  );
  lines.push(`  ${pad('', 58)} ${columns.map((column) => pad(column, 15, true)).join(' ')}`);
  for (const name of names) {
    const cells = columns.map((column) => {
      if (!(name in values[column])) return pad('', 15);
      const verdict = evaluation.verdicts[column][name];
      const shown = verdict === 'info' ? '' : verdict === 'n/a' ? ' n/a' : ` ${verdict}`;
      return pad(`${format(values[column][name], 3)}${shown}`, 15, true);
    });
    lines.push(`  ${pad(targetFor(name).label, 58)} ${cells.join(' ')}`);
  }
  for (const [key, byRule] of Object.entries(evaluation.guards)) {
    for (const [rule, guard] of Object.entries(byRule)) {
      if (!guard.ok || guard.note)
        lines.push(`  peer guard ${key} ${rule}: ${guard.ok ? 'ok' : 'VACUOUS'} (${guard.reason ?? guard.note})`);
    }
  }
  if (evaluation.failed_runs.total > 0) {
    lines.push(
      `  FAILED RUNS: ${Object.entries(evaluation.failed_runs.by_configuration)
        .map(([config, count]) => `${config} ×${count}`)
        .join(', ')}`,
    );
  }
  console.log(lines.join('\n'));
}

/** Each rule's milliseconds per corpus: from its own run when there is one, else from the all-rules run. */
function rulesMsByCorpus(summaries, corpora) {
  const byCorpus = {};
  for (const { key } of corpora) {
    const rulesMs = {};
    const entries = summaries.filter((entry) => entry.key === key && !entry.error && !entry.config.startsWith('scale'));
    const ordered = entries.sort((a, b) => Number(a.config.startsWith('ssot/')) - Number(b.config.startsWith('ssot/')));
    for (const entry of ordered) {
      const alone = entry.config.startsWith('ssot/') ? entry.config : undefined;
      for (const [id, ms] of Object.entries(entry.rules_ms)) {
        if (alone === undefined || id === alone) rulesMs[id] = ms;
      }
    }
    byCorpus[key] = rulesMs;
  }
  return byCorpus;
}

async function main() {
  const snapshot = snapshotPlugin();
  const plugin = { ...(await loadPlugin(snapshot.entry)), entry: snapshot.entry };
  log(`rules in dist/: ${plugin.available.join(', ') || '(none)'}`);
  if (plugin.missing.length > 0) log(`skipped (not built yet): ${plugin.missing.join(', ')}`);

  const explicitRuns = args.runs === undefined ? undefined : Number(args.runs);
  // Two processes at a time on the 2-core reference machine; the ratios compare times within one
  // process (or shares of parse), so they hold either way.
  const jobLimit = Number(args.jobs ?? (args.quick ? 1 : 2));
  const names = args.corpus ?? (args.quick ? [MEDIUM] : corpusNames());
  const corpora = names.map((name) => prepareCorpus(name));

  let jobs = [];
  for (const corpus of corpora) {
    jobs.push(...jobsFor(corpus, plugin, { quick: args.quick, typed: !args.quick && !args['no-typed'] }));
  }
  if (names.includes(MEDIUM) && !args.quick && !args['no-scale'] && plugin.available.length > 0) {
    jobs.push(...scaleJobs(plugin));
  }
  if (args.only) jobs = jobs.filter((job) => args.only.includes(job.config));
  for (const job of jobs) {
    job.runs = explicitRuns ?? (args.quick ? RUNS.quick : job.runs);
  }
  // Longest first, so with --jobs > 1 the 10× copy and the typed run overlap the short ones.
  const weight = (job) => (job.scale ?? 0) * 10 + (job.typed ? 5 : 0);
  jobs.sort((a, b) => weight(b) - weight(a));
  const runCount = Math.max(...jobs.map((job) => job.runs));

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-bench-'));
  const started = Date.now();
  // Runs are interleaved (every configuration once, then again) so a noisy moment hits all alike.
  const tasks = [];
  // Steady-state cost runs measure differences of a few milliseconds between paired rounds: with
  // another worker beside them their no-op rounds spread by 7–10 ms (full run at 5b02343, against
  // 0.4–1.6 ms alone), as large as what they measure. They run after the others, one at a time.
  const exclusiveTasks = [];
  // Other work on the machine slows the wall-clock stats timers: the 1-minute load average after
  // each run says how busy it was.
  const loadSamples = [];
  for (let run = 0; run < runCount; run += 1) {
    for (const [index, job] of jobs.entries()) {
      if (run >= job.runs) continue;
      (job.ruleCost ? exclusiveTasks : tasks).push(async () => {
        const result = await runJob(job, run, scratch);
        loadSamples.push(os.loadavg()[0]);
        const seconds = ((Date.now() - started) / 1000).toFixed(0);
        log(
          `run ${run + 1}/${job.runs} ${job.corpus} · ${job.config}: ${result.error ? `FAILED ${result.error.split('\n').at(-1)}` : `${result.lint_wall_ms.toFixed(0)} ms wall, ${result.lint_cpu_ms.toFixed(0)} ms CPU`} (${seconds} s)`,
        );
        return { index, result };
      });
    }
  }
  const runsByJob = jobs.map(() => []);
  for (const { index, result } of await runPool(tasks, jobLimit)) runsByJob[index].push(result);
  for (const { index, result } of await runPool(exclusiveTasks, 1)) runsByJob[index].push(result);
  fs.rmSync(scratch, { recursive: true, force: true });
  snapshot.remove();

  const summaries = jobs.map((job, index) => summarise(job, runsByJob[index]));
  const corpusRoles = corpora.map((corpus) => ({ key: corpus.key, role: corpus.role }));
  const evaluation = evaluate(summaries, corpusRoles);
  printTables(summaries, evaluation, corpusRoles);

  const ratioNames = [...new Set(Object.values(evaluation.ratios).flatMap((ratios) => Object.keys(ratios)))];
  const output = {
    corpus: corpora.map((corpus) => ({
      key: corpus.key,
      name: corpus.name,
      role: corpus.role,
      files: corpus.files,
      lines: corpus.lines,
      preparation: corpus.preparation,
    })),
    parse_ms: Object.fromEntries(
      corpora.map((corpus) => [
        corpus.key,
        summaries.find((entry) => entry.key === corpus.key && entry.config === CONFIG.parseOnly && !entry.error)
          ?.parse_ms ?? null,
      ]),
    ),
    rules_ms: rulesMsByCorpus(summaries, corpora),
    ratios: evaluation.ratios,
    worst: evaluation.worst,
    verdicts: evaluation.verdicts,
    targets: Object.fromEntries(ratioNames.map((name) => [name, targetFor(name)])),
    peer_guards: evaluation.guards,
    failed_runs: evaluation.failed_runs,
    peers: Object.fromEntries(PEER_PACKAGES.map((name) => [name, packageVersion(name)])),
    skipped_rules: plugin.missing,
    runs: explicitRuns === undefined ? (args.quick ? { default: RUNS.quick } : RUNS) : { default: explicitRuns },
    detail: summaries,
    environment: {
      date: new Date().toISOString(),
      node: process.version,
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memory_gb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
      duration_s: Math.round((Date.now() - started) / 1000),
      parallel_workers: jobLimit,
      load_average_at_end: os.loadavg().map((value) => Number(value.toFixed(2))),
      load_average_1min_during: {
        min: Number(Math.min(...loadSamples).toFixed(2)),
        median: Number(median(loadSamples).toFixed(2)),
        max: Number(Math.max(...loadSamples).toFixed(2)),
      },
      // Lint CPU of every run: what the bench costs without process start-up and other load.
      worker_lint_cpu_s: Math.round(
        runsByJob.flat().reduce((total, result) => total + (result.lint_cpu_ms ?? 0), 0) / 1000,
      ),
    },
  };
  if (args.json) {
    fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    fs.writeFileSync(args.json, `${JSON.stringify(output, null, 2)}\n`);
    log(`wrote ${args.json}`);
  }
  if (!evaluation.ok) {
    const vacuous = Object.values(evaluation.guards)
      .flatMap((byRule) => Object.values(byRule))
      .filter((guard) => !guard.ok);
    log(
      `the instruments failed: ${evaluation.failed_runs.total} failed run(s), ${vacuous.length} vacuous peer configuration(s) (see above)`,
    );
    process.exitCode = 1;
  }
}

await main();
