// The shared fixers of src/fix: the one string escaping, strings written in the user's quotes,
// export names written as identifiers or strings.
import parser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { exportNameText } from '../../src/fix/imported-name.js';
import { quoteLike } from '../../src/fix/module-specifier.js';
import { quoteOf, stringLiteral, type Quote } from '../../src/fix/string-literal.js';

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

describe('quoteOf', () => {
  it.each([
    ["'a'", "'"],
    ['"a"', '"'],
    ['`a`', '`'],
    ['1', "'"],
  ])('reads the quote of %s', (code, quote) => {
    expect(quoteOf(sourceOf(code))).toBe(quote);
  });
});

describe('stringLiteral', () => {
  it.each<[string, Quote, string]>([
    ['a-b', "'", "'a-b'"],
    ['a-b', '"', '"a-b"'],
    ['a-b', '`', '`a-b`'],
    ["it's", "'", "'it\\'s'"],
    ["it's", '"', '"it\'s"'],
    ['say "hi"', "'", '\'say "hi"\''],
    ['say "hi"', '"', '"say \\"hi\\""'],
    ['say "hi"', '`', '`say "hi"`'],
    ['a`b${c}', '`', '`a\\`b\\${c}`'],
    ['a`b${c}', "'", "'a`b${c}'"],
    ['C:\\dir', "'", "'C:\\\\dir'"],
    ['\\"', "'", "'\\\\\"'"],
    ['line\nbreak\r', "'", "'line\\nbreak\\r'"],
    ['tab\there', '`', '`tab\\there`'],
    ['\u0001', "'", "'\\u0001'"],
    ['\uD800', '"', '"\\ud800"'],
    ['ñandú €', "'", "'ñandú €'"],
  ])('writes %j in %s as %s', (value, quote, expected) => {
    expect(stringLiteral(value, quote)).toBe(expected);
  });

  it.each(["'", '"', '`'] as const)('writes strings that read back as the same value in %s', (quote) => {
    for (const value of ['a\'b"c`d${e}\\f', '\n\r\t\u0000\u2028', '\uD83D\uDE00', '\uDC00 lone']) {
      const written = stringLiteral(value, quote);
      const expression = sourceOf(written);
      const read = expression.type === 'TemplateLiteral' ? expression.quasis[0]?.value.cooked : expression.value;
      expect(read, written).toBe(value);
    }
  });

  it('writes in double quotes exactly what JSON.stringify writes', () => {
    for (const value of ['plain', 'a"b', '\\', '\u001F\u007F', '\uD800x']) {
      expect(stringLiteral(value, '"')).toBe(JSON.stringify(value));
    }
  });
});
