import { describe, expect, it } from 'vitest';
import { AuditUsageError } from '../../src/report/errors.js';
import { buildReport } from '../../src/report/score.js';
import { checkThresholds, describeThreshold, formatScore, parseThreshold } from '../../src/report/thresholds.js';

const report = buildReport(
  [
    { path: 'a.ts', category: 'real_system', messages: [] },
    { path: 'b.ts', category: 'real_system', messages: [] },
    {
      path: 't.test.ts',
      category: 'test_files',
      messages: [{ rule: 'ssot/x', line: 1, column: 1, severity: 'warning', message: 'M.' }],
    },
    { path: 'u.test.ts', category: 'test_files', messages: [] },
  ],
  { generatedAt: new Date(0), tool: { name: 't', version: '0' } },
);

describe('parseThreshold', () => {
  it('reads an overall minimum', () => {
    expect(parseThreshold('95')).toEqual({ min: 95 });
    expect(parseThreshold('99.5')).toEqual({ min: 99.5 });
  });

  it('reads a per-category minimum', () => {
    expect(parseThreshold('test_files=95')).toEqual({ category: 'test_files', min: 95 });
  });

  it.each(['', 'abc', '101', '-1', 'test_files=', '=95', 'a=b=1', 'test_files=high'])('rejects %j', (text) => {
    expect(() => parseThreshold(text)).toThrow(AuditUsageError);
    expect(() => parseThreshold(text)).toThrow(/--min-score expects a score from 0 to 100/);
  });
});

describe('checkThresholds', () => {
  it('passes a score equal to the minimum and fails one below', () => {
    const results = checkThresholds(report, [
      { min: 75 },
      { min: 75.01 },
      { category: 'test_files', min: 50 },
      { category: 'test_files', min: 51 },
    ]);
    expect(results.map((result) => result.passed)).toEqual([true, false, true, false]);
    expect(results[3]).toMatchObject({ category: 'test_files', actual: 50 });
  });

  it('rejects a category the report does not have, naming the known ones', () => {
    expect(() => checkThresholds(report, [{ category: 'tests', min: 90 }])).toThrow(
      'Known categories: real_system, test_files.',
    );
  });
});

describe('formatScore', () => {
  it('truncates instead of rounding up, so a failing score never reads as the minimum', () => {
    expect(formatScore(99.996)).toBe('99.99');
    expect(formatScore(95.81881533101046)).toBe('95.81');
    expect(formatScore(100)).toBe('100.00');
    expect(formatScore(58)).toBe('58.00');
    expect(formatScore(0.58 * 100)).toBe('58.00');
  });

  it('describes a result in words', () => {
    expect(describeThreshold({ category: 'test_files', min: 60, actual: 50, passed: false })).toBe(
      'test_files score 50.00 is below the minimum 60',
    );
    expect(describeThreshold({ min: 40, actual: 84.6, passed: true })).toBe(
      'compliance score 84.60 meets the minimum 40',
    );
  });
});
