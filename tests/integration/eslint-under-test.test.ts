// Which ESLint actually ran. Every vitest project (vitest.config.ts) is named after the SSOT_ESLINT it
// sets; the Node API and the CLI the helpers run must be that ESLint, at the version package.json
// pins, so a pass meant for ESLint 9 cannot quietly run ESLint 10. Then a presets smoke that runs on
// every supported ESLint, the lowest (9.15) included.
import fs from 'node:fs';
import path from 'node:path';
import type { ESLint as ESLintClass } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createScratch,
  eslintPackage,
  examplesDir,
  examplesFindings,
  isDefaultEslint,
  lintWithCli,
  loadESLint,
  pinnedEslintVersion,
  repoRoot,
  runEslintCli,
  summarize,
} from './helpers.js';

const scratch = createScratch();
afterAll(scratch.removeAll);

describe(`the ESLint under test (${eslintPackage})`, () => {
  it('is the version its vitest project is named after and package.json pins, in the Node API and the CLI', async ({
    task,
  }) => {
    const projectName = task.file.projectName ?? '';
    expect(projectName).toMatch(/^eslint-/);
    const selector = projectName.slice('eslint-'.length);
    const [ESLint, cli] = await Promise.all([loadESLint(), runEslintCli(repoRoot, ['--version'])]);
    const pinned = pinnedEslintVersion(eslintPackage);
    expect({ api: ESLint.version, cli: cli.stdout.trim() }).toEqual({ api: pinned, cli: `v${pinned}` });
    // `9` accepts any 9.x, `9.15` only 9.15.x, `10` only 10.x.
    expect(`${ESLint.version}.`.startsWith(`${selector}.`), `project ${projectName} ran ESLint ${ESLint.version}`).toBe(
      true,
    );
  });
});

// Every ESLint alias ships an `eslint` bin; an incremental `npm install` of one links it over the
// devDependency's (a clean `npm ci` links the devDependency's: npm links bins in path order).
describe.runIf(isDefaultEslint)('node_modules/.bin/eslint, what `npx eslint` runs', () => {
  it('is the ESLint devDependency, not an alias', () => {
    const linked = fs.realpathSync(path.join(repoRoot, 'node_modules', '.bin', 'eslint'));
    const devDependencyBin = fs.realpathSync(path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js'));
    expect(linked, 'an ESLint alias took over the eslint bin; `npm rebuild eslint` links the devDependency back').toBe(
      devDependencyBin,
    );
  });
});

describe('the strict preset on a copy of examples/, through the CLI', () => {
  it('reports what recommended reports, as errors (max-lines stays a warning: examples/ sets it so)', async () => {
    const project = scratch.copy(examplesDir, { '@app': 'src' });
    const configFile = path.join(project, 'eslint.config.js');
    fs.writeFileSync(
      configFile,
      fs.readFileSync(configFile, 'utf8').replace('ssot.configs.recommended', 'ssot.configs.strict'),
    );
    const cli = await lintWithCli(project, ['src', 'tests']);
    expect(cli.status).toBe(1);
    expect(summarize(cli.findings)).toEqual(examplesFindings);
    const results = JSON.parse(cli.stdout) as ESLintClass.LintResult[];
    const severities = results.flatMap((result) =>
      result.messages.map((message) => `${message.ruleId} ${message.severity}`),
    );
    expect([...new Set(severities)].sort()).toEqual([
      'ssot/canonical-imports 2',
      'ssot/max-lines 1',
      'ssot/no-deprecated-enum-members 2',
      'ssot/no-duplicate-definitions 2',
      'ssot/no-module-singletons 2',
      'ssot/no-process-env 2',
    ]);
  });
});
