// Every pattern of issue 5: module-level instances, lazy singletons, mutable module state, each
// exemption and option, shadowing, nested scopes and TypeScript/CommonJS syntax. The exact message
// text, option validation and the presets are checked in no-module-singletons.options.test.ts.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-module-singletons.js';

const ruleTester = new RuleTester();

ruleTester.run('no-module-singletons', rule, {
  valid: [
    {
      code: `
const PATTERN = new RegExp('^[a-z]+$');
export const base = new URL('https://example.com');
const params = new URLSearchParams('a=1');
export const NOT_FOUND = new Error('not found');
const bad = new TypeError('bad'), range = new RangeError('range'), many = new AggregateError([]);
export const EPOCH = new Date(0);
const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' });
const collator = new globalThis.Intl.Collator('en');
const encoder = new TextEncoder(), decoder = new TextDecoder();
const tag = Symbol('tag');
`,
      name: 'value-like built-ins are not reported',
    },
    {
      code: `
class NotFoundError extends Error {}
export const notFound = new NotFoundError('user');
export const timeout = new errors.TimeoutError();
`,
      name: 'user-defined errors are values too',
    },
    {
      code: `
const LIMITS = { max: 3, names: ['a'] };
const ROUTES = new Map([['home', '/']]);
const KNOWN = new Set(['a']);
export function limit(name: string) {
  return KNOWN.has(name) ? LIMITS.max + LIMITS.names.length : ROUTES.get(name);
}
`,
      name: 'containers that are only read are constants',
    },
    {
      code: `
const ROUTES = { home: '/' } as const;
const STATUSES = ['open', 'closed'] as const;
export function hack() {
  (ROUTES as any).home = '/x';
}
`,
      name: 'as const objects are not state',
    },
    {
      code: `
const DEFAULTS = Object.freeze({ retries: 3 });
export function retry() {
  DEFAULTS.retries = 4;
}
`,
      name: 'a frozen object literal cannot change',
    },
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
export class RedisManager {
  private readonly entries = new Map<string, string>();
  private readonly client = new RedisClient();
  set(key: string, value: string) {
    this.entries.set(key, value);
  }
}
export function createRedisManager(): RedisManager {
  return new RedisManager();
}
export const createClient = () => new RedisClient();
`,
      name: 'classes, factories and instance fields are per instance',
    },
    {
      code: `
export async function handle(request: Request) {
  const client = new HttpClient();
  let attempts = 0;
  attempts += 1;
  const seen = new Set<string>();
  seen.add(request.url);
  return client.send(request, attempts, seen);
}
`,
      name: 'new and state inside a function body',
    },
    {
      code: `
app.use(new Router());
register(new MetricsPlugin());
export default defineConfig({ plugins: [new CopyPlugin()] });
export const plugins = [new HtmlPlugin()];
export const ready = new Server().listen(3000);
`,
      name: 'instances handed to calls or listed in arrays are owned elsewhere',
    },
    {
      code: `
const registry = new Map<string, number>();
registry.set('a', 1);
for (const name of ['b', 'c']) registry.set(name, 2);
const list: string[] = [];
list.push('x');
let mode = 'dev';
if (process.argv.includes('--prod')) mode = 'prod';
export function current() {
  return mode + registry.size + list.length;
}
`,
      name: 'filling or assigning state while the module loads is initialisation',
    },
    {
      code: `
let ready = false;
const names: string[] = [];
class Boot {
  static {
    ready = true;
    names.push('boot');
  }
  static label = (names.push('label'), 'boot');
}
(() => {
  ready = true;
  names.push('iife');
})();
`,
      name: 'static blocks, static initialisers and IIFEs run at load time',
    },
    {
      code: `
const cache = new Map<string, string>();
export function remember(cache: Map<string, string>, key: string) {
  cache.set(key, key);
}
let count = 0;
export function local() {
  let count = 1;
  count++;
  return count;
}
export function read() {
  return cache.get('a') ?? count;
}
`,
      name: 'shadowing parameters and locals are not module state',
    },
    {
      code: `
export function createStore() {
  const items: string[] = [];
  let version = 0;
  return {
    add(item: string) {
      items.push(item);
      version++;
    },
  };
}
`,
      name: 'state in a factory closure is per call',
    },
    {
      code: `
export function makeRegistry() {
  class Registry {
    static instance = new Registry();
    static get() {
      return (this.instance ??= new Registry());
    }
  }
  return Registry;
}
`,
      name: 'a class defined inside a function has per-call statics',
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
    {
      code: `
using lock = new FileLock('a');
await using connection = new PooledConnection();
`,
      name: 'using declarations are disposed when the module finishes loading',
    },
    {
      code: `
let current: string | undefined = process.env.USER;
export function user() {
  return current;
}
class Counter {
  static #count = 0;
  static value() {
    return this.#count;
  }
}
`,
      name: 'state only read in functions is not reported',
    },
    {
      code: `
class Patterns {
  static readonly DIGITS = new RegExp('[0-9]+');
  static readonly created = new Date();
}
`,
      name: 'value-like static fields',
    },
    {
      code: `
export function withDefault(cache = new Map<string, string>()) {
  cache.set('a', 'b');
  return cache;
}
`,
      name: 'parameter defaults run per call',
    },
    {
      filename: 'client.cjs',
      code: `
const { createClient } = require('./client');
module.exports = { createClient };
`,
      name: 'CommonJS exports of factories',
    },
  ],
  invalid: [
    {
      code: 'const client = new RedisClient();',
      output: null,
      errors: [
        {
          messageId: 'moduleInstance',
          data: { className: 'RedisClient', factory: 'createRedisClient()', hint: '' },
          line: 1,
          column: 16,
          endColumn: 33,
        },
      ],
      name: 'module-level new',
    },
    {
      code: 'export const redis = new RedisManager(config.redisUrl);',
      output: null,
      errors: [{ messageId: 'moduleInstance', data: { className: 'RedisManager', factory: 'createRedisManager()', hint: '' } }],
      name: 'exported instance',
    },
    {
      code: 'export default new AnalyticsService();',
      output: null,
      errors: [{ messageId: 'moduleInstance', data: { className: 'AnalyticsService', factory: 'createAnalyticsService()', hint: '' } }],
      name: 'export default new',
    },
    {
      code: 'export = new AnalyticsService();',
      output: null,
      errors: [{ messageId: 'moduleInstance', line: 1, column: 10 }],
      name: 'export = new',
    },
    {
      filename: 'client.cjs',
      code: 'module.exports = new Client();\nexports.pool = new ioredis.Cluster();',
      output: null,
      errors: [
        { messageId: 'moduleInstance', data: { className: 'Client', factory: 'createClient()', hint: '' }, line: 1 },
        { messageId: 'moduleInstance', data: { className: 'ioredis.Cluster', factory: 'createCluster()', hint: '' }, line: 2 },
      ],
      name: 'CommonJS exports',
    },
    {
      code: 'export const settings = Object.freeze(new Settings());',
      output: null,
      errors: [{ messageId: 'moduleInstance', column: 39 }],
      name: 'Object.freeze(new X()) is still one shared instance',
    },
    {
      code: `
export const client = (() => new HttpClient())();
export const pool = (function () {
  return new Pool() as Pool;
})();
const api = (() => {
  const transport = new Transport();
  return { get: (url: string) => transport.get(url) };
})();
export const legacy = (function () {
  return new Legacy();
}).call(this);
export const db = await (async () => new Database())();
`,
      output: null,
      errors: [
        { messageId: 'moduleInstance', data: { className: 'HttpClient', factory: 'createHttpClient()', hint: '' }, line: 2 },
        { messageId: 'moduleInstance', data: { className: 'Pool', factory: 'createPool()', hint: '' }, line: 4 },
        { messageId: 'moduleInstance', data: { className: 'Transport', factory: 'createTransport()', hint: '' }, line: 7 },
        { messageId: 'moduleInstance', data: { className: 'Legacy', factory: 'createLegacy()', hint: '' }, line: 11 },
        { messageId: 'moduleInstance', data: { className: 'Database', factory: 'createDatabase()', hint: '' }, line: 13 },
      ],
      name: 'instances created in module-level IIFEs',
    },
    {
      code: `
export const cache = isProduction ? new RedisCache() : new MemoryCache();
export const services = { db: new Db(), mailer: mailerEnabled && new Mailer() };
let client: Client;
if (isProduction) {
  client = new Client();
}
`,
      output: null,
      errors: [
        { messageId: 'moduleInstance', data: { className: 'RedisCache', factory: 'createRedisCache()', hint: '' } },
        { messageId: 'moduleInstance', data: { className: 'MemoryCache', factory: 'createMemoryCache()', hint: '' } },
        { messageId: 'moduleInstance', data: { className: 'Db', factory: 'createDb()', hint: '' } },
        { messageId: 'moduleInstance', data: { className: 'Mailer', factory: 'createMailer()', hint: '' } },
        { messageId: 'moduleInstance', data: { className: 'Client', factory: 'createClient()', hint: '' }, line: 6 },
      ],
      name: 'conditional instances, service registries and load-time assignments',
    },
    {
      code: `
let client = new Client();
export function reconnect() {
  client = new Client();
}
`,
      output: null,
      errors: [{ messageId: 'moduleInstance', line: 2, column: 14 }],
      name: 'an instance later replaced in a function is reported once, where it is created',
    },
    {
      code: `
import { Map } from 'immutable';
import { URL } from './url';
export const empty = new Map();
export const home = new URL('/');
`,
      output: null,
      errors: [
        { messageId: 'moduleInstance', data: { className: 'Map', factory: 'createMap()', hint: '' }, line: 4 },
        { messageId: 'moduleInstance', data: { className: 'URL', factory: 'createUrl()', hint: '' }, line: 5 },
      ],
      name: 'imports shadowing built-in names are ordinary classes',
    },
    {
      code: `
let instance;
export function getInstance() {
  if (!instance) instance = new RedisManager();
  return instance;
}
`,
      output: null,
      errors: [
        {
          messageId: 'lazySingleton',
          data: { name: 'instance', where: 'getInstance()', factory: 'createRedisManager()', hint: '' },
          line: 2,
          column: 5,
        },
      ],
      name: 'lazy singleton behind getInstance()',
    },
    {
      code: `
let db: Db | undefined;
export const getDb = () => (db ??= new Db());
let pool: Pool | null = null;
export async function usePool() {
  pool ||= await createPool();
  return pool!;
}
let heavy: Promise<typeof import('./heavy.js')> | undefined;
export function loadHeavy() {
  return heavy ?? (heavy = import('./heavy.js'));
}
`,
      output: null,
      errors: [
        { messageId: 'lazySingleton', data: { name: 'db', where: 'getDb()', factory: 'createDb()', hint: '' }, line: 2 },
        { messageId: 'lazySingleton', data: { name: 'pool', where: 'usePool()', factory: 'createPool()', hint: '' }, line: 4 },
        { messageId: 'lazySingleton', data: { name: 'heavy', where: 'loadHeavy()', factory: 'createHeavy()', hint: '' }, line: 9 },
      ],
      name: 'lazy singletons with ??=, ||= and a memoised call',
    },
    {
      code: `
export class Registry {
  static instance: Registry;
  static getInstance(): Registry {
    if (!Registry.instance) Registry.instance = new Registry();
    return Registry.instance;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'lazySingleton',
          data: { name: 'Registry.instance', where: 'Registry.getInstance()', factory: 'createRegistry()', hint: '' },
          line: 3,
          column: 10,
        },
      ],
      name: 'static instance assigned in a static method',
    },
    {
      code: `
export class Cache {
  static #instance?: Cache;
  static get shared() {
    return (this.#instance ??= new Cache());
  }
}
const Store = class {
  static current = () => (this.created ??= new Store());
};
`,
      output: null,
      errors: [
        { messageId: 'lazySingleton', data: { name: 'Cache.#instance', where: 'Cache.shared()', factory: 'createCache()', hint: '' }, line: 3 },
        { messageId: 'lazySingleton', data: { name: 'Store.created', where: 'Store.current()', factory: 'createStore()', hint: '' }, line: 9 },
      ],
      name: 'static #instance and a static arrow field',
    },
    {
      code: `
export class Config {
  static readonly defaults = new Config();
  static registry: Registry;
  static {
    this.registry = new Registry();
  }
}
`,
      output: null,
      errors: [
        { messageId: 'moduleInstance', data: { className: 'Config', factory: 'createConfig()', hint: '' }, line: 3 },
        { messageId: 'moduleInstance', data: { className: 'Registry', factory: 'createRegistry()', hint: '' }, line: 6 },
      ],
      name: 'eager static singletons and instances created in class static blocks',
    },
    {
      code: `
let count = 0;
export function increment() {
  count += 1;
}
export let currentUser: string | undefined;
export const login = (user: string) => {
  currentUser = user;
};
let last: string | undefined;
export function remember(value: string) {
  last = value;
  return last;
}
`,
      output: null,
      errors: [
        { messageId: 'reassignedState', data: { name: 'count', where: 'increment()', factory: 'createCount()', hint: '' }, line: 2 },
        { messageId: 'reassignedState', data: { name: 'currentUser', where: 'login()', factory: 'createCurrentUser()', hint: '' }, line: 6 },
        { messageId: 'reassignedState', data: { name: 'last', where: 'remember()', factory: 'createLast()', hint: '' }, line: 10 },
      ],
      name: 'module-level let reassigned inside functions',
    },
    {
      code: `
let cache = new Map<string, string>();
export function remember(key: string, value: string) {
  cache.set(key, value);
}
const queue: Job[] = [];
export const enqueue = (job: Job) => queue.push(job);
const seen = new Set<string>();
const owners = new WeakMap<object, string>();
export class Tracker {
  track(id: string, owner: object) {
    seen.add(id);
    owners.set(owner, id);
  }
}
`,
      output: null,
      errors: [
        { messageId: 'mutatedState', data: { kind: 'Map', name: 'cache', where: 'remember()', factory: 'createCache()', hint: '' }, line: 2 },
        { messageId: 'mutatedState', data: { kind: 'array', name: 'queue', where: 'enqueue()', factory: 'createQueue()', hint: '' }, line: 6 },
        { messageId: 'mutatedState', data: { kind: 'Set', name: 'seen', where: 'Tracker.track()', factory: 'createSeen()', hint: '' }, line: 8 },
        { messageId: 'mutatedState', data: { kind: 'WeakMap', name: 'owners', where: 'Tracker.track()', factory: 'createOwners()', hint: '' }, line: 9 },
      ],
      name: 'Map, array, Set and WeakMap mutated inside functions',
    },
    {
      code: `
const sessions: Record<string, Session> = {};
export function save(id: string, session: Session) {
  sessions[id] = session;
}
const flags = { debug: false };
export function drop() {
  delete flags.debug;
}
const state = { users: [] as string[], hits: 0 };
export function visit(user: string) {
  state.users.push(user);
}
const SETTINGS = { theme: 'light' };
export function patch(update: object) {
  Object.assign(SETTINGS, update);
}
const counters = new Object() as { hits: number };
export function hit() {
  counters.hits!++;
}
`,
      output: null,
      errors: [
        { messageId: 'mutatedState', data: { kind: 'object', name: 'sessions', where: 'save()', factory: 'createSessions()', hint: '' }, line: 2 },
        { messageId: 'mutatedState', data: { kind: 'object', name: 'flags', where: 'drop()', factory: 'createFlags()', hint: '' }, line: 6 },
        { messageId: 'mutatedState', data: { kind: 'object', name: 'state', where: 'visit()', factory: 'createState()', hint: '' }, line: 10 },
        { messageId: 'mutatedState', data: { kind: 'object', name: 'SETTINGS', where: 'patch()', factory: 'createSettings()', hint: '' }, line: 14 },
        { messageId: 'mutatedState', data: { kind: 'object', name: 'counters', where: 'hit()', factory: 'createCounters()', hint: '' }, line: 18 },
      ],
      name: 'object literals mutated by assignment, delete, nested push, Object.assign and ++',
    },
    {
      code: `
const seen = new Set<string>();
export function track(items: string[]) {
  items.forEach((item) => {
    if (item) seen.add(item);
  });
}
let nextId = 0;
export class Session {
  id = nextId++;
}
`,
      output: null,
      errors: [
        { messageId: 'mutatedState', data: { kind: 'Set', name: 'seen', where: 'track()', factory: 'createSeen()', hint: '' }, line: 2 },
        { messageId: 'reassignedState', data: { name: 'nextId', where: 'Session.id', factory: 'createNextId()', hint: '' }, line: 8 },
      ],
      name: 'nested callbacks are named after their function; instance field initialisers run per instance',
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
      errors: [
        { messageId: 'moduleInstance', data: { className: 'Store', factory: 'createStore()', hint: '' }, line: 3 },
        { messageId: 'reassignedState', data: { name: 'hits', where: 'hit()', factory: 'createHits()', hint: '' }, line: 4 },
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
      errors: [{ messageId: 'moduleInstance', line: 2 }],
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
      errors: [{ messageId: 'mutatedState', data: { kind: 'object', name: 'cache', where: 'get()', factory: 'createCache()', hint: '' } }],
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
      options: [{ message: 'See docs/factories.md.' }],
      errors: [
        { messageId: 'moduleInstance', data: { className: 'RedisManager', factory: 'createRedisManager()', hint: ' See docs/factories.md.' } },
        { messageId: 'mutatedState', data: { kind: 'array', name: 'queue', where: 'add()', factory: 'createQueue()', hint: ' See docs/factories.md.' } },
      ],
      name: 'the message option is appended',
    },
    {
      filename: 'tests/redis.test.ts',
      code: 'const redis = new RedisManager();',
      output: null,
      options: [{ allowIn: ['src/main.ts'] }],
      errors: [{ messageId: 'moduleInstance' }],
      name: 'test files are not exempt unless listed',
    },
    {
      code: `
export const logger = new Logger();
let instance: Service | undefined;
export function getService() {
  return (instance ??= new Service());
}
`,
      output: null,
      options: [{ allowClasses: ['Logger'], checkMutableState: false }],
      errors: [{ messageId: 'lazySingleton', data: { name: 'instance', where: 'getService()', factory: 'createService()', hint: '' } }],
      name: 'lazy singletons are reported even without checkMutableState; other classes stay reported',
    },
    {
      code: 'export const instance = new (class {})();\nexport const USER_CACHE = new (getCacheClass())();',
      output: null,
      errors: [
        { messageId: 'moduleInstance', data: { className: 'an anonymous class', factory: 'createInstance()', hint: '' }, line: 1 },
        { messageId: 'moduleInstance', data: { className: 'an anonymous class', factory: 'createInstance()', hint: '' }, line: 2 },
      ],
      name: 'anonymous classes',
    },
  ],
});
