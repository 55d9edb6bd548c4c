// What the default options (the recommended preset) leave alone — objects configured once at load,
// memos, per-async-context storage, load-time callbacks, config modules and test files — and the
// state they still report: project classes that keep state, static containers, library collections
// changed after load. Memos: memos.test.ts; classes from other files: class-state.test.ts.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-module-singletons/index.js';

new RuleTester().run('no-module-singletons', rule, {
  valid: [
    {
      code: `
import Router from '@koa/router';
import Koa from 'koa';
import { Strategy } from 'passport-google-oauth2';
export const router = new Router();
router.get('/health', (ctx) => { ctx.body = 'ok'; });
export const app = new Koa();
app.use(router.routes());
export const strategy = new Strategy({ clientID: 'x' }, (token, done) => done(null, token));
`,
      name: 'library objects configured while the module loads',
    },
    {
      code: `
class Greeter {
  private readonly greeting: string;
  constructor(name: string) {
    this.greeting = 'Hello ' + name;
  }
  greet() {
    return this.greeting;
  }
}
export const greeter = new Greeter('world');
`,
      name: 'a project class whose fields are only set in its constructor',
    },
    {
      code: `
import { AsyncLocalStorage } from 'node:async_hooks';
import * as hooks from 'async_hooks';
const { AsyncLocalStorage: Storage } = require('node:async_hooks');
export const requestContext = new AsyncLocalStorage<{ userId: string }>();
export const other = new hooks.AsyncLocalStorage();
export const third = new Storage();
let lazy: AsyncLocalStorage<string> | undefined;
export const getStore = () => (lazy ??= new AsyncLocalStorage());
`,
      options: [{ instances: 'all' }],
      name: 'AsyncLocalStorage isolates requests: never reported, not even by strict',
    },
    {
      code: `
const plugins: string[] = [];
Array.from(new Set(['a', 'b'])).forEach((name) => plugins.push(name));
const byName = new Map<string, number>();
['a', 'b'].map((name, index) => byName.set(name, index));
Object.keys({ a: 1 }).filter((key) => { plugins.push(key); return true; });
const sorted = [3, 1].sort((a, b) => { plugins.push(String(a)); return a - b; });
`,
      name: 'containers filled by synchronous callbacks while the module loads',
    },
    {
      filename: 'src/config/env.ts',
      code: `
class Environment {
  private values = new Map<string, string>();
  set(key: string, value: string) {
    this.values.set(key, value);
  }
}
export default new Environment();
`,
      name: 'config objects in settings.ssot.configModules',
    },
    {
      filename: 'src/users/users.service.spec.ts',
      code: `
let service: UsersService;
beforeEach(() => {
  service = new UsersService();
});
`,
      name: 'test files (settings.ssot.testFiles) are not checked by default',
    },
    {
      filename: 'src/test/helpers.ts',
      code: 'let nextId = 0;\nexport const id = () => ++nextId;',
      name: 'test files at any depth, by the default testFiles globs',
    },
  ],
  invalid: [
    {
      code: `
class Counter {
  private count = 0;
  increment = () => {
    this.count++;
  };
}
export const counter = new Counter();
`,
      output: null,
      errors: [
        {
          messageId: 'moduleInstance',
          data: {
            className: 'Counter',
            state: "its field 'count' is assigned in Counter.increment()",
            factory: 'createCounter()',
            hint: '',
          },
          line: 8,
          column: 24,
          endLine: 8,
          endColumn: 37,
        },
      ],
      name: 'a module-level instance of a project class that changes its fields',
    },
    {
      code: `
export class RateLimiter {
  static readonly rateLimiterMap = new Map<string, Limiter>();
  private static handlers: Array<() => void> = [];
  static setRateLimiter(path: string, limiter: Limiter) {
    this.rateLimiterMap.set(path, limiter);
  }
  static remove(handler: () => void) {
    this.handlers = this.handlers.filter((other) => other !== handler);
  }
  add(handler: () => void) {
    RateLimiter.handlers.push(handler);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'mutatedState',
          data: { subject: "Static Map 'RateLimiter.rateLimiterMap'", where: 'RateLimiter.setRateLimiter()', hint: '' },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 33,
        },
        {
          messageId: 'reassignedState',
          data: { subject: "Static field 'RateLimiter.handlers'", where: 'RateLimiter.remove()', hint: '' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 26,
        },
      ],
      name: 'static containers changed, and static fields reassigned, by static and instance methods',
    },
    {
      code: `
export class Registry {
  private static entries: string[] = [];
  register(entry: string) {
    Registry.entries.push(entry);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'mutatedState',
          data: { subject: "Static array 'Registry.entries'", where: 'Registry.register()', hint: '' },
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 25,
        },
      ],
      name: 'a static array pushed from an instance method through the class name',
    },
    {
      code: `
import { LRUCache } from 'lru-cache';
const cache = new LRUCache<string, string>({ max: 100 });
export function remember(key: string, value: string) {
  cache.set(key, value);
}
`,
      output: null,
      errors: [
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level LRUCache 'cache'", where: 'remember()', hint: '' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 12,
        },
      ],
      name: 'a library collection changed after load is state, like a Map',
    },
    {
      code: `
const seen: string[] = [];
export function track(names: string[]) {
  names.forEach((name) => seen.push(name));
}
`,
      output: null,
      errors: [
        {
          messageId: 'mutatedState',
          data: {
            subject: "Module-level array 'seen'",
            where: 'track()',
            hint: '',
          },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 11,
        },
      ],
      name: 'a synchronous callback inside a function runs with each call of that function',
    },
  ],
});
