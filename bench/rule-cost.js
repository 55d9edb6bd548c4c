// Steady-state cost of single rules on files parsed once, in one process: for each contender,
// (time to lint every file with that rule alone) − (time with a rule that listens to nothing, right
// before), the median over many such pairs.
//
// Why not ESLint's `stats`: a rule whose listener is an esquery selector
// (`MemberExpression[object.name="process"]…`, as eslint-plugin-n's `no-process-env`) has its
// selector matched by ESLint during traversal, charged to no rule; the stats see only the few
// listener calls that match. Here every cost a rule adds to linting counts, whatever form its
// listeners take, and parsing (the same for all) is done once and left out.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { Linter } from 'eslint';
import { NOOP_RULE } from './summary.js';

// `Linter.verify` given a plain array builds and validates a new FlatConfigArray on every call, so
// each file would pay for normalizing the config and validating the rule's options against its
// schema — a cost the ESLint CLI pays once per distinct config, and one that grows with the options
// (ours have globs and path lists, n's none). Given an array with `getConfig()` (a FlatConfigArray)
// it uses that array and its per-file config cache. The class is not exported by the package, so
// it is reached relative to the package's entry (ESLint 9 and 10 keep it at this path).
const { FlatConfigArray } = createRequire(createRequire(import.meta.url).resolve('eslint'))(
  './config/flat-config-array.js',
);

/** @param {object[]} configs @param {string} cwd */
function normalizedConfig(configs, cwd) {
  const array = new FlatConfigArray(configs, { basePath: cwd });
  array.normalizeSync();
  return array;
}

/** The `bench` plugin: `bench/noop` listens to nothing (the baselines of the cost rounds and of parse-only). */
export const noopPlugin = { rules: { noop: { meta: { type: 'problem', schema: [] }, create: () => ({}) } } };

/**
 * @param {object} input
 * @param {string} input.cwd folder the files and the config's `files` globs are relative to
 * @param {string[]} input.files absolute paths
 * @param {object} input.baseConfig flat config object with `files`, `plugins`, `languageOptions`, `settings` (no rules)
 * @param {Record<string, unknown>} input.rules rule id → setting, one contender each
 * @param {Array<{ files: string[], rules: Record<string, unknown> }>} [input.blocks] per-file config
 *   blocks; each contender sees only its own rule's entries
 * @param {number} input.minRounds rounds at least (one round lints every file once per rule, each after a no-op pass)
 * @param {number} [input.maxRounds] rounds at most, when the first round shows the budget allows more
 * @param {number} [input.budgetMs] time the rounds may take, estimated from the first
 * @returns {{ files: number, parse_ms: number, baseline_ms: number, rounds: number, noise_ms: number,
 *   rules_ms: Record<string, number>,
 *   messages_by_rule: Record<string, number>, fatal: number, fatal_samples: string[] }}
 */
export function ruleCosts({
  cwd,
  files,
  baseConfig,
  rules,
  blocks = [],
  minRounds,
  maxRounds = minRounds,
  budgetMs = 0,
}) {
  const linter = new Linter({ cwd });
  const base = { ...baseConfig, plugins: { ...baseConfig.plugins, bench: noopPlugin } };
  const configFor = (ruleId) =>
    normalizedConfig(
      [
        { ...base, rules: { [ruleId]: ruleId === NOOP_RULE ? 'error' : rules[ruleId] } },
        ...blocks
          .filter((block) => ruleId in block.rules)
          .map((block) => ({ ...block, rules: { [ruleId]: block.rules[ruleId] } })),
      ],
      cwd,
    );

  const contenders = [NOOP_RULE, ...Object.keys(rules)];
  const configs = new Map(contenders.map((ruleId) => [ruleId, configFor(ruleId)]));
  const parsed = [];
  const fatalSamples = [];
  let fatal = 0;
  const parseStarted = performance.now();
  for (const file of files) {
    const messages = linter.verify(fs.readFileSync(file, 'utf8'), configs.get(NOOP_RULE), file);
    const failure = messages.find(
      (message) => message.fatal || message.message.startsWith('No matching configuration'),
    );
    if (failure) {
      fatal += 1;
      if (fatalSamples.length < 5) fatalSamples.push(`${file}: ${failure.message}`);
      continue;
    }
    parsed.push({ file, sourceCode: linter.getSourceCode() });
  }
  const parseMs = performance.now() - parseStarted;

  const lintAll = (ruleId) => {
    const config = configs.get(ruleId);
    let messages = 0;
    const started = performance.now();
    for (const { file, sourceCode } of parsed) {
      for (const message of linter.verify(sourceCode, config, file)) if (message.ruleId === ruleId) messages += 1;
    }
    return { ms: performance.now() - started, messages };
  };
  // Paired rounds: each rule's round runs right after a no-op round, and its cost is the median of
  // the differences. A busy moment of the machine slows both halves of a pair alike, where the
  // difference of two best rounds (taken at different moments) swung by more than a small rule's
  // whole cost (rxjs: 0.001–9 ms for the same rule from one run to the next).
  const ruleIds = Object.keys(rules);
  const differences = new Map(ruleIds.map((ruleId) => [ruleId, []]));
  const baselines = [];
  const messagesByRule = {};
  let plannedRounds = minRounds;
  for (let round = 0; round < plannedRounds; round += 1) {
    const roundStarted = performance.now();
    for (const ruleId of ruleIds) {
      const baseline = lintAll(NOOP_RULE);
      const contender = lintAll(ruleId);
      baselines.push(baseline.ms);
      differences.get(ruleId).push(contender.ms - baseline.ms);
      messagesByRule[ruleId] = contender.messages;
    }
    // After the first round (cold: JIT, first file-system answers), as many rounds as the time
    // budget allows, so small corpora get many pairs and large ones are not held up.
    if (round === 0) {
      const roundMs = Math.max(performance.now() - roundStarted, 1);
      plannedRounds = Math.min(maxRounds, Math.max(minRounds, Math.floor(budgetMs / roundMs)));
    }
  }
  const baselineMs = median(baselines);
  return {
    files: parsed.length,
    parse_ms: parseMs,
    baseline_ms: baselineMs,
    rounds: plannedRounds,
    // The spread of the no-op rounds themselves: a cost below it is not told apart from zero.
    noise_ms: median(baselines.map((ms) => Math.abs(ms - baselineMs))),
    // Clamped at a microsecond: a rule cheaper than the timer's noise must not make a ratio negative.
    rules_ms: Object.fromEntries(ruleIds.map((ruleId) => [ruleId, Math.max(median(differences.get(ruleId)), 0.001)])),
    messages_by_rule: messagesByRule,
    fatal,
    fatal_samples: fatalSamples,
  };
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
