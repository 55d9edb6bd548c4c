// The `oxlint vs eslint CLI` configuration in the bench's arithmetic (bench/summary.js): the ratio
// is the median of per-run ratios, and it is only given when both linters did the same work.
import { describe, expect, it } from 'vitest';
import { CONFIG, RULE, evaluate, summarise, type WorkerResult } from '../../bench/summary.js';

/** One run: oxlint took `oxlint` ms, the ESLint CLI `eslint` ms, with these findings per rule. */
function run(oxlint: number, eslint: number, findings: { oxlint?: number; eslint?: number } = {}): WorkerResult {
  return {
    files: 100,
    parse_ms: 0,
    rules_ms: {},
    lint_wall_ms: oxlint,
    lint_cpu_ms: oxlint,
    peak_rss_mb: 100,
    messages: findings.oxlint ?? 5,
    messages_by_rule: { [RULE.canonical]: findings.oxlint ?? 5 },
    fatal: 0,
    fatal_samples: [],
    eslint: {
      files: 100,
      lint_wall_ms: eslint,
      messages_by_rule: { [RULE.canonical]: findings.eslint ?? 5 },
      fatal: 0,
    },
    oxlint_threads: 1,
  };
}

function ratioOf(runs: WorkerResult[]): number | null | undefined {
  const summary = summarise({ key: 'rxjs', corpus: 'rxjs@7.8.2', config: CONFIG.oxlint, oxlint: true }, runs);
  return evaluate([summary], [{ key: 'rxjs', role: 'alias' }]).ratios.rxjs?.oxlint_with_ssot_over_eslint_with_ssot;
}

describe('oxlint_with_ssot_over_eslint_with_ssot', () => {
  it('is the median of the per-run ratios, not a ratio of medians', () => {
    // Per run: 0.5, 0.25, 0.4 → median 0.4; medians alone would give 300 / 1000 = 0.3.
    expect(ratioOf([run(500, 1000), run(300, 1200), run(200, 500)])).toBeCloseTo(0.4);
  });

  it('is not given when the two linters found different things', () => {
    expect(ratioOf([run(500, 1000, { oxlint: 4, eslint: 5 }), run(500, 1000, { oxlint: 4, eslint: 5 })])).toBeNull();
  });
});
