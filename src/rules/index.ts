import type { TSESLint } from '@typescript-eslint/utils';
import type { SsotRuleDocs } from '../util/create-rule.js';
import canonicalImports from './canonical-imports/index.js';
import maxLines from './max-lines/index.js';
import noDuplicateDefinitions from './no-duplicate-definitions/index.js';
import noDeprecatedEnumMembers from './no-deprecated-enum-members/index.js';
import noModuleSingletons from './no-module-singletons/index.js';
import noProcessEnv from './no-process-env/index.js';

/** The single map of rules: presets, docs and tests are derived from it. */
export const rules = {
  'canonical-imports': canonicalImports,
  'max-lines': maxLines,
  'no-deprecated-enum-members': noDeprecatedEnumMembers,
  'no-duplicate-definitions': noDuplicateDefinitions,
  'no-module-singletons': noModuleSingletons,
  'no-process-env': noProcessEnv,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[], SsotRuleDocs>>;

export type RuleName = keyof typeof rules;
