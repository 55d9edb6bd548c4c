// The report as Markdown for a pull-request comment: the score first, details folded away, and a
// bounded size. GitHub rejects a comment over 65,536 characters, and then the documented
// `gh pr comment` step fails: every section past the scores gets only the room that is left.
import { violationDetails } from './markdown-details.js';
import { migrationMarkdown } from './migration-text.js';
import { codeSpan, escapeMarkdown, fitSection, ruleLink, sizeOf } from './markdown-text.js';
import { topFiles, topRulesByCategory, totals, type CategoryScore, type ComplianceReport } from './score.js';
import { countOf, DEFAULT_TOP, formatCount } from './table.js';
import { describeThreshold, formatScore, type ThresholdResult } from './thresholds.js';

export { codeSpan, escapeMarkdown } from './markdown-text.js';

export interface MarkdownOptions {
  top?: number;
  thresholds?: readonly ThresholdResult[];
  /** Rule id → documentation URL, to link rule names. */
  ruleUrls?: Readonly<Record<string, string>>;
  /** Most lines in the folded list of violations. Default 200. */
  maxDetails?: number;
  /** Most characters in the whole report. Default 60,000. */
  maxLength?: number;
  /**
   * The `--json` file written by the same run (`-` for stdout), named where the comment leaves
   * something out; without it the comment names the flag instead.
   */
  jsonFile?: string;
}

export const DEFAULT_MAX_DETAILS = 200;

/** GitHub's limit is 65,536 characters; the rest is room for text a workflow adds around the report. */
export const MARKDOWN_BUDGET = 60_000;

function categoryRow(name: string, category: CategoryScore): string {
  return `| ${name} | ${category.total_files} | ${category.files_with_violations} | ${category.violations} | ${formatScore(category.score)} |`;
}

/** The score, the thresholds and the category table: always shown, whatever the size of the rest. */
function scoreLines(report: ComplianceReport, thresholds: readonly ThresholdResult[]): string[] {
  const sum = totals(report);
  const lines = [
    `## SSOT compliance: ${formatScore(report.compliance_score)}%`,
    '',
    `${sum.files_with_violations} of ${countOf(sum.total_files, 'file')} with violations, ${countOf(report.total_violations, 'violation')}.`,
    '',
  ];
  if (thresholds.length > 0) {
    for (const result of thresholds) {
      lines.push(`- ${result.passed ? '✅' : '❌'} ${escapeMarkdown(describeThreshold(result))}`);
    }
    lines.push('');
  }
  lines.push('| Category | Files | With violations | Violations | Score |', '| --- | ---: | ---: | ---: | ---: |');
  for (const [name, category] of Object.entries(report.category_scores)) {
    lines.push(categoryRow(escapeMarkdown(name), category));
  }
  lines.push(categoryRow('**Total**', sum));
  return lines;
}

/** Rules × the categories that have violations, as in the summary table. */
function ruleHeadAndRows(report: ComplianceReport, top: number, urls: Readonly<Record<string, string>>) {
  const { categories, rows } = topRulesByCategory(report, top);
  const withTotal = categories.length > 1;
  const columns = [...categories.map(escapeMarkdown), ...(withTotal ? ['Total'] : [])];
  const head = [
    '',
    '### Top rules',
    '',
    `| Rule | ${columns.join(' | ')} |`,
    `| --- |${columns.map(() => ' ---: |').join('')}`,
  ];
  const body = rows.map((row) => {
    const counts = [...row.byCategory, ...(withTotal ? [row.total] : [])];
    return `| ${ruleLink(row.rule, urls, true)} | ${counts.join(' | ')} |`;
  });
  return { head, rows: body };
}

function fileHeadAndRows(report: ComplianceReport, top: number) {
  const files = topFiles(report, top);
  const withOverLimit = files.some((file) => (file.lines_over_limit ?? 0) > 0);
  const head = [
    '',
    '### Top files',
    '',
    `| File | Category | Violations |${withOverLimit ? ' Lines over limit |' : ''}`,
    `| --- | --- | ---: |${withOverLimit ? ' ---: |' : ''}`,
  ];
  const rows = files.map((file) => {
    const overLimit = withOverLimit ? ` ${file.lines_over_limit ? formatCount(file.lines_over_limit) : ''} |` : '';
    return `| ${codeSpan(file.path, true)} | ${escapeMarkdown(file.category)} | ${file.messages.length} |${overLimit}`;
  });
  return { head, rows };
}

function parseErrorHeadAndRows(report: ComplianceReport) {
  const count = report.parse_errors.length;
  const head = [
    '',
    `**${countOf(count, 'file')} could not be parsed and ${count === 1 ? 'was' : 'were'} not checked:**`,
    '',
  ];
  const rows = report.parse_errors.map(
    (error) => `- ${codeSpan(`${error.path}:${error.line}`)}: ${escapeMarkdown(error.message)}`,
  );
  return { head, rows };
}

export function renderMarkdown(report: ComplianceReport, options: MarkdownOptions = {}): string {
  const top = options.top ?? DEFAULT_TOP;
  const urls = options.ruleUrls ?? {};
  const { jsonFile } = options;
  const head = scoreLines(report, options.thresholds ?? []);
  const foot = [
    '',
    `<sub>${escapeMarkdown(`${report.tool.name} ${report.tool.version}`)}, ${report.generated_at}</sub>`,
  ];
  let room = (options.maxLength ?? MARKDOWN_BUDGET) - sizeOf(head) - sizeOf(foot);

  const take = (section: { head: string[]; rows: string[] }, noun: string, share = room): string[] => {
    if (section.rows.length === 0) return [];
    const lines = fitSection(section.head, section.rows, share, { noun, jsonFile });
    room -= sizeOf(lines);
    return lines;
  };
  const rules = take(ruleHeadAndRows(report, top, urls), 'rule');
  const files = take(fileHeadAndRows(report, top), 'file');
  const migration = take(migrationMarkdown(report.migration), 'compatibility module');
  // Files that could not be parsed are few, but a broken parser setup must not crowd out the violations.
  const parseErrors = take(parseErrorHeadAndRows(report), 'file', Math.floor(room / 2));
  const details = violationDetails(report, {
    urls,
    maxDetails: options.maxDetails ?? DEFAULT_MAX_DETAILS,
    room,
    jsonFile,
  });
  return `${[...head, ...rules, ...files, ...migration, ...details, ...parseErrors, ...foot].join('\n')}\n`;
}
