// Differential test against typescript-eslint's `no-deprecated` (issue #18), which sees deprecated enum
// members through the type checker: on the same enum snippets — the enum shapes of its test suite,
// written anew — our rule, without type information, must report a use on every line the typed rule
// reports one, and on no other. It reports the member where `no-deprecated` reports a deprecated enum
// at its name, so lines are compared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tseslint from '@typescript-eslint/eslint-plugin';
import parser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rule from '../../../src/rules/no-deprecated-enum-members/index.js';

const SNIPPETS: Record<string, string> = {
  'a deprecated member': 'enum A {\n  /** @deprecated */\n  a,\n  b,\n}\nvoid A.a;\nvoid A.b;',
  'a deprecated enum': '/** @deprecated */\nenum A {\n  a,\n}\nvoid A.a;',
  'a key held in a constant': "enum A {\n  /** @deprecated */\n  a,\n}\nconst key = 'a';\nvoid A[key];",
  'a chain of constants': "enum A {\n  /** @deprecated */\n  a,\n}\nconst key = 'a';\nconst k2 = key;\nvoid A[k2];",
  'a template literal key': 'enum A {\n  /** @deprecated */\n  a,\n}\nvoid A[`a`];',
  'a string key': "enum A {\n  /** @deprecated */\n  a,\n}\nvoid A['a'];",
  'a numeric key of an as-const object':
    "const a = {\n  /** @deprecated */\n  [2]: 'x',\n  3: 'y',\n} as const;\nvoid a[2];\nvoid a['2'];\nvoid a[3];",
  'a plain numeric key': "const b = {\n  /** @deprecated */\n  2: 'x',\n} as const;\nvoid b[2];\nvoid b['2'];",
  destructuring: 'enum A {\n  /** @deprecated */\n  a,\n  b,\n}\nconst { a, b } = A;\nvoid [a, b];',
  'a member in a type': 'enum A {\n  /** @deprecated */\n  a,\n  b,\n}\nexport type T = A.a | A.b;',
  'a string enum alias':
    "enum M {\n  NEW = 'n',\n  /** @deprecated Use NEW. */\n  OLD = 'n',\n}\nvoid M.OLD;\nvoid M.NEW;",
};

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ssot-enum-differential-')));
const fileOf = (index: number) => path.join(root, 'src', `case-${index}.ts`);
const names = Object.keys(SNIPPETS);

/** Lines of `file` each rule reports, by rule id. */
async function linesReported(config: Linter.Config, ruleId: string): Promise<Map<string, number[]>> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [config] });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const lines = new Map<string, number[]>();
  for (const result of results) {
    const fatal = result.messages.find((message) => message.fatal);
    if (fatal) throw new Error(`${result.filePath}: ${fatal.message}`);
    const reported = result.messages.filter((message) => message.ruleId === ruleId).map((message) => message.line);
    lines.set(
      result.filePath,
      [...new Set(reported)].sort((a, b) => a - b),
    );
  }
  return lines;
}

describe('no-deprecated-enum-members against @typescript-eslint/no-deprecated', () => {
  let typed: Map<string, number[]>;
  let ours: Map<string, number[]>;

  beforeAll(async () => {
    fs.mkdirSync(path.join(root, 'src'));
    fs.writeFileSync(
      path.join(root, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext' },
        include: ['src'],
      }),
    );
    names.forEach((name, index) => fs.writeFileSync(fileOf(index), `${SNIPPETS[name]}\nexport {};\n`));
    typed = await linesReported(
      {
        files: ['**/*.ts'],
        languageOptions: { parser, parserOptions: { projectService: true, tsconfigRootDir: root } },
        plugins: { '@typescript-eslint': tseslint as never },
        rules: { '@typescript-eslint/no-deprecated': 'error' },
      },
      '@typescript-eslint/no-deprecated',
    );
    ours = await linesReported(
      {
        files: ['**/*.ts'],
        languageOptions: { parser },
        plugins: { ssot: { rules: { 'no-deprecated-enum-members': rule as never } } },
        settings: { ssot: { rootDir: root } },
        rules: { 'ssot/no-deprecated-enum-members': 'error' },
      },
      'ssot/no-deprecated-enum-members',
    );
  }, 120_000);

  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('is not vacuous: the typed rule reports something in every snippet', () => {
    for (const [index] of names.entries()) expect(typed.get(fileOf(index))?.length, names[index]).toBeGreaterThan(0);
  });

  it.each(names.map((name, index) => [name, index] as const))('reports the same lines: %s', (_name, index) => {
    expect(ours.get(fileOf(index))).toEqual(typed.get(fileOf(index)));
  });
});
