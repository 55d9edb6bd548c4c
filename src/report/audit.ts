// The audit as a Node API: lint with the user's ESLint configuration, then score. The CLI is a thin
// shell around `runAudit`; the demo calls it directly.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { reportFromResults, ruleMatcher, ssotSettingsOf, type CategoryOverride } from './collect.js';
import { AuditUsageError, isConfigMissingError } from './errors.js';
import { migrationSection } from './migration.js';
import { closeMigrationLog, openMigrationLog, type MigrationLog } from '../project/migration-log.js';
import { parseSettings } from '../project/settings.js';
import type { ComplianceReport } from './score.js';
import { unmatchedGlobs, type FileConfig, type UnmatchedGlob } from './unmatched-globs.js';

export interface AuditOptions {
  /** Directory ESLint runs in; paths in the report are relative to it. */
  cwd: string;
  /** Files, directories or globs to lint, as on the `eslint` command line. Default: `.`. */
  paths?: readonly string[];
  /** An explicit flat config file instead of the `eslint.config.*` lookup. */
  configFile?: string;
  /** Replace `settings.ssot.categories` for this run. */
  categories?: readonly CategoryOverride[];
  /** Rule-id globs counted besides `ssot/*`. */
  rules?: readonly string[];
  /** Called once per linted file, for progress indicators. */
  onFileLinted?: () => void;
  /** Timestamp of the report (tests pin it). */
  now?: Date;
}

/** What a rule's `meta.docs` says about it, for the reports that describe rules (SARIF). */
export interface RuleDocs {
  description?: string;
  url?: string;
}

export interface AuditOutcome {
  report: ComplianceReport;
  /** Documentation URLs of the rules in the report, for links in the Markdown report. */
  ruleUrls: Record<string, string>;
  /** Description and documentation URL of the rules in the report, when their `meta.docs` has them. */
  ruleDocs: Record<string, RuleDocs>;
  /** Globs the user wrote (settings.ssot, --category) that match none of the linted files. */
  unmatchedGlobs: UnmatchedGlob[];
}

const PROGRESS_PLUGIN = 'ssot-audit';

/**
 * A rule that reports nothing and only tells the caller a file is being linted: ESLint's Node API
 * has no per-file callback, and counting through a rule keeps ESLint's own file enumeration.
 */
function progressConfig(onFileLinted: () => void): Linter.Config {
  return {
    plugins: {
      [PROGRESS_PLUGIN]: {
        rules: {
          progress: {
            meta: { type: 'suggestion', schema: [] },
            create() {
              onFileLinted();
              return {};
            },
          },
        },
      },
    },
    rules: { [`${PROGRESS_PLUGIN}/progress`]: 'warn' },
  };
}

const NO_FILES = /^(?:No files matching|All files matched by)/u;

/** ESLint's own errors about configuration and inputs, reworded to say what to do. */
function explainEslintError(error: unknown, options: AuditOptions): never {
  const message = error instanceof Error ? error.message : String(error);
  if (isConfigMissingError(error)) {
    throw new AuditUsageError(
      `No ESLint configuration found for ${options.cwd}: add an eslint.config.js or pass --config <file>.`,
    );
  }
  if (NO_FILES.test(message)) {
    throw new AuditUsageError(
      `Nothing to audit: ${message} Check the paths given and the ignores of the ESLint configuration.`,
    );
  }
  throw new AuditUsageError(`ESLint failed: ${message}`);
}

function ruleDocsOf(eslint: ESLint, results: ESLint.LintResult[]): Record<string, RuleDocs> {
  const docs: Record<string, RuleDocs> = {};
  for (const [ruleId, meta] of Object.entries(eslint.getRulesMetaForResults(results))) {
    const { description, url } = meta.docs ?? {};
    docs[ruleId] = { ...(description ? { description } : {}), ...(url ? { url } : {}) };
  }
  return docs;
}

