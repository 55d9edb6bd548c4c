// Pure logic of `npm run bench`: worker results → per-configuration summaries → ratios → verdicts.
// No I/O, so tests/bench/*.test.ts can check it on synthetic worker results.

export const SCALE_TIMES = 10;
export const ENUM_RULE = 'ssot/no-deprecated-enum-members';
export const TYPED_RULE = '@typescript-eslint/no-deprecated';

export const TARGETS = {
  ssot_rules_over_parse: { max: 0.1, label: 'all ssot/* rules ≤ 10 % of parse' },
  canonical_imports_over_core_no_restricted_imports: { max: 3, label: 'canonical-imports ≤ 3× core no-restricted-imports' },
  typed_no_deprecated_over_enum_rule: { min: 20, label: 'typed no-deprecated ≥ 20× enum rule' },
  per_file_time_10x_over_1x: { max: 1.15, label: 'per-file time 10× ≤ 1.15× of 1×' },
  recommended_rss_over_parse_only_rss: { max: 1.2, label: 'recommended peak RSS ≤ 1.2× parse-only' },
};
export const SINGLE_FILE_RULES = ['ssot/no-process-env', 'ssot/no-module-singletons', 'ssot/max-lines'];
export const SINGLE_FILE_TARGET = 0.02;

export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summarise(job, runs) {
  const ok = runs.filter((run) => !run.error);
  if (ok.length === 0) return { corpus: job.corpus, config: job.config, error: runs[0]?.error ?? 'no run' };
  const ruleIds = [...new Set(ok.flatMap((run) => Object.keys(run.rules_ms)))].sort();
  return {
    corpus: job.corpus,
    config: job.config,
    runs: ok.length,
    files: ok[0].files,
    parse_ms: median(ok.map((run) => run.parse_ms)),
    rules_ms: Object.fromEntries(ruleIds.map((id) => [id, median(ok.map((run) => run.rules_ms[id]))])),
    lint_wall_ms: median(ok.map((run) => run.lint_wall_ms)),
    lint_cpu_ms: median(ok.map((run) => run.lint_cpu_ms)),
    // Rule time over parse time in the same process: contention slows both alike, so this holds
    // on a busy machine where absolute milliseconds do not.
    rules_over_parse: Object.fromEntries(
      ruleIds.map((id) => [id, median(ok.map((run) => (run.rules_ms[id] ?? 0) / run.parse_ms))]),
    ),
    ssot_rules_over_parse: median(ok.map((run) => sumSsot(run.rules_ms) / run.parse_ms)),
    peak_rss_mb: median(ok.map((run) => run.peak_rss_mb)),
    messages: ok[0].messages,
    messages_by_rule: ok[0].messages_by_rule,
    fatal: ok[0].fatal,
    fatal_samples: ok[0].fatal_samples,
  };
}

export function sumSsot(rulesMs) {
  return Object.entries(rulesMs ?? {})
    .filter(([id]) => id.startsWith('ssot/'))
    .reduce((total, [, ms]) => total + ms, 0);
}

export function ratio(numerator, denominator) {
  return typeof numerator === 'number' && typeof denominator === 'number' && denominator > 0
    ? numerator / denominator
    : null;
}

export function computeRatios(summaries, corpusName) {
  const find = (config) => summaries.find((entry) => entry.corpus === corpusName && entry.config === config && !entry.error);
  const parseOnly = find('parse-only');
  const recommended = find('recommended');
  const all = find('ssot (all rules)') ?? recommended;
  const core = find('core');
  const canonical = find('ssot/canonical-imports');
  const enumRule = find(ENUM_RULE);
  const typed = find('typed no-deprecated');
  const scaled = (times) => summaries.find((entry) => entry.config === `scale ×${times}` && !entry.error);
  const perFile = (entry) => (entry ? entry.lint_cpu_ms / entry.files : undefined);
  const singleFile = {};
  for (const rule of SINGLE_FILE_RULES) {
    singleFile[rule] = find(rule)?.rules_over_parse[rule] ?? null;
  }
  return {
    ratios: {
      ssot_rules_over_parse: all?.ssot_rules_over_parse ?? null,
      canonical_imports_over_core_no_restricted_imports: ratio(
        canonical?.rules_over_parse['ssot/canonical-imports'],
        core?.rules_over_parse['no-restricted-imports'],
      ),
      typed_no_deprecated_over_enum_rule: ratio(typed?.rules_ms[TYPED_RULE], enumRule?.rules_ms[ENUM_RULE]),
      per_file_time_10x_over_1x: ratio(perFile(scaled(SCALE_TIMES)), perFile(scaled(1))),
      recommended_rss_over_parse_only_rss: ratio(recommended?.peak_rss_mb, parseOnly?.peak_rss_mb),
    },
    single_file_rule_over_parse: singleFile,
  };
}

export function verdict(name, value) {
  const target = TARGETS[name];
  if (value === null || value === undefined) return 'n/a';
  if (target.max !== undefined) return value <= target.max ? 'met' : 'MISSED';
  return value >= target.min ? 'met' : 'MISSED';
}

