// One rule of ours on one file through ESLint's Linter, in the test's own process: for tests that lint
// several times in one test and check what process-wide caches carry from one lint to the next.
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';

export function lintOne(input: {
  rule: TSESLint.RuleModule<string, readonly unknown[]>;
  name: string;
  code: string;
  filename: string;
  rootDir: string;
  cwd: string;
}): Linter.LintMessage[] {
  return new Linter({ configType: 'flat', cwd: input.cwd }).verify(
    input.code,
    {
      files: ['**/*.ts'],
      languageOptions: { parser },
      plugins: { ssot: { rules: { [input.name]: input.rule } } },
      settings: { ssot: { rootDir: input.rootDir } },
      rules: { [`ssot/${input.name}`]: 'error' },
    } as unknown as Linter.Config,
    input.filename,
  );
}
