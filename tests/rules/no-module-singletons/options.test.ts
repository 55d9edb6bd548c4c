// What RuleTester cannot show: the exact message text, ESLint's own validation of bad options,
// the schema staying in step with the Options type, the recommended preset, and the examples/
// project (one singleton, one proper factory).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import parser from '@typescript-eslint/parser';
import type { JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import rule, { type NoModuleSingletonsOptions } from '../../../src/rules/no-module-singletons/index.js';
import { factoryName } from '../../../src/rules/no-module-singletons/labels.js';

const RULE_ID = 'ssot/no-module-singletons';

function lint(code: string, options?: unknown, filename = 'src/file.ts'): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: parser as Linter.Parser },
        plugins: { ssot: { rules: { 'no-module-singletons': rule as never } } },
        rules: { [RULE_ID]: options === undefined ? 'error' : ['error', options] },
      },
    ],
    filename,
  );
}

describe('no-module-singletons messages', () => {
  it('says what is shared and what to do, in the words of the issue', () => {
    const [message, ...rest] = lint('export const redis = new RedisManager(config.redisUrl);');
    expect(rest).toEqual([]);
    expect(message?.message).toBe(
      'Module-level instance of RedisManager is shared by every importer; create it in a factory (e.g. createRedisManager()) or in the composition root.',
    );
  });

  it('names the lazy singleton, its getter and a factory', () => {
    const [message] = lint(
      'let instance;\nexport function getInstance() { return (instance ??= new RedisManager()); }',
    );
    expect(message?.message).toBe(
      "Lazy singleton 'instance' is created once in getInstance() and then shared by every importer; create it in a factory (e.g. createRedisManager()) or in the composition root.",
    );
  });

  it('appends the message option after a space', () => {
    const [message] = lint('const items = [];\nexport function add(x) { items.push(x); }', {
      message: 'Factories live in src/factories/.',
    });
    expect(message?.message).toBe(
      "Module-level array 'items' is mutated in add(), so every importer shares its contents; create it in a factory (e.g. createItems()) or pass it as a parameter. Factories live in src/factories/.",
    );
  });

  it.each([
    ['RedisManager', 'createRedisManager()'],
    ['ioredis.Cluster', 'createCluster()'],
    ['USER_CACHE', 'createUserCache()'],
    ['userCache', 'createUserCache()'],
    ['#instance', 'createInstance()'],
    ['HTTPClient', 'createHTTPClient()'],
    ['', 'createInstance()'],
  ])('derives the factory name from %j', (name, expected) => {
    expect(factoryName(name)).toBe(expected);
  });
});

describe('no-module-singletons options', () => {
  it.each([
    [{ allowClases: ['Logger'] }, /Unexpected property "allowClases"/],
    [{ checkMutableState: 'yes' }, /Value "yes" should be boolean/],
    [{ allowIn: 'src/main.ts' }, /Value "src\/main\.ts" should be array/],
    [{ allowClasses: [3] }, /Value 3 should be string/],
    [{ allowClasses: [''] }, /should NOT be shorter than 1 characters/],
    [{ allowIn: ['a', 'a'] }, /should NOT have duplicate items/],
  ])('ESLint rejects %j with its schema error', (options, expected) => {
    expect(() => lint('x;', options)).toThrow(/Key "ssot\/no-module-singletons"/);
    expect(() => lint('x;', options)).toThrow(expected);
  });

  it('names the option holding a glob that cannot be used', () => {
    expect(() => lint('x;', { allowIn: ['  '] })).toThrow(
      /no-module-singletons option "allowIn" has an invalid glob "  ": a glob must not be empty/,
    );
    expect(() => lint('x;', { allowClasses: ['Logger', ' '] })).toThrow(/option "allowClasses" has an invalid glob/);
  });

  it('keeps the schema and the Options type in step', () => {
    const [schema] = rule.meta.schema as JSONSchema4ObjectSchema[];
    const everyOption = {
      allowClasses: true,
      allowIn: true,
      checkMutableState: true,
      message: true,
    } satisfies Record<keyof NoModuleSingletonsOptions, true>;
    expect(Object.keys(schema?.properties ?? {}).sort()).toEqual(Object.keys(everyOption).sort());
    expect(schema?.additionalProperties).toBe(false);
    for (const property of Object.values(schema?.properties ?? {})) expect(property.description).toBeTruthy();
    expect(Object.keys(rule.meta.defaultOptions?.[0] ?? {}).every((key) => key in everyOption)).toBe(true);
  });

  it('defaults to checking mutable state and can turn it off', () => {
    const code = 'let count = 0;\nexport function increment() { count++; }';
    expect(lint(code).map((message) => message.messageId)).toEqual(['reassignedState']);
    expect(lint(code, { checkMutableState: false })).toEqual([]);
  });

  it('matches allowIn against the path relative to rootDir', () => {
    const code = 'export const container = new Container();';
    expect(lint(code, { allowIn: ['src/container.ts'] }, 'src/container.ts')).toEqual([]);
    expect(lint(code, { allowIn: ['src/container.ts'] }, 'lib/container.ts')).toHaveLength(1);
  });
});

describe('no-module-singletons in the presets', () => {
  it('is in recommended as a warning and in strict as an error', () => {
    expect(rule.meta.docs?.recommended).toBe(true);
    expect(plugin.configs.recommended.rules?.[RULE_ID]).toBe('warn');
    expect(plugin.configs.strict.rules?.[RULE_ID]).toBe('error');
  });
});

describe('no-module-singletons on examples/', () => {
  const examples = path.resolve(import.meta.dirname, '../../../examples');

  function lintExample(relativePath: string): Linter.LintMessage[] {
    return lint(readFileSync(path.join(examples, relativePath), 'utf8'), undefined, path.join(examples, relativePath));
  }

  it('reports the module-level RedisManager singleton', () => {
    const messages = lintExample('src/cache/redis.ts');
    expect(messages.map(({ messageId, line }) => ({ messageId, line }))).toEqual([
      { messageId: 'moduleInstance', line: 18 },
    ]);
    expect(messages[0]?.message).toContain('createRedisManager()');
  });

  it('leaves the factory and the rest of the service alone', () => {
    for (const file of [
      'src/cache/redis-factory.ts',
      'src/config/env.ts',
      'src/db/clickhouse.ts',
      'src/services/analytics.ts',
      'src/services/reports.ts',
      'src/routes/health.ts',
      'src/websocket/mode.ts',
      'src/websocket/server.ts',
    ]) {
      expect({ file, messages: lintExample(file) }).toEqual({ file, messages: [] });
    }
  });
});
