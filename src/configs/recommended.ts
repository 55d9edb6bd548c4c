import type { TSESLint } from '@typescript-eslint/utils';
import { buildPreset } from './preset.js';

/** Rules that are almost never false positives, as warnings. */
export function recommended(plugin: TSESLint.FlatConfig.Plugin): TSESLint.FlatConfig.Config {
  return buildPreset('recommended', plugin, (docs) => docs.recommended === true, 'warn');
}
