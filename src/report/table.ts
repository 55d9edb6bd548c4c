// The human summary printed by `ssot-audit`: plain text, aligned columns, no colour (it is also
// read in CI logs).
import {
  topFiles,
  topRulesByCategory,
  totals,
  type AuditFile,
  type CategoryScore,
  type ComplianceReport,
} from './score.js';
import { alignColumns, countOf } from './columns.js';
import { migrationLines } from './migration-text.js';
import { describeThreshold, formatScore, type ThresholdResult } from './thresholds.js';

export { alignColumns, countOf } from './columns.js';

export interface SummaryOptions {
  /** Rows in the top-files and top-rules lists. Default 10. */
  top?: number;
  thresholds?: readonly ThresholdResult[];
}

export const DEFAULT_TOP = 10;

type Align = 'left' | 'right';

function categoryRow(name: string, category: CategoryScore): string[] {
  return [
    name,
    String(category.total_files),
    String(category.files_with_violations),
    String(category.violations),
    formatScore(category.score),
  ];
}

function indent(lines: readonly string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

/** Counts as the max-lines messages print them: 1,756. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/**
 * Rules × the categories that have violations; a total column only when there are several (with
 * one category, its column is the total).
 */
function ruleLines(report: ComplianceReport, top: number): string[] {
  const { categories, rows } = topRulesByCategory(report, top);
  if (rows.length === 0) return ['  No violations.'];
  const withTotal = categories.length > 1;
  const header = ['Rule', ...categories, ...(withTotal ? ['Total'] : [])];
  const body = rows.map((row) => [row.rule, ...row.byCategory.map(String), ...(withTotal ? [String(row.total)] : [])]);
  return indent(alignColumns([header, ...body], ['left', ...header.slice(1).map((): Align => 'right')]));
}

/** The worst files (see `topFiles`); how far over the line limit only when a listed file is. */
function fileLines(files: readonly AuditFile[]): string[] {
  const withOverLimit = files.some((file) => (file.lines_over_limit ?? 0) > 0);
  const table = [
    ['File', 'Category', 'Violations', ...(withOverLimit ? ['Lines over limit'] : [])],
    ...files.map((file) => [
      file.path,
      file.category,
      String(file.messages.length),
      ...(withOverLimit ? [file.lines_over_limit ? formatCount(file.lines_over_limit) : ''] : []),
    ]),
  ];
  return indent(alignColumns(table, ['left', 'left', 'right', 'right']));
}

export function renderTable(report: ComplianceReport, options: SummaryOptions = {}): string {
  const top = options.top ?? DEFAULT_TOP;
  const sum = totals(report);
  const lines: string[] = [
    `SSOT compliance: ${formatScore(report.compliance_score)}% (${sum.files_with_violations} of ${countOf(sum.total_files, 'file')} with violations, ${countOf(report.total_violations, 'violation')})`,
    '',
    ...alignColumns(
      [
        ['Category', 'Files', 'With violations', 'Violations', 'Score'],
        ...Object.entries(report.category_scores).map(([name, category]) => categoryRow(name, category)),
        categoryRow('Total', sum),
      ],
      ['left', 'right', 'right', 'right', 'right'],
    ),
  ];

  lines.push('', 'Top rules', ...ruleLines(report, top));
  const files = topFiles(report, top);
  if (files.length > 0) lines.push('', 'Top files', ...fileLines(files));
  lines.push(...migrationLines(report.migration));

  if (report.parse_errors.length > 0) {
    lines.push('', 'Not checked (parse errors)');
    lines.push(...indent(report.parse_errors.map((error) => `${error.path}:${error.line}  ${error.message}`)));
  }

  if (options.thresholds && options.thresholds.length > 0) {
    lines.push('', 'Thresholds');
    lines.push(
      ...indent(options.thresholds.map((result) => `${result.passed ? 'PASS' : 'FAIL'}  ${describeThreshold(result)}`)),
    );
  }
  return `${lines.join('\n')}\n`;
}
