// The project on disk that the no-duplicate-definitions tests lint files of: the canonical modules,
// and the files that name the same things without being second definitions.
import { tempProject } from '../../helpers/temp-project.js';

export const SERVICE = `export class ClickHouseService {
  constructor(private readonly url: string) {}
  async query(sql: string, params: QueryParams) {
    return this.request('POST', sql, params);
  }
  async insert(table: string, rows: Row[]) {
    return this.request('POST', \`INSERT INTO \${table}\`, { rows });
  }
  private async request(method: string, sql: string, body: unknown) {
    return fetch(this.url, { method, body: JSON.stringify({ sql, body }) });
  }
}
`;

export const project = tempProject('ssot-duplicates-');
export const { root } = project;

project.write('package.json', JSON.stringify({ name: 'app', private: true, workspaces: ['packages/*'] }));
project.write('.gitignore', 'generated/\n');
project.write(
  'src/db/clickhouse.ts',
  `${SERVICE}
export interface QueryParams {
  database: string;
  timeoutMs: number;
  format: 'JSON' | 'CSV';
}

export const toRow = (record: Record<string, unknown>): Row => Object.entries(record);

export type Row = [string, unknown][];
`,
);
// Not second definitions: a shim, aliases, a mock, a build, ignored and declaration files.
project.write(
  'src/db/legacy.ts',
  "/** @deprecated use ./clickhouse */\nexport { ClickHouseService } from './clickhouse';\n",
);
project.write(
  'src/db/aliases.ts',
  "import type { QueryParams as Params } from './clickhouse';\nimport { toRow as convert } from './clickhouse';\nexport type QueryParams = Params;\nexport const toRow = convert;\n",
);
project.write('src/db/__mocks__/clickhouse.ts', SERVICE);
project.write(
  'src/db/clickhouse.js',
  'export class ClickHouseService { query(sql, params) { return this.request("POST", sql, params); } }\n',
);
project.write('src/generated/clickhouse.ts', SERVICE);
project.write('src/dist/clickhouse.ts', SERVICE);
project.write('src/types.d.ts', 'export interface QueryParams { database: string; timeoutMs: number; }\n');
project.write(
  'src/augment.ts',
  "declare module 'express' {\n  interface QueryParams { database: string }\n}\nexport {};\n",
);
project.write('src/db/format.ts', "export enum Format {\n  JSON = 'JSON',\n  CSV = 'CSV',\n}\n");
// Two concepts that share a name: a model and an editor mark.
project.write(
  'src/models/comment.ts',
  'export class Comment {\n  id = "";\n  text = "";\n  resolvedAt?: Date;\n  resolve() {\n    this.resolvedAt = new Date();\n  }\n}\n',
);
// A per-module convention: every tool has its own Idle state.
for (const tool of ['hand', 'zoom', 'select', 'draw']) {
  project.write(
    `src/tools/${tool}/Idle.ts`,
    `export class Idle {\n  onEnter() {\n    this.tool = '${tool}';\n  }\n}\n`,
  );
}
// Framework conventions: every page has its Props and route handlers.
project.write('src/pages/about.tsx', 'export interface Props {\n  title: string;\n}\nexport function GET() {}\n');
// Namespace modules: their names are read qualified (Option.map, Either.map).
project.write(
  'src/fp/Option.ts',
  'export const map = (f: (value: number) => number) => (option: number[]) => option.map(f);\n',
);
project.write('src/fp/index.ts', "export * as Option from './Option';\nexport * as Either from './Either';\n");
// A facade that forwards to the implementation, and versions of one schema side by side.
project.write(
  'src/logging.ts',
  'let sink: Console = console;\nexport function setLogger(logger: Console): void {\n  sink = logger;\n}\n',
);
project.write('src/schema/v2024_11_05.ts', 'export class Ping {\n  readonly method = "ping";\n  readonly id = 1;\n}\n');
// A module read through a namespace import (`internal.isEmpty`).
project.write('src/internal/trie.ts', 'export const isEmpty = (trie: { size: number }) => trie.size === 0;\n');
project.write('src/trie.ts', "import * as internal from './internal/trie';\nexport const empty = internal.isEmpty;\n");
project.write('src/internal/hashMap.ts', 'export const isEmpty = (map: { size: number }) => map.size === 0;\n');
project.write(
  'src/hash-map.ts',
  "import * as internal from './internal/hashMap';\nexport const empty = internal.isEmpty;\n",
);
// A module read through a namespace, and a module nothing reads so that defines the same name.
project.write('src/internal/queue.ts', 'export const isEmpty = (queue: { size: number }) => queue.size === 0;\n');
project.write(
  'src/queue.ts',
  "import * as internal from './internal/queue';\nexport const empty = internal.isEmpty;\n",
);
project.write('src/utils/size.ts', 'export const isEmpty = (queue: { size: number }) => queue.size === 0;\n');
// Workspace packages: client and server each declare a User.
project.write('packages/client/package.json', JSON.stringify({ name: '@app/client' }));
project.write('packages/server/package.json', JSON.stringify({ name: '@app/server' }));
project.write(
  'packages/server/src/user.ts',
  'export interface User {\n  id: string;\n  name: string;\n  email: string;\n}\n',
);

export const settings = { ssot: { rootDir: root } };
export const file = (relative: string): string => `${root}/${relative}`;
