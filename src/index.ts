import type { TSESLint } from '@typescript-eslint/utils';
import { recommended } from './configs/recommended.js';
import { strict } from './configs/strict.js';
import { rules } from './rules/index.js';
import { PACKAGE_INFO } from './package-info.js';

interface SsotPlugin extends TSESLint.FlatConfig.Plugin {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: {
    recommended: TSESLint.FlatConfig.Config;
    strict: TSESLint.FlatConfig.Config;
  };
}

const plugin = {
  meta: { name: PACKAGE_INFO.name, version: PACKAGE_INFO.version },
  rules,
  configs: {} as SsotPlugin['configs'],
} satisfies SsotPlugin;

// Presets register the plugin object itself, so they are built after it exists.
plugin.configs.recommended = recommended(plugin);
plugin.configs.strict = strict(plugin);

export default plugin;
// `require('eslint-plugin-ssot')` (Node 20.19+ require(esm)) returns the plugin itself, not a namespace.
export { plugin as 'module.exports' };
export { rules };
export type { SsotSettings } from './project/settings.js';
