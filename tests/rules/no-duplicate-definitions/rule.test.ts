// What is a second definition of a concept and what is not. The project on disk: project.ts.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-duplicate-definitions/index.js';
import { SERVICE, file, settings } from './project.js';

const CANONICAL_SERVICE = 'src/db/clickhouse.ts:1';

new RuleTester().run('no-duplicate-definitions', rule, {
  valid: [
    {
      filename: file('src/db/clickhouse.ts'),
      code: SERVICE,
      options: [{ minSimilarity: 0 }],
      settings,
      name: 'the one definition: shims, aliases, mocks, builds, ignored and .d.ts files define nothing',
    },
    {
      filename: file('src/services/query.ts'),
      code: "import { ClickHouseService } from '../db/clickhouse';\nexport { ClickHouseService };\nexport { toRow as default } from '../db/clickhouse';\n",
      settings,
      name: 're-exports are no definitions',
    },
    {
      filename: file('src/services/query.ts'),
      code: "import type { QueryParams as Params } from '../db/clickhouse';\nexport interface QueryParams extends Params {}\nexport type Row = import('../db/clickhouse').Row;\n",
      options: [{ minSimilarity: 0 }],
      settings,
      name: 'aliases of imported types are no definitions',
    },
    {
      filename: file('src/services/query.ts'),
      code: "declare module 'clickhouse' {\n  export class ClickHouseService {}\n}\nexport declare class ClickHouseService {}\n",
      options: [{ minSimilarity: 0 }],
      settings,
      name: 'ambient declarations are no definitions',
    },
    {
      filename: file('src/services/query.ts'),
      code: SERVICE.replace('export class', 'class'),
      settings,
      name: 'a class the module keeps to itself',
    },
    {
      filename: file('src/editor/marks.ts'),
      code: 'export class Comment {\n  toDOM() {\n    return ["span", { class: "comment-mark" }, 0];\n  }\n  get schema() {\n    return { inclusive: false };\n  }\n}\n',
      settings,
      name: 'same name, code about different things: two concepts',
    },
    {
      filename: file('src/components/Comment.tsx'),
      code: 'export function Comment() {\n  return null;\n}\n',
      settings,
      name: 'a function is not the same sort of thing as a class',
    },
    {
      filename: file('src/api/mode.ts'),
      code: "export const Format = { JSON: 'JSON', CSV: 'CSV' } as const;\n",
      settings,
      name: 'an object constant is not the same sort of thing as an enum, however alike',
    },
    {
      filename: file('src/tools/erase/Idle.ts'),
      code: "export class Idle {\n  onEnter() {\n    this.tool = 'erase';\n  }\n}\n",
      settings,
      name: 'a name five modules define is a per-module convention',
    },
    {
      filename: file('src/fp/Either.ts'),
      code: 'export const map = (f: (value: number) => number) => (either: number[]) => either.map(f);\n',
      settings,
      name: 'modules re-exported as namespaces are read qualified',
    },
    {
      filename: file('packages/client/src/user.ts'),
      code: 'export interface User {\n  id: string;\n  name: string;\n  email: string;\n}\n',
      settings,
      name: 'by default each workspace package may declare its own User',
    },
    {
      filename: file('src/db/clickhouse.spec.ts'),
      code: SERVICE,
      settings,
      name: 'test files are not checked by default',
    },
    {
      filename: file('src/pages/home.tsx'),
      code: 'export interface Props {\n  title: string;\n}\nexport function GET() {}\n',
      settings,
      name: 'conventional names are ignored',
    },
    {
      filename: file('src/index.ts'),
      code: "import * as logging from './logging';\nexport function setLogger(logger: Console): void {\n  logging.setLogger(logger);\n}\n",
      options: [{ minSimilarity: 0 }],
      settings,
      name: 'a facade that calls the function of the same name elsewhere is no second definition',
    },
    {
      filename: file('src/schema/v2025_06_18.ts'),
      code: 'export class Ping {\n  readonly method = "ping";\n  readonly id = 1;\n}\n',
      settings,
      name: 'versions of one module side by side keep their own copies',
    },
    {
      filename: file('src/internal/hashMap.ts'),
      code: 'export const isEmpty = (map: { size: number }) => map.size === 0;\n',
      options: [{ minSimilarity: 0 }],
      settings,
      name: 'modules read through namespace imports name their exports qualified',
    },
    {
      filename: file('src/internal/queue.ts'),
      code: 'export const isEmpty = (queue: { size: number }) => queue.size === 0;\n',
      options: [{ minSimilarity: 0 }],
      settings,
      name: 'a module read through a namespace is not checked against one that is not',
    },
    {
      filename: file('src/utils/size.ts'),
      code: 'export const isEmpty = (queue: { size: number }) => queue.size === 0;\n',
      // Three modules read through namespaces define it: no convention cut-off may hide them.
      options: [{ minSimilarity: 0, conventionAt: 0 }],
      settings,
      name: 'nor is it the other definition of a module that is not',
    },
    {
      filename: file('src/legacy/clickhouse_copy.ts'),
      code: SERVICE,
      options: [{ kinds: ['interface', 'type'] }],
      settings,
      name: 'kinds not compared',
    },
  ],
  invalid: [
    {
      filename: file('src/legacy/clickhouse_copy.ts'),
      code: SERVICE,
      errors: [
        {
          messageId: 'duplicate',
          data: { kind: 'Class', name: 'ClickHouseService', others: CANONICAL_SERVICE },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 31,
        },
      ],
      settings,
      name: 'a copied class',
    },
    {
      filename: file('src/api/params.ts'),
      code: "export type QueryParams = {\n  database: string;\n  timeoutMs: number;\n  format: 'JSON' | 'CSV';\n};\nexport function toRow(record: Record<string, unknown>): Row {\n  return Object.entries(record);\n}\n",
      errors: [
        {
          messageId: 'duplicate',
          data: { kind: 'Type', name: 'QueryParams', others: 'src/db/clickhouse.ts:14 (interface)' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 24,
        },
        {
          messageId: 'duplicate',
          data: { kind: 'Function', name: 'toRow', others: 'src/db/clickhouse.ts:20 (const)' },
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 22,
        },
      ],
      settings,
      name: 'an interface written as a type, an arrow function as a declaration',
    },
    {
      filename: file('src/api/params.ts'),
      code: 'export type QueryParams = { database: string };\n',
      options: [{ minSimilarity: 0 }],
      errors: [
        {
          messageId: 'duplicate',
          data: { kind: 'Type', name: 'QueryParams', others: 'src/db/clickhouse.ts:14 (interface)' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 24,
        },
      ],
      settings,
      name: 'an alias of an imported type and a declaration file are not named as other definitions',
    },
    {
      filename: file('src/schema/ping.ts'),
      code: 'export class Ping {\n  readonly method = "ping";\n  readonly id = 1;\n}\n',
      errors: [
        {
          messageId: 'duplicate',
          data: { kind: 'Class', name: 'Ping', others: 'src/schema/v2024_11_05.ts:1' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 18,
        },
      ],
      settings,
      name: 'a copy beside a versioned module, not a version itself',
    },
    {
      filename: file('src/legacy/service.ts'),
      code: `${SERVICE.replace('export class', 'class')}export default ClickHouseService;\n`,
      errors: [
        {
          messageId: 'duplicate',
          data: { kind: 'Class', name: 'ClickHouseService', others: CANONICAL_SERVICE },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 24,
        },
      ],
      settings,
      name: 'a local class exported by name',
    },
    {
      filename: file('packages/client/src/user.ts'),
      code: 'export interface User {\n  id: string;\n  name: string;\n  email: string;\n}\n',
      options: [{ scope: 'project' }],
      errors: [
        {
          messageId: 'duplicate',
          data: { kind: 'Interface', name: 'User', others: 'packages/server/src/user.ts:1' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 22,
        },
      ],
      settings,
      name: 'scope project compares across workspace packages',
    },
    {
      filename: file('src/db/clickhouse.spec.ts'),
      code: SERVICE,
      options: [{ checkTestFiles: true }],
      errors: [
        {
          messageId: 'duplicate',
          data: {
            kind: 'Class',
            name: 'ClickHouseService',
            others: `src/db/__mocks__/clickhouse.ts:1 and ${CANONICAL_SERVICE}`,
          },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 31,
        },
      ],
      settings,
      name: 'checkTestFiles counts test files on both sides',
    },
    {
      filename: file('src/editor/marks.ts'),
      code: 'export class Comment {\n  toDOM() {\n    return ["span", { class: "comment-mark" }, 0];\n  }\n}\n',
      options: [{ minSimilarity: 0 }],
      errors: [
        {
          messageId: 'duplicate',
          data: { kind: 'Class', name: 'Comment', others: 'src/models/comment.ts:1' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 21,
        },
      ],
      settings,
      name: 'minSimilarity 0 reports every same-named class',
    },
    {
      filename: file('src/tools/erase/Idle.ts'),
      code: "export class Idle {\n  onEnter() {\n    this.tool = 'erase';\n  }\n}\n",
      options: [{ conventionAt: 0 }],
      errors: [
        {
          messageId: 'duplicate',
          data: {
            kind: 'Class',
            name: 'Idle',
            others: 'src/tools/draw/Idle.ts:1, src/tools/hand/Idle.ts:1, src/tools/select/Idle.ts:1 and 1 more',
          },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 18,
        },
      ],
      settings,
      name: 'conventionAt 0 reports names however many modules define them',
    },
  ],
});
