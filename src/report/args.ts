// Command-line arguments of `ssot-audit`, parsed with `node:util` and validated up front so that a
// typo fails fast (exit 2) instead of after a long lint.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { globError } from '../project/glob.js';
import { assertValidRulePatterns, type CategoryOverride } from './collect.js';
import { nearestName } from './did-you-mean.js';
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
      --sarif <file>         Write a SARIF 2.1.0 log for GitHub code scanning (- for stdout)
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
  sarifFile?: string;
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

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  category: { type: 'string', multiple: true },
  rules: { type: 'string', multiple: true },
  json: { type: 'string' },
  markdown: { type: 'string' },
  sarif: { type: 'string' },
  'min-score': { type: 'string', multiple: true },
  top: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

const HELP_HINT = 'Run ssot-audit --help for usage.';

/**
 * Rejects the first option ssot-audit does not know, naming the one it probably stands for. Node's
 * own message for it carries advice about `--` that reads as garbage after ours.
 */
function assertKnownOptions(argv: readonly string[]): void {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option' || Object.hasOwn(OPTIONS, token.name)) continue;
    // As typed, without a value (`--jsn=out.json`) and whole (`-json`, which node reads as `-j -s -o -n`).
    const typed = (argv[token.index] ?? token.rawName).split('=')[0] ?? token.rawName;
    const suggestion = nearestName(typed.replace(/^-+/u, ''), Object.keys(OPTIONS));
    const didYouMean = suggestion === undefined ? '' : ` Did you mean --${suggestion}?`;
    throw new AuditUsageError(`Unknown option ${typed}.${didYouMean} ${HELP_HINT}`);
  }
}

/** Only one output can take stdout (`-`): the others would be interleaved with it. */
function assertOneOutputOnStdout(outputs: readonly (readonly [option: string, file: string | undefined])[]): void {
  const onStdout = outputs.filter(([, file]) => file === '-').map(([option]) => `${option} -`);
  if (onStdout.length < 2) return;
  const names = `${onStdout.slice(0, -1).join(', ')} and ${onStdout.at(-1) ?? ''}`;
  throw new AuditUsageError(
    onStdout.length === 2
      ? `${names} cannot both write to stdout: give one of them a file name.`
      : `${names} cannot all write to stdout: give all but one of them a file name.`,
  );
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  assertKnownOptions(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // `--json --jsn`: node's three-line "argument is ambiguous" message, said in one line.
    const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/u.exec(message)?.[1];
    if (ambiguous) {
      const given = argv[argv.indexOf(ambiguous) + 1] ?? '';
      throw new AuditUsageError(
        `${ambiguous} expects a file name, got the option ${given} (a file name starting with a dash is written ${ambiguous}=-file). ${HELP_HINT}`,
      );
    }
    // Some of node's messages end without a full stop ("Option '--json <value>' argument missing").
    throw new AuditUsageError(`${/[.?!]$/u.test(message) ? message : `${message}.`} ${HELP_HINT}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const outputs = [
    ['--json', values.json],
    ['--markdown', values.markdown],
    ['--sarif', values.sarif],
  ] as const;
  for (const [option, value] of [['--config', values.config], ...outputs] as const) {
    if (value?.trim() === '') throw new AuditUsageError(`${option} expects a file name.`);
  }
  assertOneOutputOnStdout(outputs);
  assertValidRulePatterns(values.rules ?? []);

  return {
    command: 'audit',
    paths: positionals.length > 0 ? positionals : ['.'],
    ...(values.config === undefined ? {} : { configFile: values.config }),
    categories: parseCategories(values.category ?? []),
    rules: values.rules ?? [],
    ...(values.json === undefined ? {} : { jsonFile: values.json }),
    ...(values.markdown === undefined ? {} : { markdownFile: values.markdown }),
    ...(values.sarif === undefined ? {} : { sarifFile: values.sarif }),
    thresholds: (values['min-score'] ?? []).map(parseThreshold),
    top: parseTop(values.top),
  };
}
