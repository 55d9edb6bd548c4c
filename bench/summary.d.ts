// Types of bench/summary.js for the TypeScript tests (the bench itself is plain JavaScript run by Node).
export declare const SCALE_TIMES: number;
export declare const ENUM_RULE: string;
export declare const TYPED_RULE: string;
export declare const TARGETS: Record<string, { max?: number; min?: number; label: string }>;
export declare const SINGLE_FILE_RULES: string[];
export declare const SINGLE_FILE_TARGET: number;

/** What one bench/worker.js process writes, or `{ error }` when it failed. */
export interface WorkerResult {
  files: number;
  parse_ms: number;
  rules_ms: Record<string, number>;
  lint_wall_ms: number;
  lint_cpu_ms: number;
  peak_rss_mb: number;
  messages: number;
  messages_by_rule: Record<string, number>;
  fatal: number;
  fatal_samples: string[];
}
export type RunResult = WorkerResult | { error: string };

export interface Summary {
  corpus: string;
  config: string;
  error?: string;
  runs?: number;
  files?: number;
  parse_ms?: number;
  rules_ms: Record<string, number>;
  lint_wall_ms?: number;
  lint_cpu_ms?: number;
  rules_over_parse: Record<string, number>;
  ssot_rules_over_parse?: number;
  peak_rss_mb?: number;
  messages?: number;
  messages_by_rule?: Record<string, number>;
}

export declare function median(values: Array<number | undefined>): number | undefined;
export declare function summarise(job: { corpus: string; config: string }, runs: RunResult[]): Summary;
export declare function sumSsot(rulesMs: Record<string, number> | undefined): number;
export declare function ratio(numerator: number | undefined, denominator: number | undefined): number | null;
export declare function computeRatios(
  summaries: Summary[],
  corpusName: string,
): { ratios: Record<string, number | null>; single_file_rule_over_parse: Record<string, number | null> };
export declare function verdict(name: string, value: number | null | undefined): 'met' | 'MISSED' | 'n/a';
