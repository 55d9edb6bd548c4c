import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-process-env.js';

const ruleTester = new RuleTester();

// The default `settings.ssot.configModules`, as the messages name them.
const DEFAULT_ALLOWED = 'the configuration modules (**/config/**, **/*.config.*)';

/** Message data of a report about one variable, with the default settings and no hint. */
function named(name: string, source = 'process.env'): Record<string, string> {
  return { name, source, allowed: DEFAULT_ALLOWED, hint: '' };
}

/** Message data of a report about the whole environment. */
function whole(source = 'process.env'): Record<string, string> {
  return named('', source);
}

ruleTester.run('no-process-env', rule, {
  valid: [
    // Configuration modules may read the environment: the default `configModules` globs...
    { filename: 'src/config/env.ts', code: 'export const port = Number(process.env.PORT ?? 8080);' },
    { filename: 'vite.config.ts', code: "process.env.NODE_ENV = 'production';" },
    // ...or the project's own `settings.ssot.configModules`...
    {
      filename: 'lib/env.ts',
      code: 'export const { PORT } = process.env;',
      settings: { ssot: { configModules: ['lib/env.ts'] } },
    },
    // ...or the `allowIn` option, which replaces them.
    {
      filename: 'src/settings.ts',
      code: 'export const token = process.env.API_TOKEN;',
      options: [{ allowIn: ['src/settings.ts'] }],
    },
    // Test files are exempt only when `allowIn` lists them.
    {
      filename: 'tests/setup.test.ts',
      code: "process.env.TZ = 'UTC';",
      options: [{ allowIn: ['src/config/**', 'tests/**'] }],
    },
    // A local `process` or `env` is not the global.
    'const process = { env: { PORT: 1 } }; export const port = process.env.PORT;',
    'export function read(process: { env: Record<string, string> }) { return process.env.PORT; }',
    'export function read(env: Record<string, string>) { return env.PORT; }',
    "import { env } from './config/env'; export const port = env.PORT;",
    "import process from './fake-process'; export const port = process.env.PORT;",
    'export function read(globalThis: { process: { env: Record<string, string> } }) { return globalThis.process.env.X; }',
    // A shadowed `require` is not Node's.
    "export function load(require: (id: string) => { env: Record<string, string> }) { return require('process').env.X; }",
    // The rest of `process` is not the environment.
    'process.exit(1); process.on("exit", () => undefined); export const args = process.argv.slice(2);',
    'export const { exit, argv } = process;',
    'export const where = window.location.href; export const size = globalThis.innerWidth;',
    // Types do not read anything at run time.
    'export type Env = typeof process.env;',
    "import type { env } from 'node:process'; export type Env = typeof env;",
    // `allowedVariables` may be read anywhere, in every form that names them.
    {
      code: "export const production = process.env.NODE_ENV === 'production';",
      options: [{ allowedVariables: ['NODE_ENV'] }],
    },
    {
      code: "export const { NODE_ENV } = process.env; export const has = 'NODE_ENV' in process.env;",
      options: [{ allowedVariables: ['NODE_ENV'] }],
    },
    // `allowWrites` lets every module write (reads are still checked).
    {
      code: "process.env.TZ = 'UTC'; delete process.env.DEBUG; Object.assign(process.env, { A: '1' });",
      options: [{ allowWrites: true }],
    },
    // Other runtimes are opt-in...
    'export const api = import.meta.env.VITE_API; export const port = Bun.env.PORT; export const home = Deno.env.get("HOME");',
    // ...and then `process.env` is not checked unless `node` is listed too.
    { code: 'export const port = process.env.PORT;', options: [{ runtimes: ['vite'] }] },
    { code: 'const Bun = { env: { PORT: 1 } }; export const port = Bun.env.PORT;', options: [{ runtimes: ['bun'] }] },
    { code: 'const Deno = { env: { get: (name: string) => name } }; Deno.env.get("HOME");', options: [{ runtimes: ['deno'] }] },
    // `import.meta` without `.env`.
    { code: 'export const url = import.meta.url;', options: [{ runtimes: ['vite'] }] },
  ],
  invalid: [
    {
      code: 'export const port = process.env.PORT;',
      errors: [
        {
          messageId: 'readVariable',
          data: { name: 'PORT', allowed: DEFAULT_ALLOWED, source: 'process.env', hint: '' },
          line: 1,
          column: 21,
          endColumn: 37,
        },
      ],
    },
    // Test files are not silently exempt.
    {
      filename: 'tests/setup.test.ts',
      code: "process.env.TZ = 'UTC';",
      errors: [{ messageId: 'writeVariable', data: named('TZ') }],
    },
    // Computed keys: literal, template, constant, and unknown.
    { code: "process.env['PORT'];", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: 'process.env[`PORT`];', errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "const KEY = 'PORT'; process.env[KEY];", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    {
      code: 'export function read(key: string) { return process.env[key]; }',
      errors: [{ messageId: 'readEnvironment', column: 44 }],
    },
    // The environment passed around, spread or copied.
    { code: 'console.log(process.env);', errors: [{ messageId: 'readEnvironment', column: 13 }] },
    { code: 'export const copy = { ...process.env };', errors: [{ messageId: 'readEnvironment' }] },
    { code: 'export default process.env;', errors: [{ messageId: 'readEnvironment' }] },
    { code: 'export const keys = Object.keys(process.env);', errors: [{ messageId: 'readEnvironment' }] },
    // Other spellings of the same object.
    { code: "process['env'].PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: 'process?.env?.PORT;', errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: 'globalThis.process.env.PORT;', errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "globalThis['process']?.['env'].PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: 'global.process.env.PORT;', errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: 'window.process.env.PORT;', errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    // TypeScript wrappers do not hide the access.
    { code: 'export const port: string = process.env.PORT!;', errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: 'export const port = process.env.PORT as string;', errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    {
      code: 'export const port = (process.env as Record<string, string>).PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT') }],
    },
    { code: 'export const port = (<NodeJS.ProcessEnv>process.env).PORT;', errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: 'export const port = process.env!.PORT;', errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    // Destructuring: one report per variable, at its property.
    {
      code: "const { HOST, PORT = '8080', ...rest } = process.env;",
      errors: [
        { messageId: 'readVariable', data: named('HOST'), column: 9 },
        { messageId: 'readVariable', data: named('PORT'), column: 15 },
        { messageId: 'readEnvironment', column: 30 },
      ],
    },
    {
      code: 'const { env } = process; export const port = env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), column: 46 }],
    },
    {
      code: 'const { env: { PORT } } = process;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), column: 16 }],
    },
    {
      code: 'const { env: environment = {} } = process; export const port = environment.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT') }],
    },
    { code: "let port; ({ PORT: port } = process.env);", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    {
      code: 'export function start({ PORT } = process.env) { return PORT; }',
      errors: [{ messageId: 'readVariable', data: named('PORT') }],
    },
    // Aliases are followed to their uses.
    {
      code: 'const environment = process.env; export const port = environment.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT'), column: 54 }],
    },
    { code: 'const proc = process; export const port = proc.env.PORT;', errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    {
      code: 'const { exit, ...rest } = process; export const port = rest.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT') }],
    },
    // An exported alias hands the whole environment to other modules.
    { code: 'export const environment = process.env;', errors: [{ messageId: 'readEnvironment', column: 14 }] },
    { code: 'const environment = process.env; export { environment };', errors: [{ messageId: 'readEnvironment', column: 43 }] },
    // Imports of the process module.
    { code: "import { env } from 'node:process'; env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "import { env } from 'process'; env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "import { env as e } from 'process'; e['PORT'];", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "import process from 'process'; process.env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "import { default as p } from 'process'; p.env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "import * as proc from 'node:process'; proc.env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "import proc = require('process'); proc.env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "const { env } = await import('node:process'); env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "(await import('process')).default.env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "import { env } from 'node:process'; console.log(env);", errors: [{ messageId: 'readEnvironment', column: 49 }] },
    // Re-exports hand the environment to every importer.
    { code: "export { env } from 'node:process';", errors: [{ messageId: 'readEnvironment', column: 10 }] },
    { code: "export * from 'process';", errors: [{ messageId: 'readEnvironment', column: 1 }] },
    // require(), including one made by createRequire.
    { code: "require('process').env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "const { env } = require('node:process'); env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "const proc = require('process'); proc.env.PORT;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    {
      code: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); require('process').env.PORT;",
      errors: [{ messageId: 'readVariable', data: named('PORT') }],
    },
    {
      code: "const { env } = require('process'); module.exports = { port: env.PORT };",
      filename: 'server.cjs',
      languageOptions: { sourceType: 'commonjs' },
      errors: [{ messageId: 'readVariable', data: named('PORT') }],
    },
    // A declared or configured global is still the global.
    {
      code: 'declare const process: { env: Record<string, string> }; export const port = process.env.PORT;',
      errors: [{ messageId: 'readVariable', data: named('PORT') }],
    },
    {
      code: 'export const port = process.env.PORT;',
      languageOptions: { globals: { process: 'readonly' } },
      errors: [{ messageId: 'readVariable', data: named('PORT') }],
    },
    // Key checks read one variable.
    { code: "export const has = 'PORT' in process.env;", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    {
      code: "export const has = process.env.hasOwnProperty('PORT');",
      errors: [{ messageId: 'readVariable', data: named('PORT') }],
    },
    { code: "Reflect.get(process.env, 'PORT');", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    { code: "Object.hasOwn(process.env, 'PORT');", errors: [{ messageId: 'readVariable', data: named('PORT') }] },
    // Writes have their own messages.
    {
      code: "process.env.TZ = 'UTC';",
      errors: [
        {
          messageId: 'writeVariable',
          data: { name: 'TZ', allowed: DEFAULT_ALLOWED, source: 'process.env', hint: '' },
          line: 1,
          column: 1,
          endColumn: 15,
        },
      ],
    },
    { code: "process.env['TZ'] ??= 'UTC';", errors: [{ messageId: 'writeVariable', data: named('TZ') }] },
    { code: 'process.env.COUNT += 1;', errors: [{ messageId: 'writeVariable', data: named('COUNT') }] },
    { code: "(process.env.TZ as string) = 'UTC';", errors: [{ messageId: 'writeVariable', data: named('TZ') }] },
    { code: "process.env.TZ! = 'UTC';", errors: [{ messageId: 'writeVariable', data: named('TZ') }] },
    { code: "[process.env.A] = ['1'];", errors: [{ messageId: 'writeVariable', data: named('A') }] },
    { code: 'delete process.env.DEBUG;', errors: [{ messageId: 'writeVariable', data: named('DEBUG') }] },
    { code: 'delete process.env[name];', errors: [{ messageId: 'writeEnvironment' }] },
    { code: "Object.assign(process.env, { TZ: 'UTC' });", errors: [{ messageId: 'writeEnvironment', column: 1 }] },
    { code: "Reflect.set(process.env, 'TZ', 'UTC');", errors: [{ messageId: 'writeVariable', data: named('TZ') }] },
    { code: "Object.defineProperty(process.env, 'TZ', { value: 'UTC' });", errors: [{ messageId: 'writeVariable', data: named('TZ') }] },
    { code: 'process.env = {};', errors: [{ messageId: 'writeEnvironment' }] },
    { code: "import { env } from 'process'; env.TZ = 'UTC';", errors: [{ messageId: 'writeVariable', data: named('TZ') }] },
    // `allowedVariables` may be read, not written, and a dynamic key is never known to be one of them.
    {
      code: "process.env.NODE_ENV = 'test'; process.env[key];",
      options: [{ allowedVariables: ['NODE_ENV'] }],
      errors: [{ messageId: 'writeVariable', data: named('NODE_ENV') }, { messageId: 'readEnvironment' }],
    },
    // `allowWrites` leaves reads reported.
    {
      code: "process.env.TZ = 'UTC'; export const tz = process.env.TZ;",
      options: [{ allowWrites: true }],
      errors: [{ messageId: 'readVariable', data: named('TZ'), column: 43 }],
    },
    // A custom hint and custom `allowIn` globs are part of the message.
    {
      code: 'export const port = process.env.PORT;',
      options: [{ allowIn: ['src/config.ts'], message: "Import config from '@app/config' instead." }],
      errors: [
        {
          messageId: 'readVariable',
          data: {
            name: 'PORT',
            allowed: 'the configuration module (src/config.ts)',
            source: 'process.env',
            hint: " Import config from '@app/config' instead.",
          },
        },
      ],
    },
    {
      code: 'export const port = process.env.PORT;',
      settings: { ssot: { configModules: [] } },
      errors: [
        {
          messageId: 'readVariable',
          data: {
            name: 'PORT',
            allowed: 'a configuration module (none is allowed yet: set settings.ssot.configModules or allowIn)',
            source: 'process.env',
            hint: '',
          },
        },
      ],
    },
    // TSX and plain JavaScript.
    {
      code: 'export const Port = () => <span>{process.env.PORT}</span>;',
      filename: 'file.tsx',
      errors: [{ messageId: 'readVariable', data: named('PORT') }],
    },
    { code: 'export const port = process.env.PORT;', filename: 'file.js', errors: [{ messageId: 'readVariable' }] },
    // Opt-in runtimes.
    {
      code: 'export const api = import.meta.env.VITE_API; import.meta.env.MODE = "test";',
      options: [{ runtimes: ['vite'] }],
      errors: [
        { messageId: 'readVariable', data: named('VITE_API', 'import.meta.env') },
        { messageId: 'writeVariable', data: named('MODE', 'import.meta.env') },
      ],
    },
    {
      code: 'export const { VITE_API } = import.meta.env; export const all = import.meta.env;',
      options: [{ runtimes: ['vite'] }],
      errors: [
        { messageId: 'readVariable', data: named('VITE_API', 'import.meta.env') },
        { messageId: 'readEnvironment', data: whole('import.meta.env') },
      ],
    },
    {
      code: "export const port = Bun.env.PORT; export const host = globalThis.Bun.env['HOST'];",
      options: [{ runtimes: ['bun'] }],
      errors: [
        { messageId: 'readVariable', data: named('PORT', 'Bun.env') },
        { messageId: 'readVariable', data: named('HOST', 'Bun.env') },
      ],
    },
    {
      code: "import { env } from 'bun'; export const port = env.PORT;",
      options: [{ runtimes: ['bun'] }],
      errors: [{ messageId: 'readVariable', data: named('PORT', 'Bun.env') }],
    },
    {
      code: [
        "export const home = Deno.env.get('HOME');",
        "export const debug = Deno.env.has('DEBUG');",
        "Deno.env.set('TZ', 'UTC');",
        "Deno.env.delete('TZ');",
        'export const all = Deno.env.toObject();',
        'export function read(name: string) { return Deno.env.get(name); }',
      ].join('\n'),
      options: [{ runtimes: ['deno'] }],
      errors: [
        { messageId: 'readVariable', data: named('HOME', 'Deno.env'), line: 1 },
        { messageId: 'readVariable', data: named('DEBUG', 'Deno.env'), line: 2 },
        { messageId: 'writeVariable', data: named('TZ', 'Deno.env'), line: 3 },
        { messageId: 'writeVariable', data: named('TZ', 'Deno.env'), line: 4 },
        { messageId: 'readEnvironment', data: whole('Deno.env'), line: 5 },
        { messageId: 'readEnvironment', data: whole('Deno.env'), line: 6 },
      ],
    },
    {
      code: "const environment = Deno.env; export const home = environment.get('HOME');",
      options: [{ runtimes: ['deno'] }],
      errors: [{ messageId: 'readVariable', data: named('HOME', 'Deno.env') }],
    },
    // Several runtimes at once.
    {
      code: 'export const a = process.env.A; export const b = import.meta.env.B;',
      options: [{ runtimes: ['node', 'vite'] }],
      errors: [
        { messageId: 'readVariable', data: named('A', 'process.env') },
        { messageId: 'readVariable', data: named('B', 'import.meta.env') },
      ],
    },
  ],
});
