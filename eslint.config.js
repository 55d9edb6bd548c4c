// Self-lint: the plugin's own source checked by eslint-plugin-eslint-plugin, typescript-eslint and
// our own recommended preset (loaded from the build, as users load it).
import { defineConfig } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';
import ssot from './dist/index.js';

export default defineConfig([
  {
    ignores: ['dist/**', 'node_modules/**', 'tests/fixtures/**', 'bench/.corpus/**', 'examples/**', 'coverage/**'],
  },
  ...tseslint.configs.recommended,
  ssot.configs.recommended,
  {
    settings: {
      ssot: {
        // Command-line entry points are where this project reads its environment.
        configModules: ['scripts/**', 'bench/**', 'tests/**', '*.config.*'],
      },
    },
    rules: {
      // Scripts, benchmarks and tests are entry points nobody imports, so their module-level
      // instances are not shared; src/ keeps its process-wide caches with a reasoned disable comment.
      'ssot/no-module-singletons': ['warn', { allowIn: ['scripts/**', 'bench/**', 'tests/**'] }],
    },
  },
  {
    // The plugin's own source with type information: typescript-eslint's strict and stylistic
    // type-checked sets find unneeded assertions and conditions, confusing void expressions and the like.
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Counts and line numbers go into messages and cache keys as they print.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The rules themselves (their private helpers are plain modules).
    files: ['src/rules/*/index.ts'],
    ...eslintPlugin.configs.rules,
    rules: {
      ...eslintPlugin.configs.rules.rules,
      // RuleCreator adds meta.docs.url from the rule name, which this rule cannot see statically.
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^[A-Z]' }],
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/meta-property-ordering': 'error',
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/report-message-format': ['error', "^[A-Z'{].*[.)}]$"],
    },
  },
  {
    files: ['tests/rules/**/*.ts'],
    ...eslintPlugin.configs.tests,
    rules: {
      ...eslintPlugin.configs.tests.rules,
      'eslint-plugin/consistent-output': 'error',
      'eslint-plugin/prefer-output-null': 'error',
      'eslint-plugin/test-case-property-ordering': 'error',
      'eslint-plugin/test-case-shorthand-strings': 'error',
    },
  },
]);
