import { ESLintUtils } from '@typescript-eslint/utils';

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-ssot/eslint-plugin-ssot';

/** Extra `meta.docs` fields our rules declare; presets are derived from them. */
export interface SsotRuleDocs {
  description: string;
  /** In the `recommended` preset (as a warning). Every rule is in `strict` (as an error). */
  recommended?: boolean;
}

export const createRule = ESLintUtils.RuleCreator<SsotRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
