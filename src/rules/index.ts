import type { TSESLint } from '@typescript-eslint/utils';
import type { SsotRuleDocs } from '../util/create-rule.js';
import canonicalImports from './canonical-imports.js';
import maxLines from './max-lines.js';
import noDeprecatedEnumMembers from './no-deprecated-enum-members.js';
import noModuleSingletons from './no-module-singletons.js';
import noProcessEnv from './no-process-env.js';

/** The single map of rules: presets, docs and tests are derived from it. */
export const rules = {
  'canonical-imports': canonicalImports,
  'max-lines': maxLines,
  'no-deprecated-enum-members': noDeprecatedEnumMembers,
  'no-module-singletons': noModuleSingletons,
  'no-process-env': noProcessEnv,
} satisfies Record<string, TSESLint.RuleModule<string, readonly unknown[], SsotRuleDocs>>;

export type RuleName = keyof typeof rules;
