import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-process-env/index.js';

// Writes to the environment: assignments, updates, deletes and the built-ins that change an object.

const DEFAULT_ALLOWED = 'the configuration modules (**/config/**, **/*.config.*)';

function named(name: string): Record<string, string> {
  return { name, source: 'process.env', allowed: DEFAULT_ALLOWED, hint: '' };
}

const whole = named('');

new RuleTester().run('no-process-env', rule, {
  valid: [
    // A local object that merely looks like the environment.
    'const env: Record<string, string> = {}; env.TZ = "UTC"; delete env.TZ; Object.assign(env, { A: "1" });',
    'export function reset(process: { env: Record<string, string> }) { process.env = {}; }',
    {
      code: "process.env.TZ = 'UTC'; process.env.COUNT += 1; delete process.env.DEBUG; Reflect.set(process.env, 'A', '1');",
      options: [{ allowWrites: true }],
      name: 'allowWrites allows every kind of write',
    },
  ],
  invalid: [
    // Copying the environment into a new object reads it and changes nothing.
    {
      code: 'export const copy = Object.assign({}, process.env);',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 39, endLine: 1, endColumn: 50 }],
    },
    // Writes have their own messages.
    {
      code: "process.env.TZ = 'UTC';",
      errors: [{ messageId: 'writeVariable', data: named('TZ'), line: 1, column: 1, endLine: 1, endColumn: 15 }],
    },
    {
      code: "process.env['TZ'] ??= 'UTC';",
      errors: [{ messageId: 'writeVariable', data: named('TZ'), line: 1, column: 1, endLine: 1, endColumn: 18 }],
    },
    {
      code: 'process.env.COUNT += 1;',
      errors: [{ messageId: 'writeVariable', data: named('COUNT'), line: 1, column: 1, endLine: 1, endColumn: 18 }],
    },
    {
      code: "(process.env.TZ as string) = 'UTC';",
      errors: [{ messageId: 'writeVariable', data: named('TZ'), line: 1, column: 2, endLine: 1, endColumn: 16 }],
    },
    {
      code: "process.env.TZ! = 'UTC';",
      errors: [{ messageId: 'writeVariable', data: named('TZ'), line: 1, column: 1, endLine: 1, endColumn: 15 }],
    },
    {
      code: "[process.env.A] = ['1'];",
      errors: [{ messageId: 'writeVariable', data: named('A'), line: 1, column: 2, endLine: 1, endColumn: 15 }],
    },
    {
      code: "({ a: process.env.A } = { a: '1' });",
      errors: [{ messageId: 'writeVariable', data: named('A'), line: 1, column: 7, endLine: 1, endColumn: 20 }],
    },
    {
      code: 'for (process.env.KEY in {}) ;',
      errors: [{ messageId: 'writeVariable', data: named('KEY'), line: 1, column: 6, endLine: 1, endColumn: 21 }],
    },
    {
      code: 'delete process.env.DEBUG;',
      errors: [{ messageId: 'writeVariable', data: named('DEBUG'), line: 1, column: 8, endLine: 1, endColumn: 25 }],
    },
    {
      code: 'delete process.env?.DEBUG;',
      errors: [{ messageId: 'writeVariable', data: named('DEBUG'), line: 1, column: 8, endLine: 1, endColumn: 26 }],
    },
    {
      code: 'export function clear(name: string) { delete process.env[name]; }',
      errors: [{ messageId: 'writeEnvironment', data: whole, line: 1, column: 46, endLine: 1, endColumn: 63 }],
    },
    {
      code: "Object.assign(process.env, { TZ: 'UTC' });",
      errors: [{ messageId: 'writeEnvironment', data: whole, line: 1, column: 1, endLine: 1, endColumn: 42 }],
    },
    {
      code: "Reflect.set(process.env, 'TZ', 'UTC');",
      errors: [{ messageId: 'writeVariable', data: named('TZ'), line: 1, column: 1, endLine: 1, endColumn: 38 }],
    },
    {
      code: "Reflect.deleteProperty(process.env, 'TZ');",
      errors: [{ messageId: 'writeVariable', data: named('TZ'), line: 1, column: 1, endLine: 1, endColumn: 42 }],
    },
    {
      code: "Object.defineProperty(process.env, 'TZ', { value: 'UTC' });",
      errors: [{ messageId: 'writeVariable', data: named('TZ'), line: 1, column: 1, endLine: 1, endColumn: 59 }],
    },
    {
      code: 'process.env = {};',
      errors: [{ messageId: 'writeEnvironment', data: whole, line: 1, column: 1, endLine: 1, endColumn: 12 }],
    },
    {
      code: 'const environment = process.env; environment.TZ = "UTC";',
      errors: [{ messageId: 'writeVariable', data: named('TZ'), line: 1, column: 7, endLine: 1, endColumn: 18 }],
    },
    // A shadowed `Object` is not the global one: passing the environment to it is a plain read.
    {
      code: 'const Object = { assign: (a: object) => a }; Object.assign(process.env);',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 60, endLine: 1, endColumn: 71 }],
    },
  ],
});
