// Every syntax that references a module, as seen by moduleReferenceListener.
import parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { moduleReferenceListener } from '../../src/ast/module-references.js';

const collect: TSESLint.RuleModule<'reference'> = {
  defaultOptions: [],
  meta: { type: 'problem', messages: { reference: '{{kind}} {{specifier}} {{source}}' }, schema: [] },
  create: (context) =>
    moduleReferenceListener(context, (reference) =>
      context.report({
        node: reference.source,
        messageId: 'reference',
        data: {
          kind: reference.kind,
          specifier: reference.specifier,
          source: context.sourceCode.getText(reference.source),
        },
      }),
    ),
};

function references(code: string, filename = 'file.ts'): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    {
      files: ['**/*.*'],
      plugins: { test: { rules: { collect } } },
      languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: filename.endsWith('x') } } },
      rules: { 'test/collect': 'error' },
    } as unknown as Linter.Config,
    filename,
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => message.message);
}

describe('moduleReferenceListener', () => {
  it.each([
    ["import a, { b as c } from 'm';", "import m 'm'"],
    ["import type { T } from 'm';", "import m 'm'"],
    ['import * as ns from "m";', 'import m "m"'],
    ["import 'm';", "import m 'm'"],
    ["export { a } from 'm';", "export-named m 'm'"],
    ["export type { T } from 'm';", "export-named m 'm'"],
    ["export * from 'm';", "export-all m 'm'"],
    ["export * as ns from 'm';", "export-all m 'm'"],
    ["await import('m');", "dynamic-import m 'm'"],
    ['await import(`m`);', 'dynamic-import m `m`'],
    ["type T = typeof import('m');", "import-type m 'm'"],
    ["type T = import('m').A.B;", "import-type m 'm'"],
    ["const m = require('m');", "require m 'm'"],
    ['const m = require(`m`);', 'require m `m`'],
    ["import m = require('m');", "import-equals m 'm'"],
    ["vi.mock('m', () => ({}));", "mock m 'm'"],
    ["vi.doMock('m');", "mock m 'm'"],
    ["await vi.importActual('m');", "mock m 'm'"],
    ["jest.mock('m');", "mock m 'm'"],
    ["jest.requireActual('m');", "mock m 'm'"],
    // The text pre-check for calls must not skip names spelled with escapes.
    ["const m = requ\\u0069re('m');", "require m 'm'"],
    ["\\u0076i.mock('m');", "mock m 'm'"],
    // …nor a name whose first occurrences are inside other words.
    ["/* required by law */ const m = require('m');", "require m 'm'"],
    ["const service = provide(); vi.mock('m');", "mock m 'm'"],
    ["const jester = 1;\njest.mock('m');", "mock m 'm'"],
  ])('%s', (code, expected) => {
    expect(references(code)).toEqual([expected]);
  });

  it.each([
    ["function f(require: (id: string) => unknown) { return require('m'); }", 'a require parameter'],
    ["const require = (id: string) => id; require('m');", 'a require variable'],
    ["import { require } from 'loader'; require('m');", 'an imported require'],
    ['import(`m/${name}`);', 'a template with a substitution'],
    ['require(name);', 'a computed specifier'],
    ["require('m', 'extra');", 'a require with two arguments'],
    ["vi.fn('m'); jest.spyOn('m'); other.mock('m'); vi['mock']('m');", 'calls that do not mock modules'],
    ['export const a = 1; export { a as b };', 'local exports'],
    ['import x = Namespace.Member;', 'an import alias of a namespace'],
  ])('ignores %s (%s)', (code) => {
    expect(references(code).filter((message) => !message.includes("'loader'"))).toEqual([]);
  });

  it('reads .cjs, .js and .tsx files', () => {
    expect(references("const m = require('m');", 'file.cjs')).toEqual(["require m 'm'"]);
    expect(references("import m from './m.js';", 'file.js')).toEqual(["import ./m.js './m.js'"]);
    expect(references("import { C } from './c';\nexport const v = <C />;", 'file.tsx')).toEqual(["import ./c './c'"]);
  });
});
