import { describe, expect, it } from 'vitest';
import {
  buildReport,
  complianceScore,
  topFiles,
  topRules,
  topRulesByCategory,
  totals,
  type AuditFile,
  type AuditMessage,
} from '../../src/report/score.js';

const TOOL = { name: 'eslint-plugin-ssot', version: '0.0.0-test' };
const NOW = new Date('2026-01-02T03:04:05.000Z');

function message(rule = 'ssot/max-lines', line = 1): AuditMessage {
  return { rule, line, column: 1, severity: 'warning', message: 'Fix it.' };
}

/** `count` files of one category, the first `withViolations` of them with one message each. */
function files(category: string, count: number, withViolations: number): AuditFile[] {
  return Array.from({ length: count }, (_, index) => ({
    path: `${category}/file-${String(index).padStart(4, '0')}.ts`,
    category,
    messages: index < withViolations ? [message()] : [],
  }));
}

describe('complianceScore', () => {
  it('gives the seed scores of the issue exactly', () => {
    expect(complianceScore(0, 866)).toBe(100);
    expect(complianceScore(12, 287)).toBe(95.81881533101046);
    // The hand-run audit's overall figure, counted with 15 files over the whole codebase.
    expect(complianceScore(15, 1153)).toBe(98.6990459670425);
  });

  it('treats a category without files as fully compliant', () => {
    expect(complianceScore(0, 0)).toBe(100);
  });

  it('is 0 when every file has a violation', () => {
    expect(complianceScore(7, 7)).toBe(0);
  });
});

describe('buildReport', () => {
  it('reproduces the seed category figures and derives consistent totals from them', () => {
    const report = buildReport([...files('real_system', 866, 0), ...files('test_files', 287, 12)], {
      categories: ['test_files'],
      generatedAt: NOW,
      tool: TOOL,
    });

    expect(report.category_scores).toEqual({
      real_system: { violations: 0, files_with_violations: 0, total_files: 866, score: 100 },
      test_files: { violations: 12, files_with_violations: 12, total_files: 287, score: 95.81881533101046 },
    });
    expect(report.total_violations).toBe(12);
    expect(report.compliance_score).toBe(100 * (1 - 12 / 1153));
    expect(report.compliance_score).toBeCloseTo(98.959, 3);
    expect(report.generated_at).toBe('2026-01-02T03:04:05.000Z');
    expect(report.tool).toEqual(TOOL);
  });

  it('has exactly the field names of the issue plus the extra fields', () => {
    const report = buildReport(files('real_system', 2, 1), { generatedAt: NOW, tool: TOOL });
    expect(Object.keys(report)).toEqual([
      'total_violations',
      'compliance_score',
      'category_scores',
      'by_rule',
      'by_rule_and_category',
      'files',
      'parse_errors',
      'generated_at',
      'tool',
    ]);
    expect(Object.keys(report.category_scores.real_system ?? {})).toEqual([
      'violations',
      'files_with_violations',
      'total_files',
      'score',
    ]);
  });

  it('counts every violation but each file once in files_with_violations', () => {
    const report = buildReport(
      [
        { path: 'a.ts', category: 'real_system', messages: [message(), message('ssot/no-process-env', 3), message()] },
        { path: 'b.ts', category: 'real_system', messages: [] },
      ],
      { generatedAt: NOW, tool: TOOL },
    );
    expect(report.category_scores.real_system).toEqual({
      violations: 3,
      files_with_violations: 1,
      total_files: 2,
      score: 50,
    });
    expect(report.total_violations).toBe(3);
    expect(report.by_rule).toEqual({ 'ssot/max-lines': 2, 'ssot/no-process-env': 1 });
  });

  it('lists real_system first, then declared categories, then categories only met in files', () => {
    const report = buildReport(
      [
        { path: 'x.ts', category: 'scripts', messages: [] },
        { path: 'y.ts', category: 'real_system', messages: [] },
      ],
      { categories: ['test_files', 'legacy'], generatedAt: NOW, tool: TOOL },
    );
    expect(Object.keys(report.category_scores)).toEqual(['real_system', 'test_files', 'legacy', 'scripts']);
    expect(report.category_scores.legacy).toEqual({
      violations: 0,
      files_with_violations: 0,
      total_files: 0,
      score: 100,
    });
  });

  it('scores an empty run as 100 with no violations', () => {
    const report = buildReport([], { generatedAt: NOW, tool: TOOL });
    expect(report.compliance_score).toBe(100);
    expect(report.total_violations).toBe(0);
    expect(report.files).toEqual([]);
  });

  it('keeps only files with messages in files, sorted by path', () => {
    const report = buildReport(
      [
        { path: 'src/z.ts', category: 'real_system', messages: [message()] },
        { path: 'src/clean.ts', category: 'real_system', messages: [] },
        { path: 'src/a.ts', category: 'real_system', messages: [message()] },
      ],
      { generatedAt: NOW, tool: TOOL },
    );
    expect(report.files.map((file) => file.path)).toEqual(['src/a.ts', 'src/z.ts']);
  });

  it('orders by_rule by count, then by rule id', () => {
    const report = buildReport(
      [
        {
          path: 'a.ts',
          category: 'real_system',
          messages: [message('ssot/b'), message('ssot/a'), message('ssot/c'), message('ssot/c')],
        },
      ],
      { generatedAt: NOW, tool: TOOL },
    );
    expect(Object.keys(report.by_rule)).toEqual(['ssot/c', 'ssot/a', 'ssot/b']);
  });
});

