// The environment taken into a variable is reported where it is taken (issue #18): the line to change
// is the alias or the destructuring, not a later use such as `return { all, nested }`. One report per
// access, naming the variables read through it when all are known; none at the uses.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-process-env/index.js';

const DEFAULT_ALLOWED = 'the configuration modules (**/config/**, **/*.config.*)';
const named = (name: string) => ({ name, source: 'process.env', allowed: DEFAULT_ALLOWED, hint: '' });
const whole = named('');

new RuleTester().run('no-process-env', rule, {
  valid: [
    {
      code: 'const e = process.env;\nexport const a = e.A;\nexport const b = e.B;',
      options: [{ allowedVariables: ['A', 'B'] }],
      name: 'every variable read through the alias is allowed',
    },
    { code: "import { env } from 'node:process';", name: 'taken and never used: nothing is read' },
  ],
  invalid: [
    {
      code: 'export function read() {\n  const all = globalThis.process.env;\n  const { env: nested } = process;\n  return { all, nested };\n}',
      errors: [
        { messageId: 'readEnvironment', data: whole, line: 2, column: 9, endLine: 2, endColumn: 12 },
        { messageId: 'readEnvironment', data: whole, line: 3, column: 16, endLine: 3, endColumn: 22 },
      ],
      name: 'an alias and a destructured env handed on whole: reported where they are taken',
    },
    {
      code: 'const processEnv = process.env;\nexport function get(name: string) {\n  return processEnv[name];\n}',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 7, endLine: 1, endColumn: 17 }],
      name: 'an alias read with a key known only at run time',
    },
    {
      code: "const e = process.env;\nexport const a = e.A;\nexport const b = e['B'];\nexport const again = e.A;",
      errors: [{ messageId: 'readVariable', data: named('A, B'), line: 1, column: 7, endLine: 1, endColumn: 8 }],
      name: 'one report for every read through the alias, naming each variable once',
    },
    {
      code: 'const e = process.env;\nexport const a = e.A;\nexport const b = e.B;',
      options: [{ allowedVariables: ['A'] }],
      errors: [
        {
          messageId: 'readVariable',
          data: { ...named('B'), allowed: DEFAULT_ALLOWED },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 8,
        },
      ],
      name: 'allowed variables are left out of the names',
    },
    {
      code: "const { env } = require('node:process');\nmodule.exports = { env };",
      languageOptions: { parserOptions: { sourceType: 'commonjs' } },
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 9, endLine: 1, endColumn: 12 }],
      name: 'require destructuring exported whole',
    },
  ],
});
