// The shared fixers of src/fix: strings written in the user's quotes, export names written as
// identifiers or strings.
import parser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { exportNameText } from '../../src/fix/imported-name.js';
import { quoteLike } from '../../src/fix/module-specifier.js';

function sourceOf(code: string): TSESTree.StringLiteral | TSESTree.TemplateLiteral {
  const [statement] = parser.parse(code, { range: true }).body;
  if (statement?.type !== 'ExpressionStatement') throw new Error('expected an expression');
  return statement.expression as TSESTree.StringLiteral | TSESTree.TemplateLiteral;
}

describe('quoteLike', () => {
  it.each([
    ["'old'", './new', "'./new'"],
    ['"old"', './new', '"./new"'],
    ['`old`', './new', '`./new`'],
    ["'old'", "./it's", "'./it\\'s'"],
    ['"old"', './say "hi"', '"./say \\"hi\\""'],
    ['`old`', './a`b${c}', '`./a\\`b\\${c}`'],
    ["'old'", 'C:\\dir', "'C:\\\\dir'"],
  ])('writes a specifier in the quotes of %s', (original, specifier, expected) => {
    expect(quoteLike(sourceOf(original), specifier)).toBe(expected);
  });
});

describe('exportNameText', () => {
  it.each([
    ['Service', 'Service'],
    ['$value_1', '$value_1'],
    ['ñandú', 'ñandú'],
    ['legacy client', '"legacy client"'],
    ['default', 'default'],
    ['1st', '"1st"'],
  ])('writes %j as %s', (name, expected) => {
    expect(exportNameText(name)).toBe(expected);
  });
});
