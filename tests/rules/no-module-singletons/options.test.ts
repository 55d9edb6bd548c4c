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
  it('says what is shared, why it is state, and what to do', () => {
    const code = [
      'class RedisManager {',
      '  private readonly entries = new Map();',
      '  set(key, value) { this.entries.set(key, value); }',
      '}',
      'export const redis = new RedisManager(config.redisUrl);',
    ].join('\n');
    const [message, ...rest] = lint(code);
    expect(rest).toEqual([]);
    expect(message?.message).toBe(
      "Module-level instance of RedisManager is shared by every importer, and RedisManager keeps state (its field 'entries' is changed in RedisManager.set()); create it in a factory (e.g. createRedisManager()) or in the composition root.",
    );
  });

  it('words the strict-only reports for what they are, without a made-up factory', () => {
    const [router] = lint('export const router = new Router();', { instances: 'all' });
    expect(router?.message).toBe(
      'Module-level instance of Router is shared by every importer; fine when it is only configured while the module loads (the recommended preset does not report it), otherwise create it in the composition root or per request.',
    );
    const [memo] = lint('let initialized = false;\nexport function init() { initialized = true; }', { memos: true });
    expect(memo?.message).toBe(
      "Module-level variable 'initialized' is set once, in init(), and then shared by every importer as a per-process memo; fine when it is the same for every request, user and test (the recommended preset does not report it), otherwise keep it in an object created per request.",
    );
  });

  it('names the call a lazily kept result comes from, and the call an anonymous callback is passed to', () => {
    const [pool] = lint('let pool;\nexport async function getPool() { return (pool ??= await createPool()); }');
    expect(pool?.message).toBe(
      "Lazy singleton 'pool' keeps what createPool() returned on first use in getPool() and shares it with every importer; call createPool() in the composition root (or per request) and pass the result to the code that needs it.",
    );
    const [state] = lint(
      'let client;\nbeforeEach(() => { client = connect(); });',
      { checkTestFiles: true },
      'src/a.test.ts',
    );
    expect(state?.message).toBe(
      "Module-level variable 'client' is reassigned in the callback passed to beforeEach(), so every importer shares its value; keep it in an object created per request, test or tenant, or pass it as a parameter.",
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
      "Module-level array 'items' is changed in add(), so every importer shares its contents; create it per request, test or tenant (in a factory or the composition root), or pass it as a parameter. Factories live in src/factories/.",
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
    [{ instances: 'some' }, /should be equal to one of the allowed values/],
    [{ memos: 1 }, /Value 1 should be boolean/],
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
      instances: true,
      memos: true,
      checkTestFiles: true,
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
    const options = { allowIn: ['src/container.ts'], instances: 'all' };
    expect(lint(code, options, 'src/container.ts')).toEqual([]);
    expect(lint(code, options, 'lib/container.ts')).toHaveLength(1);
  });
});

describe('no-module-singletons in the presets', () => {
  it('is in recommended as a warning with its defaults, and in strict as an error in its thorough mode', () => {
    expect(rule.meta.docs?.recommended).toBe(true);
    expect(plugin.configs.recommended.rules?.[RULE_ID]).toBe('warn');
    expect(plugin.configs.strict.rules?.[RULE_ID]).toEqual([
      'error',
      { instances: 'all', memos: true, checkTestFiles: true },
    ]);
  });

  it('reports in strict what recommended leaves alone', () => {
    const code = 'export const router = new Router();\nlet loaded = false;\nexport function load() { loaded = true; }';
    expect(lint(code)).toEqual([]);
    expect(lint(code, { instances: 'all', memos: true, checkTestFiles: true }).map((m) => m.messageId)).toEqual([
      'sharedInstance',
      'memo',
    ]);
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
