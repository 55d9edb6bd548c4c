// What a run keeps, beside its peak RSS (bench/summary.js): the heap left after forced collections at
// the end of the lint, over parse-only's. Context for the memory targets, never judged itself.
import { describe, expect, it } from 'vitest';
import { CONFIG, RULE, evaluate, summarise, type WorkerResult } from '../../bench/summary.js';

/** One worker result; `retained` is left out as a worker without `--expose-gc` leaves it out. */
function run(config: string, rss: number, retained?: number): WorkerResult {
  const rules = config === CONFIG.parseOnly ? {} : { [RULE.duplicates]: 20 };
  return {
    files: 100,
    parse_ms: 1_000,
    rules_ms: rules,
    lint_wall_ms: 2_000,
    lint_cpu_ms: 2_000,
    peak_rss_mb: rss,
    ...(retained === undefined ? {} : { retained_heap_mb: retained }),
    messages: 0,
    messages_by_rule: {},
    fatal: 0,
    fatal_samples: [],
  };
}

/** Three runs of each configuration on one corpus, with these retained heaps (MB) per run. */
function evaluated(retained: Record<string, (number | undefined)[]>) {
  const peaks: Record<string, number> = { [CONFIG.parseOnly]: 600, [RULE.duplicates]: 900, [CONFIG.recommended]: 700 };
  const summaries = Object.entries(retained).map(([config, heaps]) =>
    summarise(
      { key: 'effect', corpus: 'effect@1.0.0', config },
      heaps.map((heap) => run(config, peaks[config] ?? 0, heap)),
    ),
  );
  return evaluate(summaries, [{ key: 'effect', role: 'large' }]);
}

describe('bench retained heap', () => {
  it('divides the median heap kept after the run by parse-only’s, unjudged beside the judged peak', () => {
    const result = evaluated({
      [CONFIG.parseOnly]: [60, 70, 64],
      [RULE.duplicates]: [80, 72, 76],
      [CONFIG.recommended]: [90, 96, 99],
    });
    const ratios = result.ratios.effect ?? {};
    expect(ratios.no_duplicate_definitions_rss_over_parse_only_rss).toBeCloseTo(1.5, 6);
    expect(result.verdicts.effect?.no_duplicate_definitions_rss_over_parse_only_rss).toBe('MISSED');
    expect(ratios.no_duplicate_definitions_retained_heap_over_parse_only).toBeCloseTo(76 / 64, 6);
    expect(ratios.recommended_retained_heap_over_parse_only).toBeCloseTo(96 / 64, 6);
    expect(result.verdicts.effect?.no_duplicate_definitions_retained_heap_over_parse_only).toBe('info');
    expect(result.verdicts.effect?.recommended_retained_heap_over_parse_only).toBe('info');
  });

  it('gives no figure when the workers could not collect', () => {
    const result = evaluated({
      [CONFIG.parseOnly]: [undefined, undefined, undefined],
      [RULE.duplicates]: [undefined, undefined, undefined],
    });
    expect(result.ratios.effect?.no_duplicate_definitions_retained_heap_over_parse_only).toBeNull();
    expect(result.ratios.effect?.no_duplicate_definitions_rss_over_parse_only_rss).toBeCloseTo(1.5, 6);
  });
});
