// ssot/no-process-env on examples/: the route that reads process.env is reported, the configuration
// module next to it (which is allowed to) is not. Runs the built plugin, as users do.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { eslintMajor, examplesDir, lintWithCli, loadESLint, loadPlugin, toFindings } from './helpers.js';

const RULE_ID = 'ssot/no-process-env';

const expected = [
  {
    file: 'src/routes/health.ts',
    line: 5,
    column: 16,
    ruleId: RULE_ID,
    message: 'Read PORT through the configuration module (src/config/**), not process.env.',
    fixable: false,
    fatal: false,
  },
];

describe(`${RULE_ID} on examples/ (ESLint ${eslintMajor})`, () => {
  it('is in the recommended preset as a warning', async () => {
    const plugin = await loadPlugin();
    expect(plugin.configs.recommended.rules?.[RULE_ID]).toBe('warn');
    expect(plugin.configs.strict.rules?.[RULE_ID]).toBe('error');
  });

  it('reports only the route, through the Node API with the settings of examples/eslint.config.js', async () => {
    const [ESLint, plugin] = await Promise.all([loadESLint(), loadPlugin()]);
    const examplesConfig = (await import(pathToFileURL(path.join(examplesDir, 'eslint.config.js')).href)) as {
      default: Linter.Config[];
    };
    const settings = examplesConfig.default.find((config) => config.settings?.ssot !== undefined)?.settings;
    expect(settings).toBeDefined();
    const eslint = new ESLint({
      cwd: examplesDir,
      overrideConfigFile: true,
      overrideConfig: [{ ...plugin.configs.recommended, rules: { [RULE_ID]: 'warn' } }, { settings }],
    });
    const findings = toFindings(await eslint.lintFiles(['src', 'tests']), examplesDir);
    expect(findings).toEqual(expected);
  });

  it('reports only the route through the real CLI and examples/eslint.config.js', async () => {
    const run = await lintWithCli(examplesDir, ['src', 'tests']);
    expect(run.findings.filter((finding) => finding.ruleId === RULE_ID)).toEqual(expected);
    expect(run.findings.filter((finding) => finding.fatal)).toEqual([]);
  });
});
