import type { TSESLint } from '@typescript-eslint/utils';
import { recommended } from './configs/recommended.js';
import { strict } from './configs/strict.js';
import { rules } from './rules/index.js';
import { PACKAGE_INFO } from './package-info.js';

type RuleLevel = 'off' | 'warn' | 'error' | 0 | 1 | 2;

/*
 * The public types describe the plugin structurally, the way typescript-eslint types its own presets
 * and plugin: typescript-eslint's precise `FlatConfig.Config` and `RuleModule` are not assignable to
 * ESLint's `Linter.Config` and `ESLint.Plugin` (`languageOptions` lacks ESLint's index signature, and
 * a rule's `create` takes typescript-eslint's context), so `defineConfig()` and `Linter.Config[]`
 * rejected the presets. These shapes are accepted by ESLint 9 and 10 (`defineConfig`, `Linter.Config`,
 * `ESLint.Plugin`), `tseslint.config()` and plain arrays, under TypeScript 5.9 and 6.0
 * (tests/types/presets.test.ts).
 */

/** A rule of the plugin, as a config file sees it. */
export interface SsotRule {
  meta: { docs?: { description?: string; url?: string } };
  create(context: unknown): Record<string, ((...args: unknown[]) => void) | undefined>;
}

/** A preset (`ssot.configs.recommended`, `ssot.configs.strict`): one flat config object. */
export interface SsotConfig {
  name: string;
  files: string[];
  plugins: { ssot: { meta: { name: string; version: string } } };
  languageOptions: { parser: { parseForESLint(text: string): { ast: unknown; scopeManager: unknown } } };
  rules: Record<string, RuleLevel | [RuleLevel, ...unknown[]]>;
}

/** The plugin object: `plugins: { ssot }`. */
export interface SsotPlugin {
  meta: { name: string; version: string };
  rules: Record<string, SsotRule>;
  configs: { recommended: SsotConfig; strict: SsotConfig };
}

const self: TSESLint.FlatConfig.Plugin = {
  meta: { name: PACKAGE_INFO.name, version: PACKAGE_INFO.version },
  rules,
};
// Presets register the plugin object itself, so they are built after it exists.
self.configs = { recommended: recommended(self), strict: strict(self) };

const plugin = self as unknown as SsotPlugin;

export default plugin;
// `require('eslint-plugin-ssot')` (Node 20.19+ require(esm)) returns the plugin itself, not a namespace.
export { plugin as 'module.exports' };
export { rules };
export type { SsotSettings } from './project/settings.js';
