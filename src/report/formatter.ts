// ESLint formatter printing the compliance report as JSON from an ordinary `eslint` run:
//   eslint -f ./node_modules/eslint-plugin-ssot/dist/report/formatter.js .
// or, through the Node API, `import formatter from 'eslint-plugin-ssot/formatter'`.
//
// Formatters receive the results and the cwd, not the configuration, so categories are read by
// asking ESLint for each file's configuration with the same `eslint.config.*` lookup the `eslint`
// command uses. `eslint --config <file>` is invisible to a formatter: use `createFormatter({
// configFile })` or the `ssot-audit --config` CLI then.
import { ESLint } from 'eslint';
import { reportFromResults, ruleMatcher, ssotSettingsOf, type CategoryOverride } from './collect.js';
import { isConfigMissingError } from './errors.js';

export interface FormatterOptions {
  /** The flat config file the `eslint` run used, when not found by the default lookup. */
  configFile?: string;
  /** Rule-id globs counted besides `ssot/*`. */
  rules?: readonly string[];
  /** Replace `settings.ssot.categories`. */
  categories?: readonly CategoryOverride[];
  /** Clock for `generated_at` (tests pin it). */
  now?: () => Date;
}

type FormatterContext = Partial<Pick<ESLint.LintResultData, 'cwd'>>;

export function createFormatter(
  options: FormatterOptions = {},
): (results: ESLint.LintResult[], context?: FormatterContext) => Promise<string> {
  const countsRule = ruleMatcher(options.rules);
  return async function formatComplianceReport(results, context) {
    const cwd = context?.cwd ?? process.cwd();
    const eslint = new ESLint({
      cwd,
      ...(options.configFile === undefined ? {} : { overrideConfigFile: options.configFile }),
    });
    const report = await reportFromResults(results, {
      cwd,
      settingsOf: async (filePath) => {
        try {
          return ssotSettingsOf(await eslint.calculateConfigForFile(filePath));
        } catch (error) {
          // Linted with a config the lookup cannot find (`eslint --config`): default categories.
          if (isConfigMissingError(error)) return undefined;
          throw error;
        }
      },
      countsRule,
      categories: options.categories,
      generatedAt: options.now?.() ?? new Date(),
    });
    return `${JSON.stringify(report, null, 2)}\n`;
  };
}

/** The formatter with default options: `ssot/*` rules, categories from `settings.ssot`. */
const formatter = createFormatter();
export default formatter;
