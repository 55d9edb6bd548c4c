import parser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.js';
import type { SsotRuleDocs } from '../util/create-rule.js';

export const PLUGIN_NAMESPACE = 'ssot';

/** Source files the presets lint; the TypeScript parser reads plain JavaScript too. */
export const PRESET_FILES = ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'];

type Severity = 'warn' | 'error';

/**
 * A ready-to-use flat config object. Rule lists come from each rule's `meta.docs`, so a new rule
 * joins the presets by declaring it, never by editing a hand-kept list.
 */
export function buildPreset(
  name: string,
  plugin: TSESLint.FlatConfig.Plugin,
  include: (docs: SsotRuleDocs) => boolean,
  severity: Severity,
  optionsOf: (docs: SsotRuleDocs) => readonly unknown[] | undefined = () => undefined,
): TSESLint.FlatConfig.Config {
  const enabled: TSESLint.FlatConfig.Rules = {};
  for (const [ruleName, rule] of Object.entries(rules) as [
    string,
    TSESLint.RuleModule<string, readonly unknown[], SsotRuleDocs>,
  ][]) {
    if (!rule.meta.docs || !include(rule.meta.docs)) continue;
    const options = optionsOf(rule.meta.docs);
    enabled[`${PLUGIN_NAMESPACE}/${ruleName}`] = options ? [severity, ...options] : severity;
  }
  return {
    name: `${PLUGIN_NAMESPACE}/${name}`,
    files: PRESET_FILES,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    languageOptions: { parser: parser as TSESLint.FlatConfig.Parser },
    rules: enabled,
  };
}
