// Limits and areas: the general limit, the test-file limit, overrides. Counting edge cases are in
// max-lines.counting.test.ts, exceptions in max-lines.exceptions.test.ts.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/max-lines/index.js';

const ruleTester = new RuleTester();

/** `count` lines of code, each `a();` (so a report ending on one of them ends at column 5). */
function filler(count: number): string {
  return Array.from({ length: count }, () => 'a();').join('\n');
}

ruleTester.run('max-lines', rule, {
  valid: [
    { filename: 'src/service.ts', code: filler(500), name: 'a non-test file at the default limit of 500' },
    { filename: 'tests/service.test.ts', code: filler(300), name: 'a test file at the default test limit of 300' },
    {
      filename: 'tests/e2e/checkout.test.ts',
      code: filler(900),
      options: [{ overrides: [{ files: ['tests/e2e/**'], max: 1000 }] }],
      name: 'an override wins over the test-file limit',
    },
    {
      filename: 'src/generated/schema.ts',
      code: filler(40),
      options: [
        {
          overrides: [
            { files: ['src/generated/**'], max: 50 },
            { files: ['src/**'], max: 10 },
          ],
        },
      ],
      name: 'the first matching override sets the limit',
    },
    {
      filename: 'tests/helpers.ts',
      code: filler(400),
      settings: { ssot: { testFiles: ['spec/**'] } },
      name: 'a file outside settings.ssot.testFiles gets the general limit',
    },
    {
      filename: 'scripts/tests/seed.test.ts',
      code: filler(400),
      settings: { ssot: { rootDir: 'examples' } },
      name: 'a file outside rootDir matches no glob and gets the general limit',
    },
  ],
  invalid: [
    {
      filename: 'src/service.ts',
      code: filler(501),
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'src/service.ts', count: '501', limit: '500', area: 'non-test files' },
          line: 501,
          column: 1,
          endLine: 501,
          endColumn: 5,
        },
      ],
      name: 'a non-test file past the default limit of 500',
    },
    {
      filename: 'tests/runner.test.ts',
      code: filler(812),
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'tests/runner.test.ts', count: '812', limit: '300', area: '**/*.{test,spec,mock}.*' },
          line: 301,
          column: 1,
          endLine: 812,
          endColumn: 5,
        },
      ],
      name: 'a test file past the default test limit, reported from the first line past it to the end',
    },
    {
      filename: 'tests/runner.test.ts',
      code: filler(812),
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'tests/runner.test.ts', count: '812', limit: '300', area: 'tests/**' },
          line: 301,
          column: 1,
          endLine: 812,
          endColumn: 5,
        },
      ],
      settings: { ssot: { testFiles: ['tests/**'] } },
      name: 'the message names the testFiles glob that matched',
    },
    {
      filename: 'spec/checkout.ts',
      code: filler(301),
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'spec/checkout.ts', count: '301', limit: '300', area: 'spec/**' },
          line: 301,
          column: 1,
          endLine: 301,
          endColumn: 5,
        },
      ],
      settings: { ssot: { testFiles: ['spec/**'] } },
      name: 'the test limit follows settings.ssot.testFiles',
    },
    {
      filename: 'tests/service.test.ts',
      code: filler(5),
      options: [{ testFilesMax: 4 }],
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'tests/service.test.ts', count: '5', limit: '4', area: '**/*.{test,spec,mock}.*' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 5,
        },
      ],
      name: 'testFilesMax sets the test limit',
    },
    {
      filename: 'src/generated/schema.ts',
      code: filler(11),
      options: [
        {
          overrides: [
            { files: ['src/generated/**'], max: 10 },
            { files: ['src/**'], max: 50 },
          ],
        },
      ],
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'src/generated/schema.ts', count: '11', limit: '10', area: 'src/generated/**' },
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 5,
        },
      ],
      name: 'the message names the override glob that matched',
    },
    {
      filename: 'scripts/seed.ts',
      code: filler(4),
      options: [{ max: 3 }],
      errors: [
        {
          messageId: 'tooLong',
          data: { file: 'scripts/seed.ts', count: '4', limit: '3', area: 'non-test files' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 5,
        },
      ],
      settings: { ssot: { rootDir: 'examples' } },
      name: 'a file outside rootDir is named relative to the working directory',
    },
  ],
});
