import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-process-env/index.js';

// Imports, re-exports and require() of Node's process module.

const DEFAULT_ALLOWED = 'the configuration modules (**/config/**, **/*.config.*)';

function named(name: string): Record<string, string> {
  return { name, source: 'process.env', allowed: DEFAULT_ALLOWED, hint: '' };
}

const whole = named('');

new RuleTester().run('no-process-env', rule, {
  valid: [
    // Other modules named `env` or `process` are not Node's.
    "import { env } from './config/env'; export const port = env.PORT;",
    "import process from './fake-process'; export const port = process.env.PORT;",
    "import { env } from 'process-env'; export const port = env.PORT;",
    // Other exports of the process module.
    "import { argv, exit } from 'node:process'; exit(argv.length);",
    "export { argv } from 'node:process';",
    // Type-only imports read nothing.
    "import type { env } from 'node:process'; export type Env = typeof env;",
    "import { type env } from 'node:process'; export type Env = typeof env;",
    // A shadowed `require` is not Node's.
    "export function load(require: (id: string) => { env: Record<string, string> }) { return require('process').env.X; }",
    // A process module imported but never used reads nothing.
    "import { env } from 'node:process';",
    // Only an awaited dynamic import is followed; `.then` callbacks are not.
    "import('node:process').then((module) => module.argv);",
  ],
  invalid: [
    {
      code: "import { env } from 'node:process'; env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 10, endLine: 1, endColumn: 13 }],
    },
    {
      code: "import { env } from 'process'; env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 10, endLine: 1, endColumn: 13 }],
    },
    {
      code: "import { env as e } from 'process'; e['PORT'];",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 10, endLine: 1, endColumn: 18 }],
    },
    {
      code: "import { 'env' as e } from 'process'; e.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 10, endLine: 1, endColumn: 20 }],
    },
    {
      code: "import process from 'process'; process.env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 32, endLine: 1, endColumn: 48 }],
    },
    {
      code: "import { default as p } from 'process'; p.env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 41, endLine: 1, endColumn: 51 }],
    },
    {
      code: "import * as proc from 'node:process'; proc.env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 39, endLine: 1, endColumn: 52 }],
    },
    {
      code: "import proc = require('process'); proc.env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 35, endLine: 1, endColumn: 48 }],
    },
    {
      code: "export namespace Server { import proc = require('process'); export const port = proc.env.PORT; }",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 81, endLine: 1, endColumn: 94 }],
    },
    {
      code: "const { env } = await import('node:process'); env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 9, endLine: 1, endColumn: 12 }],
    },
    {
      code: "(await import('process')).default.env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 43 }],
    },
    {
      code: "import { env } from 'node:process'; console.log(env);",
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 10, endLine: 1, endColumn: 13 }],
    },
    {
      code: "import { env } from 'process'; env.TZ = 'UTC';",
      errors: [{ messageId: 'writeVariable', data: named('TZ'), line: 1, column: 10, endLine: 1, endColumn: 13 }],
    },
    {
      code: "import { env } from 'process'; const { HOST, PORT } = env;",
      errors: [
        { messageId: 'readVariable', data: named('HOST, PORT'), line: 1, column: 10, endLine: 1, endColumn: 13 },
      ],
    },
    // Re-exports hand the environment to every importer.
    {
      code: "export { env } from 'node:process';",
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 10, endLine: 1, endColumn: 13 }],
    },
    {
      code: "export { env as environment } from 'process';",
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 10, endLine: 1, endColumn: 28 }],
    },
    {
      code: "export * from 'process';",
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      code: "import { env } from 'process'; export { env };",
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 10, endLine: 1, endColumn: 13 }],
    },
    // require(), including one made by createRequire.
    {
      code: "require('process').env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      code: 'require(`node:process`).env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 33 }],
    },
    {
      code: "const { env } = require('node:process'); env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 9, endLine: 1, endColumn: 12 }],
    },
    {
      code: "const proc = require('process'); proc.env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 34, endLine: 1, endColumn: 47 }],
    },
    {
      code: "const { env: { PORT } } = require('process');",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 16, endLine: 1, endColumn: 20 }],
    },
    {
      code: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); require('process').env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 94, endLine: 1, endColumn: 121 }],
    },
    {
      filename: 'server.cjs',
      code: "const { env } = require('process'); module.exports = { port: env.PORT };",
      languageOptions: { parserOptions: { sourceType: 'commonjs' } },
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 9, endLine: 1, endColumn: 12 }],
    },
    {
      filename: 'server.cjs',
      code: 'module.exports = process.env;',
      languageOptions: { parserOptions: { sourceType: 'commonjs' } },
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 18, endLine: 1, endColumn: 29 }],
    },
  ],
});
