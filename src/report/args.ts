// Command-line arguments of `ssot-audit`, parsed with `node:util` and validated up front so that a
// typo fails fast (exit 2) instead of after a long lint.
import { parseArgs } from 'node:util';
import { globError } from '../project/glob.js';
import { assertValidRulePatterns, type CategoryOverride } from './collect.js';
import { AuditUsageError } from './errors.js';
import { DEFAULT_TOP } from './table.js';
import { parseThreshold, type Threshold } from './thresholds.js';

export const USAGE = `Usage: ssot-audit [options] [paths...]

Lints the given paths (default: .) with your ESLint configuration and prints the SSOT compliance
report: scores per category, top files and top rules.

Options:
  -c, --config <file>        Flat config file to use instead of the eslint.config.* lookup
      --category <name=glob> Category of the files matching glob; repeatable, first match wins,
                             replaces settings.ssot.categories (unmatched files: real_system)
      --rules <pattern>      Also count rules whose id matches pattern (e.g. import/*, ** for all);
                             repeatable. ssot/* rules are always counted
      --json <file>          Write the JSON report to file (- for stdout instead of the summary)
      --markdown <file>      Write a Markdown report for a pull-request comment (- for stdout)
      --min-score <n>        Exit 1 when the compliance score is below n (0-100); with name=n,
                             when the score of category name is below n; repeatable
      --top <n>              Rows in the top files and top rules lists (default ${DEFAULT_TOP})
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 scores meet the minimums, 1 a score is below its minimum, 2 usage or configuration error.
`;

export interface CliOptions {
  command: 'audit';
  paths: string[];
  configFile?: string;
  categories: CategoryOverride[];
  rules: string[];
  jsonFile?: string;
  markdownFile?: string;
  thresholds: Threshold[];
  top: number;
}

export type CliCommand = CliOptions | { command: 'help' } | { command: 'version' };

const CATEGORY_PATTERN = /^(?<name>[^=]+)=(?<glob>.+)$/u;

function parseCategories(values: readonly string[]): CategoryOverride[] {
  const byName = new Map<string, string[]>();
  for (const value of values) {
    const match = CATEGORY_PATTERN.exec(value);
    const name = match?.groups?.name?.trim();
    const glob = match?.groups?.glob?.trim();
    if (!name || !glob) {
      throw new AuditUsageError(
        `--category expects name=glob (for example test_files='**/*.test.ts'), got ${JSON.stringify(value)}.`,
      );
    }
    const problem = globError(glob);
    if (problem)
      throw new AuditUsageError(`--category ${name} has an invalid glob ${JSON.stringify(glob)}: ${problem}.`);
    byName.set(name, [...(byName.get(name) ?? []), glob]);
  }
  return [...byName].map(([name, files]) => ({ name, files }));
}

function parseTop(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TOP;
  const top = Number(value);
  if (!Number.isInteger(top) || top < 1)
    throw new AuditUsageError(`--top expects a positive whole number, got ${JSON.stringify(value)}.`);
  return top;
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        category: { type: 'string', multiple: true },
        rules: { type: 'string', multiple: true },
        json: { type: 'string' },
        markdown: { type: 'string' },
        'min-score': { type: 'string', multiple: true },
        top: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new AuditUsageError(
      `${error instanceof Error ? error.message : String(error)} Run ssot-audit --help for usage.`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  for (const [option, value] of [
    ['--config', values.config],
    ['--json', values.json],
    ['--markdown', values.markdown],
  ] as const) {
    if (value?.trim() === '') throw new AuditUsageError(`${option} expects a file name.`);
  }
  if (values.json === '-' && values.markdown === '-') {
    throw new AuditUsageError('--json - and --markdown - cannot both write to stdout: give one of them a file name.');
  }
  assertValidRulePatterns(values.rules ?? []);

  return {
    command: 'audit',
    paths: positionals.length > 0 ? positionals : ['.'],
    ...(values.config === undefined ? {} : { configFile: values.config }),
    categories: parseCategories(values.category ?? []),
    rules: values.rules ?? [],
    ...(values.json === undefined ? {} : { jsonFile: values.json }),
    ...(values.markdown === undefined ? {} : { markdownFile: values.markdown }),
    thresholds: (values['min-score'] ?? []).map(parseThreshold),
    top: parseTop(values.top),
  };
}
