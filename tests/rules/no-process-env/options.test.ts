import { RuleTester } from '@typescript-eslint/rule-tester';
import parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import rule, { type NoProcessEnvOptions } from '../../../src/rules/no-process-env/index.js';

const DEFAULT_ALLOWED = 'the configuration modules (**/config/**, **/*.config.*)';

function named(name: string, source = 'process.env'): Record<string, string> {
  return { name, source, allowed: DEFAULT_ALLOWED, hint: '' };
}

function whole(source = 'process.env'): Record<string, string> {
  return named('', source);
}

new RuleTester().run('no-process-env', rule, {
  valid: [
    {
      filename: 'lib/env.ts',
      code: 'export const { PORT } = process.env;',
      settings: { ssot: { configModules: ['lib/env.ts'] } },
      name: 'settings.ssot.configModules names the configuration modules',
    },
    {
      filename: 'src/settings.ts',
      code: 'export const token = process.env.API_TOKEN;',
      options: [{ allowIn: ['src/settings.ts'] }],
      name: 'allowIn replaces configModules',
    },
    {
      filename: 'examples/src/env.ts',
      code: 'export const token = process.env.API_TOKEN;',
      options: [{ allowIn: ['src/env.ts'] }],
      settings: { ssot: { rootDir: 'examples' } },
      name: 'allowIn globs are relative to settings.ssot.rootDir',
    },
    {
      filename: 'tests/setup.test.ts',
      code: "process.env.TZ = 'UTC';",
      options: [{ allowIn: ['src/config/**', 'tests/**'] }],
      name: 'test files are allowed when allowIn lists them',
    },
    {
      code: "export const production = process.env.NODE_ENV === 'production';",
      options: [{ allowedVariables: ['NODE_ENV'] }],
      name: 'an allowed variable may be read anywhere',
    },
    {
      code: "export const { NODE_ENV } = process.env; export const has = 'NODE_ENV' in process.env;",
      options: [{ allowedVariables: ['NODE_ENV'] }],
      name: 'an allowed variable may be destructured or checked',
    },
    {
      code: "process.env.TZ = 'UTC'; delete process.env.DEBUG; Object.assign(process.env, { A: '1' });",
      options: [{ allowWrites: true }],
      name: 'allowWrites allows every write',
    },
    {
      code: 'export const port = process.env.PORT;',
      options: [{ runtimes: ['vite'] }],
      name: 'process.env is not checked when runtimes leaves out node',
    },
    {
      code: 'const Bun = { env: { PORT: 1 } }; export const port = Bun.env.PORT;',
      options: [{ runtimes: ['bun'] }],
      name: 'a local Bun is not the runtime',
    },
    {
      code: 'const Deno = { env: { get: (name: string) => name } }; Deno.env.get("HOME");',
      options: [{ runtimes: ['deno'] }],
      name: 'a local Deno is not the runtime',
    },
    {
      code: 'export const url = import.meta.url; export const hot = import.meta.hot;',
      options: [{ runtimes: ['vite'] }],
      name: 'import.meta without env',
    },
  ],
  invalid: [
    {
      code: "process.env.NODE_ENV = 'test'; process.env[key];",
      options: [{ allowedVariables: ['NODE_ENV'] }],
      errors: [
        { messageId: 'writeVariable', data: named('NODE_ENV'), line: 1, column: 1, endLine: 1, endColumn: 21 },
        { messageId: 'readEnvironment', data: whole(), line: 1, column: 32, endLine: 1, endColumn: 48 },
      ],
      name: 'an allowed variable may not be written, and a dynamic key is never known to be allowed',
    },
    {
      code: "process.env.TZ = 'UTC'; export const tz = process.env.TZ;",
      options: [{ allowWrites: true }],
      errors: [{ messageId: 'readVariable', data: named('TZ'), line: 1, column: 43, endLine: 1, endColumn: 57 }],
      name: 'allowWrites leaves reads reported',
    },
    {
      filename: 'src/config/env.ts',
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
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 37,
        },
      ],
      name: 'allowIn and the custom hint appear in the message',
    },
    {
      code: 'export const port = process.env.PORT;',
      errors: [
        {
          messageId: 'readVariable',
          data: {
            name: 'PORT',
            allowed: 'a configuration module (none is allowed yet: set settings.ssot.configModules or allowIn)',
            source: 'process.env',
            hint: '',
          },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 37,
        },
      ],
      settings: { ssot: { configModules: [] } },
      name: 'with no configuration module the message says how to name one',
    },
    {
      code: 'export const api = import.meta.env.VITE_API; import.meta.env.MODE = "test";',
      options: [{ runtimes: ['vite'] }],
      errors: [
        {
          messageId: 'readVariable',
          data: named('VITE_API', 'import.meta.env'),
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 44,
        },
        {
          messageId: 'writeVariable',
          data: named('MODE', 'import.meta.env'),
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 66,
        },
      ],
      name: 'vite: import.meta.env reads and writes',
    },
    {
      code: 'export const { VITE_API } = import.meta.env; export const all = import.meta.env;',
      options: [{ runtimes: ['vite'] }],
      errors: [
        {
          messageId: 'readVariable',
          data: named('VITE_API', 'import.meta.env'),
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 24,
        },
        {
          messageId: 'readEnvironment',
          data: whole('import.meta.env'),
          line: 1,
          column: 59,
          endLine: 1,
          endColumn: 62,
        },
      ],
      name: 'vite: import.meta.env destructured and passed around',
    },
    {
      code: "export const port = Bun.env.PORT; export const host = globalThis.Bun.env['HOST'];",
      options: [{ runtimes: ['bun'] }],
      errors: [
        { messageId: 'readVariable', data: named('PORT', 'Bun.env'), line: 1, column: 21, endLine: 1, endColumn: 33 },
        { messageId: 'readVariable', data: named('HOST', 'Bun.env'), line: 1, column: 55, endLine: 1, endColumn: 81 },
      ],
      name: 'bun: Bun.env, also through globalThis',
    },
    {
      code: "import { env } from 'bun'; export const port = env.PORT;",
      options: [{ runtimes: ['bun'] }],
      errors: [
        { messageId: 'readVariable', data: named('PORT', 'Bun.env'), line: 1, column: 10, endLine: 1, endColumn: 13 },
      ],
      name: "bun: env imported from 'bun'",
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
        { messageId: 'readVariable', data: named('HOME', 'Deno.env'), line: 1, column: 21, endLine: 1, endColumn: 41 },
        { messageId: 'readVariable', data: named('DEBUG', 'Deno.env'), line: 2, column: 22, endLine: 2, endColumn: 43 },
        { messageId: 'writeVariable', data: named('TZ', 'Deno.env'), line: 3, column: 1, endLine: 3, endColumn: 26 },
        { messageId: 'writeVariable', data: named('TZ', 'Deno.env'), line: 4, column: 1, endLine: 4, endColumn: 22 },
        { messageId: 'readEnvironment', data: whole('Deno.env'), line: 5, column: 20, endLine: 5, endColumn: 28 },
        { messageId: 'readEnvironment', data: whole('Deno.env'), line: 6, column: 45, endLine: 6, endColumn: 63 },
      ],
      name: 'deno: get and has read, set and delete write, toObject and unknown keys read everything',
    },
    {
      code: "const environment = Deno.env; export const home = environment.get('HOME');",
      options: [{ runtimes: ['deno'] }],
      errors: [
        { messageId: 'readVariable', data: named('HOME', 'Deno.env'), line: 1, column: 7, endLine: 1, endColumn: 18 },
      ],
      name: 'deno: an alias of Deno.env is followed, and reported where it is taken',
    },
    {
      code: 'export const a = process.env.A; export const b = import.meta.env.B;',
      options: [{ runtimes: ['node', 'vite'] }],
      errors: [
        { messageId: 'readVariable', data: named('A'), line: 1, column: 18, endLine: 1, endColumn: 31 },
        {
          messageId: 'readVariable',
          data: named('B', 'import.meta.env'),
          line: 1,
          column: 50,
          endLine: 1,
          endColumn: 67,
        },
      ],
      name: 'several runtimes at once',
    },
  ],
});

