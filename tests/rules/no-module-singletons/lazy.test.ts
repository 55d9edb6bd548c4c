// Lazy singletons: a module-level `let` or a static field created on first use in a function and
// returned from it, and eager static singletons (static fields, class static blocks).
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-module-singletons/index.js';

new RuleTester().run('no-module-singletons', rule, {
  valid: [
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
  ],
  invalid: [
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
          endLine: 2,
          endColumn: 13,
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
        {
          messageId: 'lazySingleton',
          data: { name: 'db', where: 'getDb()', factory: 'createDb()', hint: '' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 7,
        },
        {
          messageId: 'lazySingletonCall',
          data: { name: 'pool', where: 'usePool()', callee: 'createPool', hint: '' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 9,
        },
      ],
      name: 'lazy singletons with ??= and ||= (a module imported on first use is a memo: memos.test.ts)',
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
          endLine: 3,
          endColumn: 18,
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
        {
          messageId: 'lazySingleton',
          data: { name: 'Cache.#instance', where: 'Cache.shared()', factory: 'createCache()', hint: '' },
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 19,
        },
        {
          messageId: 'lazySingleton',
          data: { name: 'Store.created', where: 'Store.current()', factory: 'createStore()', hint: '' },
          line: 9,
          column: 27,
          endLine: 9,
          endColumn: 39,
        },
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
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'Config', hint: '' },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 42,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'Registry', hint: '' },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 35,
        },
      ],
      name: 'eager static singletons and instances created in class static blocks',
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
      errors: [
        {
          messageId: 'lazySingleton',
          data: { name: 'instance', where: 'getService()', factory: 'createService()', hint: '' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 13,
        },
      ],
      name: 'lazy singletons are reported even without checkMutableState; other classes stay reported',
    },
    {
      code: `
export function getPool() {
  return (Pool.shared ??= new Pool());
}
class Pool {
  static shared?: Pool;
  static readonly eager = new this();
}
`,
      output: null,
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'lazySingleton',
          data: { name: 'Pool.shared', where: 'getPool()', factory: 'createPool()', hint: '' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 16,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'Pool', hint: '' },
          line: 7,
          column: 27,
          endLine: 7,
          endColumn: 37,
        },
      ],
      name: 'a getter before its class, and new this() in a static field',
    },
    {
      code: `
let settings: Settings | undefined;
export default function () {
  settings = settings ?? createSettings();
  return settings;
}
`,
      output: null,
      errors: [
        {
          messageId: 'lazySingletonCall',
          data: { name: 'settings', where: 'the default export', callee: 'createSettings', hint: '' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 13,
        },
      ],
      name: 'x = x ?? create() in an anonymous default export',
    },
  ],
});