function urlsOf(docs: Readonly<Record<string, RuleDocs>>): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [ruleId, { url }] of Object.entries(docs)) if (url) urls[ruleId] = url;
  return urls;
}

async function lint(options: AuditOptions): Promise<{ eslint: ESLint; results: ESLint.LintResult[] }> {
  try {
    const eslint = new ESLint({
      cwd: options.cwd,
      ...(options.configFile === undefined ? {} : { overrideConfigFile: options.configFile }),
      ...(options.onFileLinted ? { overrideConfig: progressConfig(options.onFileLinted) } : {}),
      // Ignored files are not part of the codebase being scored: leave them out of the results.
      warnIgnored: false,
    });
    return { eslint, results: await eslint.lintFiles([...(options.paths ?? ['.'])]) };
  } catch (error) {
    explainEslintError(error, options);
  }
}

/** Runs `lint` while canonical-imports tells the Migration section what it finds. */
export async function lintWithMigrationLog<T>(lint: () => Promise<T>): Promise<{ linted: T; log: MigrationLog }> {
  const log = openMigrationLog();
  try {
    return { linted: await lint(), log };
  } finally {
    closeMigrationLog();
  }
}

/**
 * What ssot-audit makes of a lint's `results`: the compliance report with its Migration section (from
 * the `log` kept while the lint ran), and each file's config, calculated once for whoever reads it next.
 */
export async function auditResults(
  eslint: ESLint,
  results: readonly ESLint.LintResult[],
  log: MigrationLog,
  options: {
    cwd: string;
    countsRule: (ruleId: string) => boolean;
    categories?: readonly CategoryOverride[];
    now?: Date;
  },
): Promise<{ report: ComplianceReport; configOf: (filePath: string) => Promise<FileConfig | undefined> }> {
  // The categories and the unmatched-glob check both read each file's config: calculate it once.
  const configs = new Map<string, Promise<FileConfig | undefined>>();
  const configOf = (filePath: string): Promise<FileConfig | undefined> => {
    let config = configs.get(filePath);
    if (!config) {
      config = eslint.calculateConfigForFile(filePath) as Promise<FileConfig | undefined>;
      configs.set(filePath, config);
    }
    return config;
  };
  const settingsOf = async (filePath: string): Promise<unknown> => ssotSettingsOf(await configOf(filePath));
  const report = await reportFromResults(results, {
    cwd: options.cwd,
    settingsOf,
    countsRule: options.countsRule,
    categories: options.categories,
    generatedAt: options.now ?? new Date(),
  });
  report.migration = await migrationSection(log, {
    cwd: options.cwd,
    linted: new Set(results.map((result) => result.filePath)),
    rootDirOf: async (file) => parseSettings(await settingsOf(file), options.cwd).rootDir,
  });
  return { report, configOf };
}

export async function runAudit(options: AuditOptions): Promise<AuditOutcome> {
  const countsRule = ruleMatcher(options.rules);
  if (options.configFile !== undefined && !existsSync(path.resolve(options.cwd, options.configFile))) {
    throw new AuditUsageError(`The config file ${options.configFile} does not exist (resolved from ${options.cwd}).`);
  }

  const {
    linted: { eslint, results },
    log,
  } = await lintWithMigrationLog(() => lint(options));
  if (results.length === 0) {
    throw new AuditUsageError('Nothing to audit: every file given is ignored by the ESLint configuration.');
  }
  const { report, configOf } = await auditResults(eslint, results, log, {
    cwd: options.cwd,
    countsRule,
    categories: options.categories,
    now: options.now,
  });
  const ruleDocs = ruleDocsOf(eslint, results);
  const linted = results.map((result) => result.filePath);
  const unmatched = await unmatchedGlobs(linted, configOf, options.cwd, options.categories);
  return { report, ruleUrls: urlsOf(ruleDocs), ruleDocs, unmatchedGlobs: unmatched };
}
