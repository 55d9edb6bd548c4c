// Pure logic of `npm run bench`: worker results → per-configuration summaries → per-corpus ratios →
// verdicts. No I/O, so tests/bench/*.test.ts check it on synthetic worker results.

export const SCALE_TIMES = 10;

/** Configuration names shared by the job list (run.js) and the ratios below. */
export const CONFIG = {
  parseOnly: 'parse-only',
  recommended: 'recommended',
  all: 'ssot (all rules)',
  peers: 'core + n',
  importX: 'import-x no-restricted-paths',
  typed: 'typed no-deprecated',
  ruleCost: 'steady-state rule cost',
  oxlint: 'oxlint vs eslint CLI',
};
/** A rule that listens to nothing (bench/rule-cost.js's plugin): the parse-only baseline runs it. */
export const NOOP_RULE = 'bench/noop';
/** The rules the steady-state cost job measures, each alone (ours and the peer of each). */
export const COST_RULES = ['ssot/no-process-env', 'n/no-process-env', 'ssot/max-lines', 'max-lines'];
export const scaleConfig = (times) => `scale ×${times}`;

export const RULE = {
  canonical: 'ssot/canonical-imports',
  enum: 'ssot/no-deprecated-enum-members',
  processEnv: 'ssot/no-process-env',
  singletons: 'ssot/no-module-singletons',
  duplicates: 'ssot/no-duplicate-definitions',
  maxLines: 'ssot/max-lines',
  typed: '@typescript-eslint/no-deprecated',
  coreRestrictedImports: 'no-restricted-imports',
  coreMaxLines: 'max-lines',
  nProcessEnv: 'n/no-process-env',
  importXRestrictedPaths: 'import-x/no-restricted-paths',
};
export const SINGLE_FILE_RULES = [RULE.processEnv, RULE.singletons, RULE.maxLines];

