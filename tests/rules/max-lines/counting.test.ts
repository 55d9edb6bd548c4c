// How lines are counted: blank and comment lines, line breaks, BOM, JSX, template literals, file
// flavours. max-lines.differential.test.ts checks the same against core `max-lines` on generated files.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/max-lines/index.js';

const ruleTester = new RuleTester();

/** `count` lines of code, each `a();` (so a report ending on one of them ends at column 5). */
function filler(count: number): string {
  return Array.from({ length: count }, () => 'a();').join('\n');
}

const blockComment = '/**\n * Explains the next value.\n */';

ruleTester.run('max-lines', rule, {
  valid: [
    {
      filename: 'src/service.ts',
      code: `${filler(3)}\n\n\n// note\n${blockComment}\n`,
      options: [{ max: 3 }],
      name: 'blank and comment-only lines are left out by default',
    },
    {
      filename: 'src/service.ts',
      code: `${filler(3)}\n`,
      options: [{ max: 3, skipBlankLines: false }],
      name: 'a trailing line break does not make a line',
    },
    {
      filename: 'src/view.tsx',
      code: 'export const View = () => (\n  <div>\n    text\n  </div>\n);',
      options: [{ max: 5 }],
      name: 'a TSX file at its limit',
    },
    {
      filename: 'src/types.d.ts',
      code: 'declare const a: number;\n// only a comment\nexport {};',
      options: [{ max: 2 }],
      name: 'a declaration file at its limit',
    },
    {
      filename: 'src/legacy.cjs',
      code: '#!/usr/bin/env node\nmodule.exports = {};\n',
      options: [{ max: 1 }],
      name: 'a CommonJS file with a shebang, which counts as a comment line',
    },
    { filename: 'src/empty.ts', code: '', options: [{ max: 0 }], name: 'an empty file under a limit of 0' },
  ],
  invalid: [
    {
      filename: 'src/service.ts',
      code: `${filler(3)}\n\n// note\n${blockComment}\n${filler(2)}`,
      options: [{ max: 3 }],
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'src/service.ts', count: '5', limit: '3', area: 'non-test files' },
          line: 9,
          column: 1,
          endLine: 10,
          endColumn: 5,
        },
      ],
      name: 'the report starts at the first counted line past the limit, after skipped lines',
    },
    {
      filename: 'src/service.ts',
      code: `${filler(3)}\n\n${filler(1)}`,
      options: [{ max: 3, skipBlankLines: false }],
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'src/service.ts', count: '5', limit: '3', area: 'non-test files' },
          line: 4,
          column: 1,
          endLine: 5,
          endColumn: 5,
        },
      ],
      name: 'skipBlankLines off: blank lines count',
    },
    {
      filename: 'src/service.ts',
      code: `${filler(3)}\n${blockComment}`,
      options: [{ max: 4, skipComments: false }],
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'src/service.ts', count: '6', limit: '4', area: 'non-test files' },
          line: 5,
          column: 1,
          endLine: 6,
          endColumn: 4,
        },
      ],
      name: 'skipComments off: comment-only lines count',
    },
    {
      filename: 'src/service.ts',
      code: 'a(); // one\n// only\n/* two */ b();\nc(/* three\n*/ 1);',
      options: [{ max: 3 }],
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'src/service.ts', count: '4', limit: '3', area: 'non-test files' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 7,
        },
      ],
      name: 'a line that mixes code and a comment counts; a comment-only line does not',
    },
    {
      filename: 'src/service.ts',
      code: '\uFEFFa();\r\n\r\n// note\r\nb();\r\nc();\r\n',
      options: [{ max: 2 }],
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'src/service.ts', count: '3', limit: '2', area: 'non-test files' },
          line: 5,
          column: 1,
          endLine: 6,
          endColumn: 1,
        },
      ],
      name: 'a file with a BOM, CRLF line breaks and a trailing line break',
    },
    {
      filename: 'src/query.ts',
      code: 'export const sql = `\nSELECT 1\n\n-- not a comment\n`;',
      options: [{ max: 3 }],
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'src/query.ts', count: '4', limit: '3', area: 'non-test files' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 3,
        },
      ],
      name: 'a template literal spanning lines counts its lines, except blank ones',
    },
    {
      filename: 'src/view.tsx',
      code: 'export const View = () => (\n  <div>\n    {/* hidden */}\n    text\n  </div>\n);',
      options: [{ max: 4 }],
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'src/view.tsx', count: '6', limit: '4', area: 'non-test files' },
          line: 5,
          column: 1,
          endLine: 6,
          endColumn: 3,
        },
      ],
      name: 'JSX: a comment inside an expression container shares its line with code',
    },
  ],
});