describe('no-process-env options', () => {
  function lint(options: unknown): Linter.LintMessage[] {
    const linter = new Linter({ configType: 'flat' });
    return linter.verify(
      'export const port = process.env.PORT;',
      {
        files: ['**/*.ts'],
        plugins: { ssot: plugin },
        languageOptions: { parser: parser as Linter.Parser },
        rules: { 'ssot/no-process-env': ['error', options] },
      } as unknown as Linter.Config,
      'src/server.ts',
    );
  }

  // ESLint's schema errors show the rejected value; an unknown option is named.
  it.each([
    [{ allowIn: 'src/config/**' }, /Value "src\/config\/\*\*" should be array/],
    [{ allowIn: ['src/config/**', 'src/config/**'] }, /should NOT have duplicate items/],
    [{ allowedVariables: [''] }, /Value "" should NOT be shorter than 1 characters/],
    [{ allowWrites: 'yes' }, /Value "yes" should be boolean/],
    [{ runtimes: ['python'] }, /Value "python" should be equal to one of the allowed values/],
    [{ runtimes: [] }, /Value \[\] should NOT have fewer than 1 items/],
    [{ message: 42 }, /Value 42 should be string/],
    [{ allowedVariable: ['NODE_ENV'] }, /Unexpected property "allowedVariable"/],
  ])('ESLint rejects %j with its schema error', (options, expected) => {
    expect(() => lint(options)).toThrow(/Key "ssot\/no-process-env"/);
    expect(() => lint(options)).toThrow(expected);
  });

  it('names the option holding a glob that cannot be used', () => {
    expect(() => lint({ allowIn: ['src/config/**', '   '] })).toThrow(
      /ssot\/no-process-env option "allowIn" has an invalid glob "   ": a glob must not be empty/,
    );
  });

  it('accepts every option together', () => {
    const messages = lint({
      allowIn: ['src/config/**'],
      allowedVariables: ['NODE_ENV'],
      allowWrites: true,
      runtimes: ['node', 'vite', 'bun', 'deno'],
      message: 'Import config from @app/config instead.',
    });
    expect(messages.map((message) => message.message)).toEqual([
      'Read PORT through the configuration module (src/config/**), not process.env. Import config from @app/config instead.',
    ]);
  });

  it('declares every option of its Options type in its schema, and nothing else', () => {
    const optionNames: Record<keyof NoProcessEnvOptions, true> = {
      allowIn: true,
      allowedVariables: true,
      allowWrites: true,
      runtimes: true,
      message: true,
    };
    const schema = (rule.meta.schema as unknown as Array<{ properties: Record<string, { description?: string }> }>)[0]!;
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(optionNames).sort());
    for (const property of Object.values(schema.properties)) expect(property.description).toMatch(/\S/);
  });
});