/** `ssot/no-process-env` → `no_process_env`: the ratio names built from a rule id. */
export const ruleKey = (ruleId) => ruleId.replace(/^ssot\//, '').replaceAll('-', '_');

const SCALE_SUFFIX = `_ms_per_file_${SCALE_TIMES}x_over_1x`;

/**
 * Every ratio the bench reports. `max`/`min` is the target; `info` ratios are printed and kept in
 * the JSON but not judged; `roles` limits a ratio to corpora of those roles (bench/corpus.js).
 * Per-rule scaling ratios (`<rule>_ms_per_file_10x_over_1x`) share the `ssot_rules…` target.
 */
export const TARGETS = {
  ssot_rules_over_parse: { max: 0.1, label: 'all ssot/* rules ≤ 10 % of parse' },
  ssot_rules_extra_cpu_over_parse_only_cpu: {
    info: true,
    label: 'cross-check: (CPU all rules − CPU parse-only) / CPU parse-only',
  },
  ...Object.fromEntries(
    SINGLE_FILE_RULES.map((rule) => [
      `${ruleKey(rule)}_over_parse`,
      { max: 0.02, label: `${rule} alone ≤ 2 % of parse` },
    ]),
  ),
  enum_rule_over_parse: { max: 0.02, roles: ['enums'], label: `${RULE.enum} alone ≤ 2 % of parse` },
  no_duplicate_definitions_over_parse: { max: 0.03, label: `${RULE.duplicates} alone ≤ 3 % of parse` },
  no_duplicate_definitions_rss_over_parse_only_rss: {
    max: 1.2,
    label: `${RULE.duplicates} alone: peak RSS ≤ 1.2× parse-only`,
  },
  no_duplicate_definitions_retained_heap_over_parse_only: {
    info: true,
    label: `context: ${RULE.duplicates} alone, heap kept after the run (forced GC) / parse-only's`,
  },
  recommended_rss_over_parse_only_rss: { max: 1.2, label: 'recommended peak RSS ≤ 1.2× parse-only' },
  recommended_retained_heap_over_parse_only: {
    info: true,
    label: "context: recommended, heap kept after the run (forced GC) / parse-only's",
  },
  canonical_imports_over_core_no_restricted_imports: {
    max: 3,
    label: 'canonical-imports ≤ 3× core no-restricted-imports',
  },
  canonical_imports_over_import_x_no_restricted_paths: {
    max: 0.5,
    label: 'canonical-imports ≤ 0.5× import-x no-restricted-paths',
  },
  no_process_env_over_n_no_process_env: { max: 2, label: 'no-process-env ≤ 2× n/no-process-env (steady-state cost)' },
  no_process_env_over_n_no_process_env_stats: {
    info: true,
    label: "context: the same from stats shares (n's selector matching uncounted)",
  },
  max_lines_over_core_max_lines: { max: 1.2, label: 'max-lines ≤ 1.2× core max-lines' },
  max_lines_over_core_max_lines_steady: { info: true, label: 'context: the same as steady-state cost' },
  typed_no_deprecated_over_enum_rule: { min: 20, label: 'typed no-deprecated ≥ 20× enum rule' },
  oxlint_with_ssot_over_eslint_with_ssot: {
    info: true,
    label: 'oxlint + ssot rules / eslint + ssot rules (CLI wall time)',
  },
  [`ssot_rules${SCALE_SUFFIX}`]: { max: 1.15, label: `ssot/* rule ms per file ${SCALE_TIMES}× ≤ 1.15× of 1×` },
  [`parse${SCALE_SUFFIX}`]: { info: true, label: `context: parse ms per file ${SCALE_TIMES}× over 1×` },
};

/** The target of a ratio name, including the per-rule scaling ratios. */
export function targetFor(name) {
  if (TARGETS[name]) return TARGETS[name];
  if (name.endsWith(SCALE_SUFFIX)) {
    return {
      max: 1.15,
      label: `${name.slice(0, -SCALE_SUFFIX.length).replaceAll('_', '-')} ms per file ${SCALE_TIMES}× ≤ 1.15× of 1×`,
    };
  }
  return { info: true, label: name };
}

export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function sumSsot(rulesMs) {
  return Object.entries(rulesMs ?? {})
    .filter(([id]) => id.startsWith('ssot/'))
    .reduce((total, [, ms]) => total + ms, 0);
}

/**
 * Medians of one configuration's runs. A failed run is counted (`failed_runs`), never silently
 * left out: the ratios built on a configuration with a failed run are `null` (verdict `n/a`).
 */
export function summarise(job, runs) {
  const ok = runs.filter((run) => !run.error);
  const failed = runs.filter((run) => run.error);
  const head = {
    key: job.key,
    corpus: job.corpus,
    config: job.config,
    runs: ok.length,
    failed_runs: failed.length,
    ...(failed.length > 0 ? { errors: [...new Set(failed.map((run) => run.error))].slice(0, 3) } : {}),
  };
  if (ok.length === 0) return { ...head, error: failed[0]?.error ?? 'no run', rules_ms: {}, rules_over_parse: {} };
  const ruleIds = [...new Set(ok.flatMap((run) => Object.keys(run.rules_ms)))].sort();
  return {
    ...head,
    files: ok[0].files,
    parse_ms: median(ok.map((run) => run.parse_ms)),
    rules_ms: Object.fromEntries(ruleIds.map((id) => [id, median(ok.map((run) => run.rules_ms[id]))])),
    ssot_rules_ms: median(ok.map((run) => sumSsot(run.rules_ms))),
    lint_wall_ms: median(ok.map((run) => run.lint_wall_ms)),
    lint_cpu_ms: median(ok.map((run) => run.lint_cpu_ms)),
    // Rule time over parse time in the same process: contention slows both alike, so this holds
    // on a busy machine where absolute milliseconds do not.
    rules_over_parse: Object.fromEntries(
      ruleIds.map((id) => [id, median(ok.map((run) => (run.rules_ms[id] ?? 0) / run.parse_ms))]),
    ),
    // An oxlint run has no parse time of its own to divide by (bench/oxlint.js).
    ssot_rules_over_parse: median(
      ok.map((run) => (typeof run.parse_ms === 'number' ? sumSsot(run.rules_ms) / run.parse_ms : undefined)),
    ),
    peak_rss_mb: median(ok.map((run) => run.peak_rss_mb)),
    retained_heap_mb: median(ok.map((run) => run.retained_heap_mb)),
    messages: ok[0].messages,
    messages_by_rule: ok[0].messages_by_rule,
    fatal: ok[0].fatal,
    fatal_samples: ok[0].fatal_samples,
    // Steady-state cost runs (bench/rule-cost.js): how many paired rounds, the no-op round's
    // median and spread, so a reader can tell a cost from the noise.
    ...(job.ruleCost
      ? {
          rounds: median(ok.map((run) => run.rounds)),
          baseline_ms: median(ok.map((run) => run.baseline_ms)),
          noise_ms: median(ok.map((run) => run.noise_ms)),
        }
      : {}),
    // oxlint against the ESLint CLI (bench/oxlint.js): each run times both, so the ratio is taken per
    // run (the two ran moments apart) and its median kept; `lint_wall_ms` above is oxlint's.
    ...(job.oxlint
      ? {
          eslint_wall_ms: median(ok.map((run) => run.eslint.lint_wall_ms)),
          eslint_cpu_ms: median(ok.map((run) => run.eslint.lint_cpu_ms)),
          oxlint_over_eslint_wall: median(ok.map((run) => run.lint_wall_ms / run.eslint.lint_wall_ms)),
          oxlint_threads: ok[0].oxlint_threads,
          eslint: {
            files: ok[0].eslint.files,
            messages_by_rule: ok[0].eslint.messages_by_rule,
            fatal: ok[0].eslint.fatal,
          },
        }
      : {}),
  };
}

export function ratio(numerator, denominator) {
  return typeof numerator === 'number' && typeof denominator === 'number' && denominator > 0
    ? numerator / denominator
    : null;
}

const isFailed = (entry) => Boolean(entry.error) || entry.failed_runs > 0;

/**
 * The ratios of one corpus (by corpus key). A ratio is present only when every configuration it
 * needs is in the job list; it is `null` when one of them had a failed run or a peer guard failed.
 * `guards` says, per peer rule, whether the peer configuration did real work.
 */
export function corpusRatios(summaries, key, role) {
  const entries = summaries.filter((entry) => entry.key === key);
  const find = (config) => entries.find((entry) => entry.config === config);
  const ratios = {};
  const guards = {};
  /** Sets `ratios[name]` from the needed entries: absent → no key, failed → null. */
  const define = (name, needed, compute) => {
    if (needed.some((entry) => entry === undefined)) return;
    ratios[name] = needed.some(isFailed) ? null : (compute(...needed) ?? null);
  };
  const share = (entry, ruleId) => entry.rules_over_parse[ruleId];

  const parseOnly = find(CONFIG.parseOnly);
  const recommended = find(CONFIG.recommended);
  const all = find(CONFIG.all) ?? recommended;
  define('ssot_rules_over_parse', [all], (entry) => entry.ssot_rules_over_parse);
  define('ssot_rules_extra_cpu_over_parse_only_cpu', [all, parseOnly], (entry, base) =>
    ratio(entry.lint_cpu_ms - base.lint_cpu_ms, base.lint_cpu_ms));
  for (const rule of SINGLE_FILE_RULES) {
    define(`${ruleKey(rule)}_over_parse`, [find(rule)], (entry) => share(entry, rule));
  }
  if (TARGETS.enum_rule_over_parse.roles.includes(role)) {
    define('enum_rule_over_parse', [find(RULE.enum)], (entry) => share(entry, RULE.enum));
  }
  define('recommended_rss_over_parse_only_rss', [recommended, parseOnly], (entry, base) =>
    ratio(entry.peak_rss_mb, base.peak_rss_mb));
  // Peak RSS swings with when the collector runs; what a run keeps does not (bench/README.md, Method).
  define('recommended_retained_heap_over_parse_only', [recommended, parseOnly], (entry, base) =>
    ratio(entry.retained_heap_mb, base.retained_heap_mb));
  // The project-wide index is built inside the rule's first file, so its time counts in the rule's.
  define('no_duplicate_definitions_over_parse', [find(RULE.duplicates)], (entry) => share(entry, RULE.duplicates));
  define('no_duplicate_definitions_rss_over_parse_only_rss', [find(RULE.duplicates), parseOnly], (entry, base) =>
    ratio(entry.peak_rss_mb, base.peak_rss_mb));
  define('no_duplicate_definitions_retained_heap_over_parse_only', [find(RULE.duplicates), parseOnly], (entry, base) =>
    ratio(entry.retained_heap_mb, base.retained_heap_mb));

  /** Ours alone against a peer rule, as shares of parse in their own processes, behind the guard. */
  const versus = (name, ours, peerConfig, peerRule) => {
    const oursEntry = find(ours);
    const peerEntry = find(peerConfig);
    if (oursEntry === undefined || peerEntry === undefined) return;
    const guard = peerGuard(peerEntry, peerRule, oursEntry, ours);
    guards[peerRule] = guard;
    define(name, [oursEntry, peerEntry], (entry, peer) =>
      guard.ok ? ratio(share(entry, ours), share(peer, peerRule)) : null,
    );
  };
  versus('canonical_imports_over_core_no_restricted_imports', RULE.canonical, CONFIG.peers, RULE.coreRestrictedImports);
  versus(
    'canonical_imports_over_import_x_no_restricted_paths',
    RULE.canonical,
    CONFIG.importX,
    RULE.importXRestrictedPaths,
  );
  versus('no_process_env_over_n_no_process_env_stats', RULE.processEnv, CONFIG.peers, RULE.nProcessEnv);
  versus('max_lines_over_core_max_lines', RULE.maxLines, CONFIG.peers, RULE.coreMaxLines);

  // n/no-process-env's listener is an esquery selector: ESLint matches it during traversal and the
  // stats charge that to no rule. Both rules are judged on their whole cost to linting instead.
  const cost = find(CONFIG.ruleCost);
  const steady = (name, ours, peerRule) => {
    if (cost === undefined) return;
    const guard = peerGuard(cost, peerRule, cost, ours);
    guards[`${peerRule} (steady-state cost)`] = guard;
    define(name, [cost], (entry) => (guard.ok ? ratio(entry.rules_ms[ours], entry.rules_ms[peerRule]) : null));
  };
  steady('no_process_env_over_n_no_process_env', RULE.processEnv, RULE.nProcessEnv);
  steady('max_lines_over_core_max_lines_steady', RULE.maxLines, RULE.coreMaxLines);

  define('typed_no_deprecated_over_enum_rule', [find(CONFIG.typed), find(RULE.enum)], (typed, enumRule) =>
    ratio(typed.rules_ms[RULE.typed], enumRule.rules_ms[RULE.enum]));

  // Both linters ran the same files with the same rules; a time is only compared when they also
  // did the same work: the same files linted and the same findings per rule.
  const oxlint = find(CONFIG.oxlint);
  if (oxlint !== undefined) {
    const guard = sameWorkGuard(oxlint);
    guards['oxlint (same files and findings as eslint)'] = guard;
    define('oxlint_with_ssot_over_eslint_with_ssot', [oxlint], (entry) =>
      guard.ok ? entry.oxlint_over_eslint_wall : null);
  }

  // Scaling: the rules' own milliseconds per file (stats), not whole-process CPU, which parsing
  // and warm-up dominate.
  const one = find(scaleConfig(1));
  const many = find(scaleConfig(SCALE_TIMES));
  const perFile = (entry, ms) => (typeof ms === 'number' ? ms / entry.files : undefined);
  define(`ssot_rules${SCALE_SUFFIX}`, [many, one], (big, small) =>
    ratio(perFile(big, big.ssot_rules_ms), perFile(small, small.ssot_rules_ms)),
  );
  if (one !== undefined && many !== undefined) {
    const scaledRules = [...new Set([...Object.keys(one.rules_ms), ...Object.keys(many.rules_ms)])].filter((id) =>
      id.startsWith('ssot/'),
    );
    for (const rule of scaledRules.sort()) {
      define(`${ruleKey(rule)}${SCALE_SUFFIX}`, [many, one], (big, small) =>
        ratio(perFile(big, big.rules_ms[rule]), perFile(small, small.rules_ms[rule])),
      );
    }
  }
  define(`parse${SCALE_SUFFIX}`, [many, one], (big, small) =>
    ratio(perFile(big, big.parse_ms), perFile(small, small.parse_ms)),
  );
  return { ratios, guards };
}

/**
 * A peer configuration is vacuous when its rule did not run (no stats entry) or reported nothing
 * where ours, alone on the same files, reported something.
 */
export function peerGuard(peerEntry, peerRule, oursEntry, oursRule) {
  if (isFailed(peerEntry) || isFailed(oursEntry)) return { ok: false, reason: 'failed run' };
  const ran = typeof peerEntry.rules_ms[peerRule] === 'number';
  const messages = peerEntry.messages_by_rule?.[peerRule] ?? 0;
  const oursMessages = oursEntry.messages_by_rule?.[oursRule] ?? 0;
  const base = { ran, messages, ours_messages: oursMessages };
  if (!ran) return { ...base, ok: false, reason: `${peerRule} did not run` };
  if (messages === 0 && oursMessages > 0) return { ...base, ok: false, reason: `${peerRule} reported nothing` };
  return { ...base, ok: true, ...(messages === 0 ? { note: 'nothing to report on this corpus (ours: 0 too)' } : {}) };
}

/** `rule: oxlint n, eslint m` for each rule the two linters reported a different number of times. */
function differingCounts(oxlintCounts, eslintCounts) {
  const rules = [...new Set([...Object.keys(oxlintCounts), ...Object.keys(eslintCounts)])].sort();
  return rules
    .filter((rule) => (oxlintCounts[rule] ?? 0) !== (eslintCounts[rule] ?? 0))
    .map((rule) => `${rule}: oxlint ${oxlintCounts[rule] ?? 0}, eslint ${eslintCounts[rule] ?? 0}`);
}

/**
 * An oxlint run is compared with its ESLint run only when both did the same work: as many files
 * linted, as many parse errors, and each ssot rule reporting as often. Else the times measure
 * different work, and the ratio is `null`.
 */
export function sameWorkGuard(entry) {
  if (isFailed(entry)) return { ok: false, reason: 'failed run' };
  const { eslint } = entry;
  const counts = { messages: entry.messages, files: entry.files, eslint_files: eslint.files };
  if (entry.files !== eslint.files) return { ...counts, ok: false, reason: 'not the same number of files' };
  if (entry.fatal !== eslint.fatal) {
    return { ...counts, ok: false, reason: `parse errors: oxlint ${entry.fatal}, eslint ${eslint.fatal}` };
  }
  const differing = differingCounts(entry.messages_by_rule, eslint.messages_by_rule);
  if (differing.length > 0) return { ...counts, ok: false, reason: `findings differ (${differing.join('; ')})` };
  return { ...counts, ok: true };
}

/** The worst value of each ratio across corpora; `null` if the ratio is `null` on any corpus. */
export function worstOf(ratiosByCorpus) {
  const worst = {};
  const names = [...new Set(Object.values(ratiosByCorpus).flatMap((ratios) => Object.keys(ratios)))];
  for (const name of names) {
    const values = Object.values(ratiosByCorpus)
      .filter((ratios) => name in ratios)
      .map((ratios) => ratios[name]);
    const lowerIsWorse = targetFor(name).min !== undefined;
    worst[name] = values.some((value) => value === null)
      ? null
      : values.reduce((a, b) => (lowerIsWorse ? Math.min(a, b) : Math.max(a, b)));
  }
  return worst;
}

export function verdict(name, value) {
  const target = targetFor(name);
  if (target.info) return 'info';
  if (value === null || value === undefined) return 'n/a';
  if (target.max !== undefined) return value <= target.max ? 'met' : 'MISSED';
  return value >= target.min ? 'met' : 'MISSED';
}

/**
 * Everything the bench concludes from its summaries: per-corpus ratios, the worst of each across
 * corpora, verdicts for both, peer guards and failed runs. `ok` is false when a run failed or a
 * peer configuration was vacuous: the instrument itself did not work, so the bench exits non-zero.
 * @param {Array<{ key: string, role: string }>} corpora
 */
export function evaluate(summaries, corpora) {
  const ratios = {};
  const guards = {};
  for (const { key, role } of corpora) {
    const result = corpusRatios(summaries, key, role);
    ratios[key] = result.ratios;
    if (Object.keys(result.guards).length > 0) guards[key] = result.guards;
  }
  const worst = worstOf(ratios);
  const judge = (values) =>
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, verdict(name, value)]));
  const verdicts = {
    ...Object.fromEntries(Object.entries(ratios).map(([key, values]) => [key, judge(values)])),
    worst: judge(worst),
  };
  const failedConfigurations = summaries.filter(isFailed);
  const failedRuns = {
    total: failedConfigurations.reduce((total, entry) => total + Math.max(entry.failed_runs, 1), 0),
    by_configuration: Object.fromEntries(
      failedConfigurations.map((entry) => [`${entry.corpus} · ${entry.config}`, entry.failed_runs]),
    ),
  };
  const vacuous = Object.values(guards)
    .flatMap((byRule) => Object.values(byRule))
    .some((guard) => !guard.ok);
  return { ratios, worst, verdicts, guards, failed_runs: failedRuns, ok: failedRuns.total === 0 && !vacuous };
}
