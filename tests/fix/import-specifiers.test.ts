// The shared edits of import and export braces (src/fix/import-specifiers.ts): specifiers taken out
// with their commas, the rest left as written; specifiers added after the last one.
import parser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { appendSpecifiers, bracedSpecifiers, removeSpecifiers } from '../../src/fix/import-specifiers.js';

type Declaration = TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration;

/** `code` after `edit` of its first import or export declaration, made with ESLint's fixer. */
function edited(
  code: string,
  edit: (sourceCode: Readonly<TSESLint.SourceCode>, fixer: TSESLint.RuleFixer, node: Declaration) => unknown,
): string {
  const rule = {
    meta: { type: 'suggestion', fixable: 'code', schema: [] },
    create(context: Readonly<TSESLint.RuleContext<string, []>>) {
      const visit = (node: Declaration) => {
        if (node !== context.sourceCode.ast.body[0]) return;
        context.report({
          node,
          message: 'edit',
          fix: (fixer: TSESLint.RuleFixer) => edit(context.sourceCode, fixer, node),
        } as never);
      };
      return { ImportDeclaration: visit, ExportNamedDeclaration: visit };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const config = {
    files: ['**/*.ts'],
    plugins: { test: { rules: { edit: rule } } },
    languageOptions: { parser },
    rules: { 'test/edit': 'error' },
  };
  // One pass, as a single fix is applied.
  const [message] = linter.verify(code, config as unknown as Linter.Config, 'file.ts');
  if (!message?.fix) return code;
  const { range, text } = message.fix;
  return code.slice(0, range[0]) + text + code.slice(range[1]);
}

/** The specifiers whose local (or exported) name starts with `x`. */
function xNames(node: Declaration): Set<TSESTree.Node> {
  return new Set(
    bracedSpecifiers(node).filter((specifier) => {
      const name = specifier.type === 'ImportSpecifier' ? specifier.local : specifier.exported;
      return name.type === 'Identifier' && name.name.startsWith('x');
    }),
  );
}

describe('removeSpecifiers', () => {
  it.each([
    ["import { xa, b } from './m';", "import { b } from './m';"],
    ["import { a, xb, c } from './m';", "import { a, c } from './m';"],
    ["import { a, xb, xc } from './m';", "import { a } from './m';"],
    ["import { a, xb, xc, } from './m';", "import { a, } from './m';"],
    ["import { xa, xb, c, xd } from './m';", "import { c } from './m';"],
    ["import { a,\n  xb,\n  c } from './m';", "import { a,\n  c } from './m';"],
    ["import { type xa, type b } from './m';", "import { type b } from './m';"],
    ["import d, { xa, xb } from './m';", "import d from './m';"],
    ["export { a as xa, b } from './m';", "export { b } from './m';"],
  ])('%s → %s', (code, expected) => {
    expect(edited(code, (sourceCode, fixer, node) => removeSpecifiers(sourceCode, fixer, node, xNames(node)))).toBe(
      expected,
    );
  });

  it('leaves the declaration to the caller when nothing would be left', () => {
    let result: unknown = 'not called';
    edited("import { xa, xb } from './m';", (sourceCode, fixer, node) => {
      result = removeSpecifiers(sourceCode, fixer, node, xNames(node));
      return [];
    });
    expect(result).toBeUndefined();
  });
});

describe('appendSpecifiers', () => {
  it.each([
    ["import { a } from './m';", "import { a, b, type C as D } from './m';"],
    ["import d, { a, } from './m';", "import d, { a, b, type C as D, } from './m';"],
    ["export type { a } from './m'", "export type { a, b, type C as D } from './m'"],
  ])('%s → %s', (code, expected) => {
    expect(edited(code, (_sourceCode, fixer, node) => appendSpecifiers(fixer, node, ['b', 'type C as D']))).toBe(
      expected,
    );
  });

  it('cannot add to a declaration without braces', () => {
    let result: unknown = 'not called';
    edited("import d from './m';", (_sourceCode, fixer, node) => {
      result = appendSpecifiers(fixer, node, ['b']);
      return [];
    });
    expect(result).toBeUndefined();
  });
});
