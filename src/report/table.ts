// The human summary printed by `ssot-audit`: plain text, aligned columns, no colour (it is also
// read in CI logs).
import { topFiles, topRules, totals, type CategoryScore, type ComplianceReport } from './score.js';
import { describeThreshold, formatScore, type ThresholdResult } from './thresholds.js';

export interface SummaryOptions {
  /** Rows in the top-files and top-rules lists. Default 10. */
  top?: number;
  thresholds?: readonly ThresholdResult[];
}

export const DEFAULT_TOP = 10;

type Align = 'left' | 'right';

export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Pads cells so each column lines up; the last column carries no trailing spaces. */
export function alignColumns(rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, index) => {
        const width = widths[index] ?? 0;
        return align[index] === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd(),
  );
}

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

  lines.push('', 'Top rules');
  const rules = topRules(report, top);
  lines.push(
    ...(rules.length === 0
      ? ['  No violations.']
      : indent(
          alignColumns(
            rules.map(([rule, count]) => [rule, String(count)]),
            ['left', 'right'],
          ),
        )),
  );

  const files = topFiles(report, top);
  if (files.length > 0) {
    lines.push('', 'Top files');
    lines.push(
      ...indent(
        alignColumns(
          files.map((file) => [file.path, file.category, String(file.messages.length)]),
          ['left', 'left', 'right'],
        ),
      ),
    );
  }

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
