// Files the rule does not check, whatever they define: where they lie decides it.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-duplicate-definitions/index.js';
import { SERVICE, file, project, settings } from './project.js';

// What tsc emits from a `.mts` module, kept beside it.
const POOL = SERVICE.replace('ClickHouseService', 'ConnectionPool');
project.write('src/db/pool.mts', POOL);
project.write(
  'src/db/pool.mjs',
  'export class ConnectionPool {\n  constructor(url) {\n    this.url = url;\n  }\n  async query(sql, params) {\n    return this.request("POST", sql, params);\n  }\n}\n',
);

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
    {
      filename: file('src/db/pool.mts'),
      code: POOL,
      options: [{ minSimilarity: 0 }],
      settings,
      name: 'a compiled twin is no other definition: x.mjs beside x.mts',
    },
  ],
  invalid: [],
});
