// Pure scoring: from per-file findings to the compliance report. No ESLint, no file system, so
// the figures can be checked exactly and the CLI, the formatter and the demo agree by construction.
import type { MigrationSection } from './migration.js';
import { DEFAULT_CATEGORY } from '../project/settings.js';
import { fileLinesOverLimit } from './severity.js';

export interface AuditMessage {
  rule: string;
  line: number;
  column: number;
  /** Where the reported range ends, the column just past it (as ESLint gives it); absent when the rule gave no end. */
  end_line?: number;
  end_column?: number;
  severity: 'warning' | 'error';
  message: string;
}

/** One linted file: `messages` holds only the counted rules' messages (possibly none). */
export interface AuditFile {
  /** POSIX path relative to the directory the audit ran in. */
  path: string;
  category: string;
  /** How many lines the file is over its `ssot/max-lines` limit; only on files reported for it. */
  lines_over_limit?: number;
  messages: AuditMessage[];
}

/** A file ESLint could not parse: linted (so counted in `total_files`) but not checked by any rule. */
export interface ParseError {
  path: string;
  line: number;
  message: string;
}

export interface CategoryScore {
  violations: number;
  files_with_violations: number;
  total_files: number;
  score: number;
}

export interface ComplianceReport {
  total_violations: number;
  compliance_score: number;
  category_scores: Record<string, CategoryScore>;
  /** Violations per rule id, most frequent first. */
  by_rule: Record<string, number>;
  /** Violations per rule id (as in `by_rule`) and category (as in `category_scores`), zeros included. */
  by_rule_and_category: Record<string, Record<string, number>>;
  /** Files with at least one counted message, sorted by path. */
  files: AuditFile[];
  parse_errors: ParseError[];
  generated_at: string;
  tool: { name: string; version: string };
  /** Compatibility modules and the references left to them (`ssot-audit` only; see migration.ts). */
  migration?: MigrationSection;
}

export interface ReportOptions {
  /**
   * Categories to list even when no file fell into them, in display order. `real_system` always
   * comes first; categories met only in `files` are appended in order of appearance.
   */
  categories?: readonly string[];
  parseErrors?: readonly ParseError[];
  generatedAt: Date;
  tool: { name: string; version: string };
}

/** 100 × (1 − files with violations / total files); an empty category is fully compliant. */
export function complianceScore(filesWithViolations: number, totalFiles: number): number {
  if (totalFiles === 0) return 100;
  return 100 * (1 - filesWithViolations / totalFiles);
}

function emptyCategory(): CategoryScore {
  return { violations: 0, files_with_violations: 0, total_files: 0, score: 100 };
}

function orderedCategoryNames(files: readonly AuditFile[], declared: readonly string[]): string[] {
  const names = new Set<string>([DEFAULT_CATEGORY, ...declared]);
  for (const file of files) names.add(file.category);
  return [...names];
}

function countByRule(files: readonly AuditFile[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const file of files) {
    for (const message of file.messages) counts.set(message.rule, (counts.get(message.rule) ?? 0) + 1);
  }
  const sorted = [...counts].sort(([ruleA, countA], [ruleB, countB]) => countB - countA || ruleA.localeCompare(ruleB));
  return Object.fromEntries(sorted);
}

function countByRuleAndCategory(
  files: readonly AuditFile[],
  rules: readonly string[],
  categories: readonly string[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const rule of rules) counts[rule] = Object.fromEntries(categories.map((category) => [category, 0]));
  for (const file of files) {
    for (const message of file.messages) {
      const byCategory = counts[message.rule];
      if (byCategory) byCategory[file.category] = (byCategory[file.category] ?? 0) + 1;
    }
  }
  return counts;
}

/** A file as the report lists it: with how far it is over its line limit, when it is. */
function withLinesOverLimit(file: AuditFile): AuditFile {
  const over = fileLinesOverLimit(file.messages);
  if (over === 0) return file;
  const { path, category, messages } = file;
  return { path, category, lines_over_limit: over, messages };
}

/**
 * The compliance report of a set of linted files. The overall figures are sums of the categories'
 * figures, so `total_violations` and `compliance_score` always agree with `category_scores`.
 */
export function buildReport(files: readonly AuditFile[], options: ReportOptions): ComplianceReport {
  const categoryScores: Record<string, CategoryScore> = {};
  for (const name of orderedCategoryNames(files, options.categories ?? [])) categoryScores[name] = emptyCategory();

  for (const file of files) {
    const category = categoryScores[file.category] ?? emptyCategory();
    categoryScores[file.category] = category;
    category.total_files += 1;
    category.violations += file.messages.length;
    if (file.messages.length > 0) category.files_with_violations += 1;
  }

  let totalViolations = 0;
  let totalWithViolations = 0;
  let totalFiles = 0;
  for (const category of Object.values(categoryScores)) {
    category.score = complianceScore(category.files_with_violations, category.total_files);
    totalViolations += category.violations;
    totalWithViolations += category.files_with_violations;
    totalFiles += category.total_files;
  }

  const byRule = countByRule(files);
  return {
    total_violations: totalViolations,
    compliance_score: complianceScore(totalWithViolations, totalFiles),
    category_scores: categoryScores,
    by_rule: byRule,
    by_rule_and_category: countByRuleAndCategory(files, Object.keys(byRule), Object.keys(categoryScores)),
    files: files
      .filter((file) => file.messages.length > 0)
      .map(withLinesOverLimit)
      .sort((a, b) => comparePaths(a.path, b.path)),
    parse_errors: [...(options.parseErrors ?? [])],
    generated_at: options.generatedAt.toISOString(),
    tool: { ...options.tool },
  };
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The worst files first, for the summaries: most lines over the `ssot/max-lines` limit (a file
 * 1,700 lines too long outweighs one a few lines over, though each has one message), then most
 * violations, then by path.
 */
export function topFiles(report: ComplianceReport, limit: number): AuditFile[] {
  return [...report.files]
    .sort(
      (a, b) =>
        (b.lines_over_limit ?? 0) - (a.lines_over_limit ?? 0) ||
        b.messages.length - a.messages.length ||
        comparePaths(a.path, b.path),
    )
    .slice(0, limit);
}

/** Rules with the most violations, most first. */
export function topRules(report: ComplianceReport, limit: number): [rule: string, count: number][] {
  return Object.entries(report.by_rule).slice(0, limit);
}

/**
 * Categories with at least one violation, in report order: the columns of the rule × category
 * tables (a column of zeros says nothing the category table does not).
 */
function categoriesWithViolations(report: ComplianceReport): string[] {
  return Object.entries(report.category_scores)
    .filter(([, category]) => category.violations > 0)
    .map(([name]) => name);
}

export interface RuleRow {
  rule: string;
  /** Violations in each of the table's categories, in their order. */
  byCategory: number[];
  total: number;
}

/** The top rules with their violations per category, for the rule × category tables. */
export function topRulesByCategory(report: ComplianceReport, limit: number): { categories: string[]; rows: RuleRow[] } {
  const categories = categoriesWithViolations(report);
  const rows = topRules(report, limit).map(([rule, total]) => ({
    rule,
    byCategory: categories.map((category) => report.by_rule_and_category[rule]?.[category] ?? 0),
    total,
  }));
  return { categories, rows };
}

/** Totals across categories, for the summary rows. */
export function totals(report: ComplianceReport): CategoryScore {
  const sum = emptyCategory();
  for (const category of Object.values(report.category_scores)) {
    sum.violations += category.violations;
    sum.files_with_violations += category.files_with_violations;
    sum.total_files += category.total_files;
  }
  sum.score = report.compliance_score;
  return sum;
}
