// Types of bench/summary.js for the TypeScript tests (the bench itself is plain JavaScript run by Node).
export declare const SCALE_TIMES: number;
export declare const CONFIG: {
  parseOnly: string;
  recommended: string;
  all: string;
  peers: string;
  importX: string;
  typed: string;
  ruleCost: string;
  oxlint: string;
};
export declare const COST_RULES: string[];
export declare const NOOP_RULE: string;
export declare function scaleConfig(times: number): string;
export declare const RULE: Record<
  | 'canonical'
  | 'enum'
  | 'processEnv'
  | 'singletons'
  | 'maxLines'
  | 'typed'
  | 'duplicates'
  | 'coreRestrictedImports'
  | 'coreMaxLines'
  | 'nProcessEnv'
  | 'importXRestrictedPaths',
  string
>;
export declare const SINGLE_FILE_RULES: string[];
export declare function ruleKey(ruleId: string): string;

export interface Target {
  max?: number;
  min?: number;
  info?: boolean;
  roles?: string[];
  label: string;
}
export declare const TARGETS: Record<string, Target>;
export declare function targetFor(name: string): Target;

/** What one bench/worker.js process writes, or `{ error }` when it failed. */
export interface WorkerResult {
  files: number;
  parse_ms: number;
  rules_ms: Record<string, number>;
  lint_wall_ms: number;
  lint_cpu_ms: number;
  peak_rss_mb: number;
  /** Heap in use after forced collections at the end of the lint (needs `--expose-gc`). */
  retained_heap_mb?: number;
  messages: number;
  messages_by_rule: Record<string, number>;
  fatal: number;
  fatal_samples: string[];
  /** The `oxlint vs eslint CLI` configuration: the ESLint CLI's run beside oxlint's (the fields above). */
  eslint?: OxlintPeerRun;
  oxlint_threads?: number;
}
/** What the ESLint CLI did and took in an `oxlint vs eslint CLI` run. */
export interface OxlintPeerRun {
  files: number;
  lint_wall_ms: number;
  lint_cpu_ms?: number;
  messages_by_rule: Record<string, number>;
  fatal: number;
}
export type RunResult = WorkerResult | { error: string };

export interface Summary {
  key: string;
  corpus: string;
  config: string;
  runs: number;
  failed_runs: number;
  errors?: string[];
  error?: string;
  files?: number;
  parse_ms?: number;
  rules_ms: Record<string, number>;
  ssot_rules_ms?: number;
  lint_wall_ms?: number;
  lint_cpu_ms?: number;
  rules_over_parse: Record<string, number>;
  ssot_rules_over_parse?: number;
  peak_rss_mb?: number;
  retained_heap_mb?: number;
  messages?: number;
  messages_by_rule?: Record<string, number>;
  fatal?: number;
  fatal_samples?: string[];
  eslint_wall_ms?: number;
  eslint_cpu_ms?: number;
  oxlint_over_eslint_wall?: number;
  oxlint_threads?: number;
  eslint?: Omit<OxlintPeerRun, 'lint_wall_ms' | 'lint_cpu_ms'>;
}

export type Ratios = Record<string, number | null>;
export type Verdict = 'met' | 'MISSED' | 'n/a' | 'info';
export interface Guard {
  ok: boolean;
  ran?: boolean;
  messages?: number;
  ours_messages?: number;
  reason?: string;
  note?: string;
}

export declare function median(values: Array<number | undefined>): number | undefined;
export declare function sumSsot(rulesMs: Record<string, number> | undefined): number;
export declare function summarise(
  job: { key: string; corpus: string; config: string; oxlint?: boolean; ruleCost?: boolean },
  runs: RunResult[],
): Summary;
export declare function ratio(numerator: number | undefined, denominator: number | undefined): number | null;
export declare function corpusRatios(
  summaries: Summary[],
  key: string,
  role: string,
): { ratios: Ratios; guards: Record<string, Guard> };
export declare function peerGuard(peerEntry: Summary, peerRule: string, oursEntry: Summary, oursRule: string): Guard;
export declare function sameWorkGuard(entry: Summary): Guard;
export declare function worstOf(ratiosByCorpus: Record<string, Ratios>): Ratios;
export declare function verdict(name: string, value: number | null | undefined): Verdict;
export declare function evaluate(
  summaries: Summary[],
  corpora: Array<{ key: string; role: string }>,
): {
  ratios: Record<string, Ratios>;
  worst: Ratios;
  verdicts: Record<string, Record<string, Verdict>>;
  guards: Record<string, Record<string, Guard>>;
  failed_runs: { total: number; by_configuration: Record<string, number> };
  ok: boolean;
};
