// Steady-state cost of single rules on files parsed once, in one process: for each contender,
// (time to lint every file with that rule alone) − (time with a rule that listens to nothing),
// best of several interleaved rounds.
//
// Why not ESLint's `stats`: a rule whose listener is an esquery selector
// (`MemberExpression[object.name="process"]…`, as eslint-plugin-n's `no-process-env`) has its
// selector matched by ESLint during traversal, charged to no rule; the stats see only the few
// listener calls that match. Here every cost a rule adds to linting counts, whatever form its
// listeners take, and parsing (the same for all) is done once and left out.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Linter } from 'eslint';
import { NOOP_RULE } from './summary.js';

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
 * @param {number} input.rounds
 * @returns {{ files: number, parse_ms: number, baseline_ms: number, rules_ms: Record<string, number>,
 *   messages_by_rule: Record<string, number>, fatal: number, fatal_samples: string[] }}
 */
export function ruleCosts({ cwd, files, baseConfig, rules, blocks = [], rounds }) {
  const linter = new Linter({ cwd });
  const base = { ...baseConfig, plugins: { ...baseConfig.plugins, bench: noopPlugin } };
  const configFor = (ruleId) => [
    { ...base, rules: { [ruleId]: ruleId === NOOP_RULE ? 'error' : rules[ruleId] } },
    ...blocks
      .filter((block) => ruleId in block.rules)
      .map((block) => ({ ...block, rules: { [ruleId]: block.rules[ruleId] } })),
  ];

  const parsed = [];
  const fatalSamples = [];
  let fatal = 0;
  const parseStarted = performance.now();
  for (const file of files) {
    const messages = linter.verify(fs.readFileSync(file, 'utf8'), configFor(NOOP_RULE), file);
    const failure = messages.find((message) => message.fatal || message.message.startsWith('No matching configuration'));
    if (failure) {
      fatal += 1;
      if (fatalSamples.length < 5) fatalSamples.push(`${file}: ${failure.message}`);
      continue;
    }
    parsed.push({ file, sourceCode: linter.getSourceCode() });
  }
  const parseMs = performance.now() - parseStarted;

  const contenders = [NOOP_RULE, ...Object.keys(rules)];
  const configs = new Map(contenders.map((ruleId) => [ruleId, configFor(ruleId)]));
  const best = new Map(contenders.map((ruleId) => [ruleId, Infinity]));
  const messagesByRule = {};
  for (let round = 0; round < rounds; round += 1) {
    // Interleaved, so a busy moment of the machine slows every contender alike.
    for (const ruleId of contenders) {
      const config = configs.get(ruleId);
      let messages = 0;
      const started = performance.now();
      for (const { file, sourceCode } of parsed) {
        for (const message of linter.verify(sourceCode, config, file)) if (message.ruleId === ruleId) messages += 1;
      }
      best.set(ruleId, Math.min(best.get(ruleId), performance.now() - started));
      if (ruleId !== NOOP_RULE) messagesByRule[ruleId] = messages;
    }
  }
  const baseline = best.get(NOOP_RULE);
  return {
    files: parsed.length,
    parse_ms: parseMs,
    baseline_ms: baseline,
    // Clamped at a microsecond: a rule cheaper than the timer's noise must not make a ratio negative.
    rules_ms: Object.fromEntries(Object.keys(rules).map((ruleId) => [ruleId, Math.max(best.get(ruleId) - baseline, 0.001)])),
    messages_by_rule: messagesByRule,
    fatal,
    fatal_samples: fatalSamples,
  };
}
