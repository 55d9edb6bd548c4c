// TypeScript and CommonJS syntax (declare, declaration files, export =, namespaces, TSX, using,
// module.exports) and the options allowClasses, allowIn, checkMutableState and message.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-module-singletons/index.js';

new RuleTester().run('no-module-singletons', rule, {
  valid: [
    {
      code: `
interface Cache { get(key: string): string | undefined }
type Store = Map<string, string>;
declare const client: RedisClient;
declare let counter: number;
export declare function connect(): void;
export function bump() {
  counter++;
}
`,
      name: 'type-only code and ambient declarations',
    },
    {
      code: `
declare global {
  var cache: Map<string, string>;
}
declare namespace Shared {
  const client: RedisClient;
}
declare module 'metrics' {
  export const registry: Registry;
}
`,
      name: 'ambient namespaces and modules never execute',
    },
    {
      filename: 'types.d.ts',
      code: 'export declare const client: RedisClient;\nexport default RedisClient;',
      name: 'declaration files are skipped',
    },
    {
      code: `
using lock = new FileLock('a');
await using connection = new PooledConnection();
`,
      name: 'using declarations are disposed when the module finishes loading',
    },
    {
      filename: 'client.cjs',
      code: `
const { createClient } = require('./client');
module.exports = { createClient };
`,
      name: 'CommonJS exports of factories',
    },
    {
      code: `
export const logger = new Logger('api');
export const userSchema = new UserSchema();
const log = new pino.Logger();
let audit: AuditLogger | undefined;
export function getAudit() {
  return (audit ??= new AuditLogger());
}
const seen = new WeakSet<object>();
export function mark(item: object) {
  seen.add(item);
}
`,
      options: [{ allowClasses: ['Logger', '*Schema', 'WeakSet', 'Audit*'] }],
      name: 'allowClasses by name, glob and last segment of a dotted name, for instances, lazy singletons and containers',
    },
    {
      filename: 'src/main.ts',
      code: `
export const redis = new RedisManager();
let requests = 0;
export function count() {
  requests++;
}
`,
      options: [{ allowIn: ['src/main.ts', 'src/container.ts'] }],
      name: 'allowIn exempts composition roots',
    },
    {
      filename: 'tests/redis.test.ts',
      code: 'const redis = new RedisManager();',
      options: [{ allowIn: ['tests/**'] }],
      name: 'test files are exempt when listed in allowIn',
    },
    {
      code: `
let count = 0;
export function increment() {
  count++;
}
const seen = new Set<string>();
export function mark(id: string) {
  seen.add(id);
}
`,
      options: [{ checkMutableState: false }],
      name: 'checkMutableState: false leaves mutable state alone',
    },
  ],
  invalid: [
    {
      code: 'export = new AnalyticsService();',
      output: null,
      options: [{ instances: 'all' }],
      errors: [{ messageId: 'sharedInstance', line: 1, column: 10, endLine: 1, endColumn: 32 }],
      name: 'export = new',
    },
    {
      filename: 'client.cjs',
      code: 'module.exports = new Client();\nexports.pool = new ioredis.Cluster();',
      output: null,
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'Client', hint: '' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 30,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'ioredis.Cluster', hint: '' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 37,
        },
      ],
      name: 'CommonJS exports',
    },
    {
      code: `
export namespace Cache {
  export const store = new Store();
  let hits = 0;
  export function hit() {
    hits++;
  }
}
`,
      output: null,
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'Store', hint: '' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 35,
        },
        {
          messageId: 'reassignedState',
          data: { subject: "Module-level variable 'hits'", where: 'hit()', hint: '' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 11,
        },
      ],
      name: 'namespace bodies run at load time',
    },
    {
      filename: 'store.tsx',
      code: `
export const store = new Store();
export const App = () => <div>{store.count}</div>;
`,
      output: null,
      options: [{ instances: 'all' }],
      errors: [{ messageId: 'sharedInstance', line: 2, column: 22, endLine: 2, endColumn: 33 }],
      name: 'TSX files',
    },
    {
      filename: 'legacy.js',
      code: `
var cache = {};
function get(key) {
  if (!(key in cache)) cache[key] = compute(key);
  return cache[key];
}
`,
      output: null,
      errors: [
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level object 'cache'", where: 'get()', hint: '' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 10,
        },
      ],
      name: 'plain JavaScript with var',
    },
    {
      code: `
export const redis = new RedisManager();
const queue: string[] = [];
export function add(item: string) {
  queue.push(item);
}
`,
      output: null,
      options: [{ instances: 'all', message: 'See docs/factories.md.' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'RedisManager', hint: ' See docs/factories.md.' },
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 40,
        },
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level array 'queue'", where: 'add()', hint: ' See docs/factories.md.' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 12,
        },
      ],
      name: 'the message option is appended',
    },
    {
      filename: 'tests/redis.test.ts',
      code: 'const redis = new RedisManager();',
      output: null,
      options: [{ instances: 'all', allowIn: ['src/main.ts'], checkTestFiles: true }],
      errors: [{ messageId: 'sharedInstance', line: 1, column: 15, endLine: 1, endColumn: 33 }],
      name: 'test files are checked with checkTestFiles (strict)',
    },
  ],
});
