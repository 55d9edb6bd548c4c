// From ESLint results to the files the report scores: which results count, which messages count,
// and which category each file belongs to. Shared by the CLI and the formatter.
import path from 'node:path';
import type { ESLint } from 'eslint';
import { globError, globMatcher } from '../project/glob.js';
import { relativeToRoot, toPosix } from '../project/paths.js';
import { categoryOf, parseSettings, SsotSettingsError, type ResolvedSettings } from '../project/settings.js';
import { AuditUsageError } from './errors.js';
import { PACKAGE_INFO } from '../package-info.js';
import { buildReport, type AuditFile, type AuditMessage, type ComplianceReport, type ParseError } from './score.js';

/** Rules counted by default: ours. `--rules` adds more. */
export const DEFAULT_RULE_PATTERNS: readonly string[] = ['ssot/*'];

/** A category given on the command line: it replaces `settings.ssot.categories`. */
export interface CategoryOverride {
  name: string;
  files: string[];
}

/** Throws a usage error naming the first `--rules` glob that is not a valid pattern. */
export function assertValidRulePatterns(patterns: readonly string[]): void {
  for (const pattern of patterns) {
    const problem = globError(pattern);
    if (problem) throw new AuditUsageError(`--rules has an invalid pattern ${JSON.stringify(pattern)}: ${problem}.`);
  }
}

/** Predicate over rule ids: `ssot/*` plus the given globs (`import/*`, `no-console`, `**` for all). */
export function ruleMatcher(extraPatterns: readonly string[] = []): (ruleId: string) => boolean {
  assertValidRulePatterns(extraPatterns);
  const matches = globMatcher([...DEFAULT_RULE_PATTERNS, ...extraPatterns]);
  return (ruleId) => matches(ruleId);
}

const IGNORED_FILE_WARNING = /^File ignored\b/u;

/**
 * ESLint reports a file that was named explicitly but is ignored as a result holding one warning
 * without a rule. Such a file was not linted, so it must not count in `total_files`.
 */
export function isIgnoredResult(result: Pick<ESLint.LintResult, 'messages'>): boolean {
  const [only, ...rest] = result.messages;
  return rest.length === 0 && only?.ruleId === null && !only.fatal && IGNORED_FILE_WARNING.test(only.message);
}

/** Reads `settings.ssot` of one file (normally through `ESLint#calculateConfigForFile`). */
export type SettingsLookup = (filePath: string) => Promise<unknown>;

export interface CategoryResolver {
  /** Category of an absolute file path. */
  categoryOf(filePath: string): Promise<string>;
  /** Every category name met in the settings read so far, in declaration order. */
  declaredCategories(): string[];
}

/**
 * Categories as the rules see them: from each file's own `settings.ssot` (flat config may give
 * different files different settings), unless `overrides` replaces them for the whole run.
 */
export function createCategoryResolver(
  lookup: SettingsLookup,
  cwd: string,
  overrides: readonly CategoryOverride[] = [],
): CategoryResolver {
  const parsed = new WeakMap<object, ResolvedSettings>();
  let withoutSettings: ResolvedSettings | undefined;
  const declared = new Set<string>();

  function resolve(raw: unknown): ResolvedSettings {
    const cached = typeof raw === 'object' && raw !== null ? parsed.get(raw) : withoutSettings;
    if (cached) return cached;
    let settings: ResolvedSettings;
    try {
      settings = parseSettings(raw, cwd);
    } catch (error) {
      if (error instanceof SsotSettingsError) throw new AuditUsageError(error.message);
      throw error;
    }
    if (overrides.length > 0) settings = { ...settings, categories: overrides };
    for (const category of settings.categories) declared.add(category.name);
    if (typeof raw === 'object' && raw !== null) parsed.set(raw, settings);
    else withoutSettings = settings;
    return settings;
  }

  return {
    async categoryOf(filePath) {
      const settings = resolve(await lookup(filePath));
      return categoryOf(settings, relativeToRoot(filePath, settings.rootDir));
    },
    declaredCategories: () => [...declared],
  };
}

/** `settings.ssot` of a file from a calculated config; `undefined` when the file has no config. */
export function ssotSettingsOf(config: unknown): unknown {
  const settings = (config as { settings?: Record<string, unknown> } | undefined)?.settings;
  return settings?.ssot;
}

export interface CollectOptions {
  cwd: string;
  countsRule: (ruleId: string) => boolean;
  categories: CategoryResolver;
}

export interface Collected {
  files: AuditFile[];
  parseErrors: ParseError[];
}

/** Linted files with their counted messages; ignored files are dropped, unparsable ones noted. */
export async function collectFiles(results: readonly ESLint.LintResult[], options: CollectOptions): Promise<Collected> {
  const files: AuditFile[] = [];
  const parseErrors: ParseError[] = [];
  for (const result of results) {
    if (isIgnoredResult(result)) continue;
    // `eslint --stdin` without a file name reports `<text>`, which is no path to relativise.
    const relativePath = path.isAbsolute(result.filePath)
      ? toPosix(path.relative(options.cwd, result.filePath))
      : result.filePath;
    const messages: AuditMessage[] = [];
    for (const message of result.messages) {
      if (message.fatal) {
        parseErrors.push({ path: relativePath, line: message.line, message: message.message });
      } else if (message.ruleId !== null && options.countsRule(message.ruleId)) {
        messages.push({
          rule: message.ruleId,
          line: message.line,
          column: message.column,
          ...(message.endLine === undefined ? {} : { end_line: message.endLine }),
          ...(message.endColumn === undefined ? {} : { end_column: message.endColumn }),
          severity: message.severity === 2 ? 'error' : 'warning',
          message: message.message,
        });
      }
    }
    files.push({ path: relativePath, category: await options.categories.categoryOf(result.filePath), messages });
  }
  return { files, parseErrors };
}

export interface ReportFromResultsOptions {
  cwd: string;
  /** The `settings` of the configuration a file was linted with (`ESLint#calculateConfigForFile`). */
  settingsOf: SettingsLookup;
  countsRule: (ruleId: string) => boolean;
  /** Replace `settings.ssot.categories`. */
  categories?: readonly CategoryOverride[];
  generatedAt: Date;
}

/** The compliance report of ESLint results: the one path shared by the CLI, the formatter and the demo. */
export async function reportFromResults(
  results: readonly ESLint.LintResult[],
  options: ReportFromResultsOptions,
): Promise<ComplianceReport> {
  const categories = createCategoryResolver(options.settingsOf, options.cwd, options.categories);
  const { files, parseErrors } = await collectFiles(results, {
    cwd: options.cwd,
    countsRule: options.countsRule,
    categories,
  });
  return buildReport(files, {
    categories: categories.declaredCategories(),
    parseErrors,
    generatedAt: options.generatedAt,
    tool: { name: PACKAGE_INFO.name, version: PACKAGE_INFO.version },
  });
}
