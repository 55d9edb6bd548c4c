// Files the rule does not check, whatever they define: where they lie decides it.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-duplicate-definitions/index.js';
import { SERVICE, file, settings } from './project.js';

new RuleTester().run('no-duplicate-definitions', rule, {
  valid: [
    {
      filename: file('src/types.d.ts'),
      code: "export interface QueryParams {\n  database: string;\n  timeoutMs: number;\n  format: 'JSON' | 'CSV';\n}\n",
      options: [{ minSimilarity: 0 }],
      settings,
      name: 'a declaration file is not checked when linted either',
    },
    {
      filename: file('../outside-the-root/clickhouse.ts'),
      code: SERVICE,
      options: [{ minSimilarity: 0, scope: 'project' }],
      settings,
      name: 'nor is a file outside rootDir',
    },
  ],
  invalid: [],
});
