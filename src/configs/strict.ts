import type { TSESLint } from '@typescript-eslint/utils';
import { buildPreset } from './preset.js';

/** Every rule, as an error, with the options each rule declares for thorough checking. */
export function strict(plugin: TSESLint.FlatConfig.Plugin): TSESLint.FlatConfig.Config {
  return buildPreset(
    'strict',
    plugin,
    () => true,
    'error',
    (docs) => docs.strictOptions,
  );
}
