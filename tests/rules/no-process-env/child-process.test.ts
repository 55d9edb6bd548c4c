// The environment handed on to a child process (`spawn(…, { env: { ...process.env, NODE_OPTIONS } })`)
// is process set-up, not a read of one variable: its message says what the code does (issue #18).
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-process-env/index.js';

const DEFAULT_ALLOWED = 'the configuration modules (**/config/**, **/*.config.*)';
const child = (added: string) => ({ source: 'process.env', added, allowed: DEFAULT_ALLOWED, hint: '' });

new RuleTester().run('no-process-env', rule, {
  valid: [
    {
      filename: 'src/config/child.ts',
      code: "import { spawn } from 'node:child_process';\nspawn('node', [], { env: { ...process.env, NODE_OPTIONS: '' } });",
      name: 'a configuration module may build the child environment',
    },
  ],
  invalid: [
    {
      code: "import { spawn } from 'node:child_process';\nspawn('node', ['x.js'], { env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' } });",
      errors: [
        {
          messageId: 'childEnvironment',
          data: child(' (and sets NODE_OPTIONS)'),
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 48,
        },
      ],
      name: 'spread into the env of spawn, with a variable set next to it',
    },
    {
      code: "fork('worker.js', [], { env: process.env as NodeJS.ProcessEnv });\nnew Worker('./w.js', { env: { ...process.env, 'FORCE_COLOR': '1', [key]: '' } });",
      errors: [
        { messageId: 'childEnvironment', data: child(''), line: 1, column: 30, endLine: 1, endColumn: 62 },
        {
          messageId: 'childEnvironment',
          data: child(' (and sets FORCE_COLOR)'),
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 45,
        },
      ],
      name: 'the env option of any call or new, through casts; computed keys are not named',
    },
    {
      code: 'export const copy = { ...process.env, DEBUG: "1" };\nexport const options = { env: process.env };',
      errors: [
        { messageId: 'readEnvironment', line: 1, column: 26, endLine: 1, endColumn: 37 },
        { messageId: 'readEnvironment', line: 2, column: 31, endLine: 2, endColumn: 42 },
      ],
      name: 'a copy of the environment not handed to a call is an ordinary read',
    },
  ],
});
