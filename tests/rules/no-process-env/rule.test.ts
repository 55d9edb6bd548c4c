import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-process-env/index.js';

// The default `settings.ssot.configModules`, as the messages name them.
const DEFAULT_ALLOWED = 'the configuration modules (**/config/**, **/*.config.*)';

/** Message data of a report about one variable, with the default settings and no hint. */
function named(name: string): Record<string, string> {
  return { name, source: 'process.env', allowed: DEFAULT_ALLOWED, hint: '' };
}

/** Message data of a report about the whole environment. */
const whole = named('');

new RuleTester().run('no-process-env', rule, {
  valid: [
    // Configuration modules may read and write the environment.
    'export function read(process: { env: Record<string, string> }) { return process.env.PORT; }',
    { filename: 'src/config/env.ts', code: 'export const port = Number(process.env.PORT ?? 8080);' },
    { filename: 'vite.config.ts', code: "process.env.NODE_ENV = 'production';" },
    // A local `process` or `env` is not the global.
    'const process = { env: { PORT: 1 } }; export const port = process.env.PORT;',
    'export function read(env: Record<string, string>) { return env.PORT; }',
    'export function read(globalThis: { process: { env: Record<string, string> } }) { return globalThis.process.env.X; }',
    'export function read() { const window = { process: { env: { X: 1 } } }; return window.process.env.X; }',
    // The rest of `process` is not the environment.
    'process.exit(1); process.on("exit", () => undefined); export const args = process.argv.slice(2);',
    'export const { exit, argv } = process;',
    'export const where = window.location.href; export const size = globalThis.innerWidth;',
    'export const name = process[`title`];',
    // Checking that the environment exists reads no variable.
    "export const hasEnv = typeof process !== 'undefined' && typeof process.env === 'object' && !!process.env;",
    'if (process.env) { console.log("node"); } export const mode = process?.env ? "node" : "browser";',
    // Types do not read anything at run time.
    'export type Env = typeof process.env;',
    'export type Port = typeof process.env.PORT;',
    // Other runtimes are opt-in (see no-process-env.options.test.ts).
    'export const api = import.meta.env.VITE_API; export const port = Bun.env.PORT; export const home = Deno.env.get("HOME");',
  ],
  invalid: [
    // The text pre-check must not skip names spelled with escapes.
    {
      code: 'export const port = proc\\u0065ss.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 42 }],
    },
    {
      code: "export const port = globalThis['\\x70rocess'].env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 54 }],
    },
    {
      code: 'export const port = process.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 37 }],
    },
    // Test files are not silently exempt; a write or delete there is set-up or clean-up, and its
    // message says how tests change the environment.
    {
      filename: 'tests/setup.test.ts',
      code: "process.env.TZ = 'UTC';\nafterEach(() => {\n  delete process.env.DEBUG;\n});\nprocess.env = {};",
      errors: [
        {
          messageId: 'changeInTest',
          data: { ...named(''), what: 'TZ' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
        },
        {
          messageId: 'changeInTest',
          data: { ...named(''), what: 'DEBUG' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 27,
        },
        {
          messageId: 'changeInTest',
          data: { ...named(''), what: 'the environment' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 12,
        },
      ],
    },
    {
      filename: 'tests/setup.test.ts',
      code: 'export const port = process.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 37 }],
      name: 'a read in a test file keeps the read message',
    },
    // Computed keys: literal, template, constant, and unknown.
    {
      code: "process.env['PORT'];",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      code: 'process.env[`PORT`];',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      code: "const KEY = 'PORT'; process.env[KEY];",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 37 }],
    },
    {
      code: 'export function read(key: string) { return process.env[key]; }',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 44, endLine: 1, endColumn: 60 }],
    },
    // Behind an existence check, the variable is still reported.
    {
      code: 'export const debug = process.env && process.env.DEBUG;',
      errors: [{ messageId: 'readVariable', data: named('DEBUG'), line: 1, column: 37, endLine: 1, endColumn: 54 }],
    },
    {
      code: 'export const environment = process.env || {};',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 28, endLine: 1, endColumn: 39 }],
    },
    // The environment passed around, spread or copied.
    {
      code: 'console.log(process.env);',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 13, endLine: 1, endColumn: 24 }],
    },
    {
      code: 'export const copy = { ...process.env };',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 26, endLine: 1, endColumn: 37 }],
    },
    {
      code: 'export default process.env;',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 16, endLine: 1, endColumn: 27 }],
    },
    {
      code: 'export const keys = Object.keys(process.env);',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 33, endLine: 1, endColumn: 44 }],
    },
    // Other spellings of the same object.
    {
      code: "process['env'].PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      code: 'process?.env?.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
    {
      code: 'globalThis.process.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      code: "globalThis['process']?.['env'].PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 36 }],
    },
    {
      code: 'global.process.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 24 }],
    },
    {
      code: 'window.process.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 24 }],
    },
    // TypeScript wrappers do not hide the access.
    {
      code: 'export const port: string = process.env.PORT!;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 29, endLine: 1, endColumn: 45 }],
    },
    {
      code: 'export const port = process.env.PORT as string;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 37 }],
    },
    {
      code: 'export const port = (process.env as Record<string, string>).PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 65 }],
    },
    {
      code: 'export const port = (<NodeJS.ProcessEnv>process.env).PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 58 }],
    },
    {
      code: 'export const port = process.env!.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 38 }],
    },
    {
      code: 'export const port = (process.env satisfies object).PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 56 }],
    },
    // Destructuring: one report per variable, at its property.
    {
      code: "const { HOST, PORT = '8080', ...rest } = process.env;",
      errors: [
        { messageId: 'readVariable', data: named('HOST'), line: 1, column: 9, endLine: 1, endColumn: 13 },
        { messageId: 'readVariable', data: named('PORT'), line: 1, column: 15, endLine: 1, endColumn: 28 },
        { messageId: 'readEnvironment', data: whole, line: 1, column: 30, endLine: 1, endColumn: 37 },
      ],
    },
    {
      code: 'const { env } = process; export const port = env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 9, endLine: 1, endColumn: 12 }],
    },
    {
      code: 'const { env: { PORT } } = process;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 16, endLine: 1, endColumn: 20 }],
    },
    {
      code: 'const { env: environment = {} } = process; export const port = environment.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 14, endLine: 1, endColumn: 25 }],
    },
    {
      code: 'let port; ({ PORT: port } = process.env);',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 14, endLine: 1, endColumn: 24 }],
    },
    {
      code: 'export function start({ PORT } = process.env) { return PORT; }',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 25, endLine: 1, endColumn: 29 }],
    },
    {
      code: "const { ['PORT']: port } = process.env;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 9, endLine: 1, endColumn: 23 }],
    },
    {
      code: 'export function read(key: string) { const { [key]: value } = process.env; return value; }',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 45, endLine: 1, endColumn: 57 }],
    },
    {
      code: 'const { [Symbol.iterator]: iterate } = process.env;',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 9, endLine: 1, endColumn: 35 }],
    },
    // Stored where it cannot be followed: the whole environment is reported where it is read.
    {
      code: 'const holder: { env?: object } = {}; holder.env = process.env;',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 51, endLine: 1, endColumn: 62 }],
    },
    {
      code: 'const [first] = Object.values(process.env); export const [entry] = [process.env];',
      errors: [
        {
          messageId: 'readEnvironment',
          data: whole,
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 42,
        },
        {
          messageId: 'readEnvironment',
          data: whole,
          line: 1,
          column: 69,
          endLine: 1,
          endColumn: 80,
        },
      ],
    },
    // Aliases are followed to their uses.
    {
      code: 'const environment = process.env; export const port = environment.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 7, endLine: 1, endColumn: 18 }],
    },
    {
      code: 'const proc = process; export const port = proc.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 43, endLine: 1, endColumn: 56 }],
    },
    {
      code: 'const { exit, ...rest } = process; export const port = rest.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 56, endLine: 1, endColumn: 69 }],
    },
    {
      code: 'let environment; environment = process.env; export const port = environment.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 18, endLine: 1, endColumn: 29 }],
    },
    // An exported alias hands the whole environment to other modules.
    {
      code: 'export const environment = process.env;',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 14, endLine: 1, endColumn: 25 }],
    },
    {
      code: 'const environment = process.env; export { environment };',
      errors: [{ messageId: 'readEnvironment', data: whole, line: 1, column: 7, endLine: 1, endColumn: 18 }],
    },
    // A declared or configured global is still the global.
    {
      code: 'declare const process: { env: Record<string, string> }; export const port = process.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 77, endLine: 1, endColumn: 93 }],
    },
    {
      code: 'export const port = process.env.PORT;',
      languageOptions: { globals: { process: 'readonly' } },
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 37 }],
    },
    // Key checks read one variable.
    {
      code: "export const has = 'PORT' in process.env;",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 20, endLine: 1, endColumn: 41 }],
    },
    {
      code: "export const has = process.env.hasOwnProperty('PORT');",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 20, endLine: 1, endColumn: 54 }],
    },
    {
      code: "Reflect.get(process.env, 'PORT');",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 33 }],
    },
    {
      code: "Object.hasOwn(process.env, 'PORT');",
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 1, endLine: 1, endColumn: 35 }],
    },
    // TSX and plain JavaScript.
    {
      filename: 'file.tsx',
      code: 'export const Port = () => <span>{process.env.PORT}</span>;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 34, endLine: 1, endColumn: 50 }],
    },
    {
      filename: 'file.js',
      code: 'export const port = process.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 21, endLine: 1, endColumn: 37 }],
    },
    {
      filename: 'types.d.ts',
      code: 'declare const port: typeof process.env.PORT; export const value = process.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), line: 1, column: 67, endLine: 1, endColumn: 83 }],
    },
  ],
});