describe('summaries', () => {
  const report = buildReport(
    [
      { path: 'b.ts', category: 'real_system', messages: [message(), message()] },
      { path: 'a.ts', category: 'test_files', messages: [message()] },
      { path: 'c.ts', category: 'test_files', messages: [message('ssot/x'), message('ssot/x'), message('ssot/x')] },
      { path: 'd.ts', category: 'test_files', messages: [] },
    ],
    { generatedAt: NOW, tool: TOOL },
  );

  it('ranks files by violations, then path, up to the limit', () => {
    expect(topFiles(report, 2).map((file) => file.path)).toEqual(['c.ts', 'b.ts']);
  });

  it('ranks files by lines over the max-lines limit before violations', () => {
    const tooLong = (lines: number, limit: number): AuditMessage => ({
      ...message('ssot/max-lines'),
      message: `x.ts has ${lines.toLocaleString('en-US')} lines (limit ${limit} for non-test files). Split it.`,
    });
    const ranked = buildReport(
      [
        { path: 'a-515.ts', category: 'real_system', messages: [tooLong(515, 500)] },
        { path: 'b-many.ts', category: 'real_system', messages: [message('ssot/x'), message('ssot/x')] },
        { path: 'c-2056.ts', category: 'real_system', messages: [tooLong(2056, 300)] },
      ],
      { generatedAt: NOW, tool: TOOL },
    );
    expect(topFiles(ranked, 3).map((file) => [file.path, file.lines_over_limit])).toEqual([
      ['c-2056.ts', 1756],
      ['a-515.ts', 15],
      ['b-many.ts', undefined],
    ]);
    expect(Object.keys(ranked.files.find((file) => file.path === 'c-2056.ts') ?? {})).toEqual([
      'path',
      'category',
      'lines_over_limit',
      'messages',
    ]);
  });

  it('counts violations per rule and category, every category listed', () => {
    expect(report.by_rule_and_category).toEqual({
      'ssot/max-lines': { real_system: 2, test_files: 1 },
      'ssot/x': { real_system: 0, test_files: 3 },
    });
    expect(topRulesByCategory(report, 1)).toEqual({
      categories: ['real_system', 'test_files'],
      rows: [{ rule: 'ssot/max-lines', byCategory: [2, 1], total: 3 }],
    });
  });

  it('leaves categories without violations out of the rule × category table', () => {
    const oneCategory = buildReport(
      [
        { path: 'a.ts', category: 'real_system', messages: [message()] },
        { path: 'b.test.ts', category: 'test_files', messages: [] },
      ],
      { generatedAt: NOW, tool: TOOL },
    );
    expect(oneCategory.by_rule_and_category).toEqual({ 'ssot/max-lines': { real_system: 1, test_files: 0 } });
    expect(topRulesByCategory(oneCategory, 10).categories).toEqual(['real_system']);
  });

  it('ranks rules by violations, up to the limit', () => {
    expect(topRules(report, 1)).toEqual([['ssot/max-lines', 3]]);
  });

  it('sums the categories into totals', () => {
    expect(totals(report)).toEqual({
      violations: 6,
      files_with_violations: 3,
      total_files: 4,
      score: 25,
    });
  });
});
