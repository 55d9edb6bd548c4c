// Exceptions: ceilings, stale exceptions and ceilings that can be lowered.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/max-lines/index.js';

const ruleTester = new RuleTester();

/** `count` lines of code, each `a();` (so a report ending on one of them ends at column 5). */
function filler(count: number): string {
  return Array.from({ length: count }, () => 'a();').join('\n');
}

ruleTester.run('max-lines', rule, {
  valid: [
    {
      filename: 'tests/websocket-runner.test.ts',
      code: filler(375),
      options: [
        { exceptions: [{ files: 'tests/websocket-runner.test.ts', reason: 'Legacy runner, being split.', max: 375 }] },
      ],
      name: 'an excepted file at its ceiling',
    },
    {
      filename: 'tests/runner.test.ts',
      code: filler(2000),
      options: [{ exceptions: [{ files: ['tests/runner.test.ts'], reason: 'Legacy runner.' }] }],
      name: 'an exception without a ceiling is unbounded',
    },
    {
      filename: 'tests/legacy/small.test.ts',
      code: filler(10),
      options: [{ exceptions: [{ files: 'tests/legacy/**', reason: 'Legacy suite.', max: 800 }] }],
      name: 'one small file does not make a glob exception stale: the glob may cover other files',
    },
    {
      filename: 'tests/a.test.ts',
      code: filler(5),
      options: [
        {
          testFilesMax: 3,
          exceptions: [{ files: ['tests/a.test.ts', 'tests/b.test.ts'], reason: 'Legacy pair.', max: 9 }],
        },
      ],
      name: 'a ceiling shared by several files is not suggested lower from one of them',
    },
    {
      filename: 'tests/runner.test.ts',
      code: filler(2),
      options: [
        {
          testFilesMax: 3,
          exceptions: [{ files: 'tests/runner.test.ts', reason: 'Legacy runner.', max: 9 }],
          reportUnusedExceptions: false,
        },
      ],
      name: 'reportUnusedExceptions off: a stale exception is not reported',
    },
    {
      filename: 'tests/runner.test.ts',
      code: filler(5),
      options: [
        {
          testFilesMax: 3,
          exceptions: [{ files: 'tests/runner.test.ts', reason: 'Legacy runner.', max: 9 }],
          reportUnusedExceptions: false,
        },
      ],
      name: 'reportUnusedExceptions off: a loose ceiling is not reported',
    },
  ],
  invalid: [
    {
      filename: 'tests/runner.test.ts',
      code: filler(4669),
      options: [{ exceptions: [{ files: 'tests/runner.test.ts', reason: 'Legacy runner, being split.', max: 4668 }] }],
      errors: [
        {
          messageId: 'exceptionCeilingExceeded',
          data: {
            file: 'tests/runner.test.ts',
            count: '4,669',
            ceiling: '4,668',
            reason: 'Legacy runner, being split.',
          },
          line: 4669,
          column: 1,
          endLine: 4669,
          endColumn: 5,
        },
      ],
      name: 'an excepted file that grew past its ceiling, with the reason',
    },
    {
      filename: 'tests/legacy/big.test.ts',
      code: `${filler(6)}\n\n${filler(1)}`,
      options: [{ testFilesMax: 3, exceptions: [{ files: ['tests/legacy/**'], reason: 'Legacy suite.', max: 6 }] }],
      errors: [
        {
          messageId: 'exceptionCeilingExceeded',
          data: { file: 'tests/legacy/big.test.ts', count: '7', ceiling: '6', reason: 'Legacy suite.' },
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 5,
        },
      ],
      name: 'a glob exception applies its ceiling to each file it covers',
    },
    {
      filename: 'tests/runner.test.ts',
      code: filler(5),
      options: [
        {
          testFilesMax: 3,
          exceptions: [
            { files: ['tests/runner.test.ts'], reason: 'Legacy runner.', max: 4 },
            { files: 'tests/**', reason: 'Everything.', max: 10 },
          ],
        },
      ],
      errors: [
        {
          messageId: 'exceptionCeilingExceeded',
          data: { file: 'tests/runner.test.ts', count: '5', ceiling: '4', reason: 'Legacy runner.' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 5,
        },
      ],
      name: 'the first matching exception applies',
    },
    {
      filename: 'tests/runner.test.ts',
      code: filler(300),
      options: [{ exceptions: [{ files: 'tests/runner.test.ts', reason: 'Legacy runner.', max: 4668 }] }],
      errors: [
        {
          messageId: 'unusedException',
          data: {
            file: 'tests/runner.test.ts',
            count: '300',
            limit: '300',
            area: '**/*.{test,spec,mock}.*',
            reason: 'Legacy runner.',
            entry: 'tests/runner.test.ts',
          },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
        },
      ],
      name: 'an exception whose file is back within its limit is stale, reported on line 1',
    },
    {
      filename: 'src/b.ts',
      code: filler(2),
      options: [{ max: 3, exceptions: [{ files: ['src/a.ts', 'src/b.ts'], reason: 'Generated.' }] }],
      errors: [
        {
          messageId: 'unusedException',
          data: {
            file: 'src/b.ts',
            count: '2',
            limit: '3',
            area: 'non-test files',
            reason: 'Generated.',
            entry: 'src/b.ts',
          },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
        },
      ],
      name: 'a stale path in a list of paths, in an exception without a ceiling',
    },
    {
      filename: 'src/b.ts',
      code: filler(5),
      options: [{ max: 10, exceptions: [{ files: 'src/b.ts', reason: 'Generated.', max: 3 }] }],
      errors: [
        {
          messageId: 'unusedException',
          data: {
            file: 'src/b.ts',
            count: '5',
            limit: '10',
            area: 'non-test files',
            reason: 'Generated.',
            entry: 'src/b.ts',
          },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
        },
      ],
      name: 'a file within its normal limit is never reported past a lower ceiling, only as a stale exception',
    },
    {
      filename: 'tests/runner.test.ts',
      code: filler(5),
      options: [{ testFilesMax: 3, exceptions: [{ files: 'tests/runner.test.ts', reason: 'Legacy runner.', max: 9 }] }],
      errors: [
        {
          messageId: 'lowerCeiling',
          data: { file: 'tests/runner.test.ts', count: '5', ceiling: '9' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
        },
      ],
      name: 'an excepted file that shrank below its ceiling: lower the ceiling',
    },
  ],
});
