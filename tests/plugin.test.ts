import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { REPOSITORY_URL, type SsotRuleDocs } from '../src/util/create-rule.js';

const root = path.resolve(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
type AnyRule = TSESLint.RuleModule<string, readonly unknown[], SsotRuleDocs> & { name: string };
const ruleEntries = Object.entries(plugin.rules) as Array<[string, AnyRule]>;
const docFiles = readdirSync(path.join(root, 'docs/rules')).filter((file) => file.endsWith('.md'));
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

describe('plugin object', () => {
  it('takes its name and version from package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });

  it('has one documentation page per rule and no page without a rule', () => {
    expect(docFiles.map((file) => file.replace(/\.md$/, '')).sort()).toEqual(ruleEntries.map(([name]) => name).sort());
  });
});

describe.each(ruleEntries)('rule %s', (name, rule) => {
  it('is named after its key and its file', () => {
    expect(rule.name).toBe(name);
    expect(existsSync(path.join(root, 'src/rules', name, 'index.ts'))).toBe(true);
  });

  it('links to its documentation page and describes itself', () => {
    expect(rule.meta.docs?.url).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);
    expect(rule.meta.docs?.description).toMatch(/^[A-Z].*[^.]$/);
  });

  // eslint-plugin/no-unused-message-ids cannot see reports made in a rule's private modules through a
  // variable, so the tests are where an unused message shows: each must be expected by one of them.
  it('has every message expected by a test in its test folder', () => {
    const testDir = path.join(root, 'tests/rules', name);
    const expected = new Set(
      readdirSync(testDir)
        .filter((file) => file.endsWith('.test.ts'))
        .flatMap((file) => [...readFileSync(path.join(testDir, file), 'utf8').matchAll(/messageId: '(\w+)'/g)])
        .map((match) => match[1]),
    );
    expect(Object.keys(rule.meta.messages).filter((messageId) => !expected.has(messageId))).toEqual([]);
  });

  it('is listed in the README rules table', () => {
    expect(readme).toContain(`[${name}](docs/rules/${name}.md)`);
  });

  it('has default options that its own schema accepts', () => {
    const linter = new Linter({ configType: 'flat' });
    const defaults = (rule.meta as { defaultOptions?: unknown[] }).defaultOptions ?? [];
    const messages = linter.verify(
      'export {};',
      {
        files: ['**/*.ts'],
        plugins: { ssot: plugin },
        languageOptions: { parser: plugin.configs.recommended.languageOptions?.parser },
        rules: { [`ssot/${name}`]: ['error', ...defaults] },
      } as unknown as Linter.Config,
      'file.ts',
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
  });

  it("rejects an unknown option with ESLint's schema error naming the rule", () => {
    const linter = new Linter({ configType: 'flat' });
    const schema = rule.meta.schema;
    const takesObject =
      Array.isArray(schema) && schema.length > 0 && (schema[0] as { type?: string }).type === 'object';
    const badOptions = takesObject ? [{ notAnOption: true }] : ['unexpected'];
    expect(() =>
      linter.verify('export {};', {
        plugins: { ssot: plugin },
        rules: { [`ssot/${name}`]: ['error', ...badOptions] },
      } as unknown as Linter.Config),
    ).toThrow(new RegExp(`ssot/${name}`));
  });
});

describe('presets', () => {
  const recommendedRules = ruleEntries.filter(([, rule]) => rule.meta.docs?.recommended === true);

  it.each(['recommended', 'strict'] as const)(
    '%s registers the plugin as "ssot" and sets the TypeScript parser',
    (name) => {
      const config = plugin.configs[name];
      expect(config.name).toBe(`ssot/${name}`);
      expect(config.plugins?.ssot).toBe(plugin);
      expect(config.languageOptions?.parser).toBeDefined();
      expect(config.files).toEqual(expect.arrayContaining(['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}']));
    },
  );

  it('recommended warns for exactly the rules whose docs say recommended', () => {
    expect(plugin.configs.recommended.rules).toEqual(
      Object.fromEntries(recommendedRules.map(([name]) => [`ssot/${name}`, 'warn'])),
    );
  });

  it('strict turns every rule on as an error, with the options a rule declares for its thorough mode', () => {
    expect(plugin.configs.strict.rules).toEqual(
      Object.fromEntries(
        ruleEntries.map(([name, rule]) => {
          const options = (rule.meta.docs as { strictOptions?: unknown[] } | undefined)?.strictOptions;
          return [`ssot/${name}`, options ? ['error', ...options] : 'error'];
        }),
      ),
    );
    expect(Object.values(plugin.configs.strict.rules ?? {}).filter(Array.isArray)).toHaveLength(2);
  });
});

describe('published entry point (dist/)', () => {
  const entry = path.join(root, 'dist/index.js');

  it('loads with import and exposes the same rules and presets', async () => {
    const loaded = (await import(entry)).default as typeof plugin;
    expect(loaded.meta).toEqual(plugin.meta);
    expect(Object.keys(loaded.rules).sort()).toEqual(Object.keys(plugin.rules).sort());
    expect(Object.keys(loaded.configs).sort()).toEqual(['recommended', 'strict']);
  });

  it('loads with require() (Node 20.19+ require(esm)) as the plugin object itself', () => {
    const require = createRequire(import.meta.url);
    const loaded = require(entry) as typeof plugin;
    expect(loaded.meta).toEqual(plugin.meta);
    expect(Object.keys(loaded.rules).sort()).toEqual(Object.keys(plugin.rules).sort());
    expect(loaded.configs.recommended.plugins?.ssot).toBe(loaded);
  });

  it('resolves through the package name and its exports map', async () => {
    const require = createRequire(path.join(root, 'examples', 'eslint.config.js'));
    expect(require.resolve('eslint-plugin-ssot')).toBe(entry);
    const viaImport = (await import('eslint-plugin-ssot')).default as typeof plugin;
    expect(viaImport.meta.name).toBe('eslint-plugin-ssot');
  });
});
