// The report as Markdown for a pull-request comment: the score first, details folded away, and a
// bounded length (GitHub rejects comments over 65,536 characters).
import { topFiles, topRules, totals, type CategoryScore, type ComplianceReport } from './score.js';
import { describeThreshold, formatScore, type ThresholdResult } from './thresholds.js';
import { countOf, DEFAULT_TOP } from './table.js';

export interface MarkdownOptions {
  top?: number;
  thresholds?: readonly ThresholdResult[];
  /** Rule id → documentation URL, to link rule names. */
  ruleUrls?: Readonly<Record<string, string>>;
  /** Most violations listed in the folded details. Default 200. */
  maxDetails?: number;
}

export const DEFAULT_MAX_DETAILS = 200;

/** Text safe inside a table cell or list item: no pipes, HTML or line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/gu, ' ')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/([\\|*_[\]`])/gu, '\\$1');
}

/**
 * A code span that survives backticks in file names; in a table cell a pipe must still be escaped
 * (GitHub splits cells before it parses code spans).
 */
export function codeSpan(text: string, inTable = false): string {
  const oneLine = text.replace(/\r?\n/gu, ' ');
  const flat = inTable ? oneLine.replace(/\|/gu, '\\|') : oneLine;
  const longestRun = Math.max(0, ...(flat.match(/`+/gu) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return longestRun === 0 ? `${fence}${flat}${fence}` : `${fence} ${flat} ${fence}`;
}

function ruleLink(rule: string, urls: Readonly<Record<string, string>>, inTable = false): string {
  const url = urls[rule];
  return url ? `[${codeSpan(rule, inTable)}](${url})` : codeSpan(rule, inTable);
}

function categoryRow(name: string, category: CategoryScore): string {
  return `| ${name} | ${category.total_files} | ${category.files_with_violations} | ${category.violations} | ${formatScore(category.score)} |`;
}

export function renderMarkdown(report: ComplianceReport, options: MarkdownOptions = {}): string {
  const top = options.top ?? DEFAULT_TOP;
  const urls = options.ruleUrls ?? {};
  const maxDetails = options.maxDetails ?? DEFAULT_MAX_DETAILS;
  const sum = totals(report);
  const lines: string[] = [
    `## SSOT compliance: ${formatScore(report.compliance_score)}%`,
    '',
    `${sum.files_with_violations} of ${countOf(sum.total_files, 'file')} with violations, ${countOf(report.total_violations, 'violation')}.`,
    '',
  ];

  if (options.thresholds && options.thresholds.length > 0) {
    for (const result of options.thresholds) {
      lines.push(`- ${result.passed ? '✅' : '❌'} ${escapeMarkdown(describeThreshold(result))}`);
    }
    lines.push('');
  }

  lines.push('| Category | Files | With violations | Violations | Score |', '| --- | ---: | ---: | ---: | ---: |');
  for (const [name, category] of Object.entries(report.category_scores)) {
    lines.push(categoryRow(escapeMarkdown(name), category));
  }
  lines.push(categoryRow('**Total**', sum));

  const rules = topRules(report, top);
  if (rules.length > 0) {
    lines.push('', '### Top rules', '', '| Rule | Violations |', '| --- | ---: |');
    for (const [rule, count] of rules) lines.push(`| ${ruleLink(rule, urls, true)} | ${count} |`);
  }

  const files = topFiles(report, top);
  if (files.length > 0) {
    lines.push('', '### Top files', '', '| File | Category | Violations |', '| --- | --- | ---: |');
    for (const file of files) {
      lines.push(`| ${codeSpan(file.path, true)} | ${escapeMarkdown(file.category)} | ${file.messages.length} |`);
    }
  }

  if (report.total_violations > 0) {
    lines.push('', `<details><summary>All ${countOf(report.total_violations, 'violation')}</summary>`, '');
    let listed = 0;
    for (const file of report.files) {
      for (const message of file.messages) {
        if (listed === maxDetails) break;
        lines.push(
          `- ${codeSpan(`${file.path}:${message.line}:${message.column}`)} ${ruleLink(message.rule, urls)}: ${escapeMarkdown(message.message)}`,
        );
        listed += 1;
      }
    }
    if (report.total_violations > listed)
      lines.push(`- … and ${report.total_violations - listed} more (see the JSON report).`);
    lines.push('', '</details>');
  }

  if (report.parse_errors.length > 0) {
    lines.push(
      '',
      `**${countOf(report.parse_errors.length, 'file')} could not be parsed and ${report.parse_errors.length === 1 ? 'was' : 'were'} not checked:**`,
      '',
    );
    for (const error of report.parse_errors) {
      lines.push(`- ${codeSpan(`${error.path}:${error.line}`)}: ${escapeMarkdown(error.message)}`);
    }
  }

  lines.push('', `<sub>${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}, ${report.generated_at}</sub>`);
  return `${lines.join('\n')}\n`;
}
