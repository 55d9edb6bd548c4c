// Module-level instances: what is reported, the value-like exemptions, and where an instance has to
// end up (a binding, an export) to count as shared. Less direct creation (IIFEs, registries, …):
// indirect.test.ts. Lazy singletons: .lazy.test.ts; mutable state:
// .state.test.ts; TypeScript/CommonJS syntax and options: .syntax.test.ts; messages, option
// validation, presets and examples/: .options.test.ts.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-module-singletons/index.js';

new RuleTester().run('no-module-singletons', rule, {
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
  ],
  invalid: [
    {
      code: 'const client = new RedisClient();',
      output: null,
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'RedisClient', hint: '' },
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 33,
        },
      ],
      name: 'module-level new',
    },
    {
      code: 'export const redis = new RedisManager(config.redisUrl);',
      output: null,
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'RedisManager', hint: '' },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 55,
        },
      ],
      name: 'exported instance',
    },
    {
      code: 'export default new AnalyticsService();',
      output: null,
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'AnalyticsService', hint: '' },
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 38,
        },
      ],
      name: 'export default new',
    },
    {
      code: 'export const settings = Object.freeze(new Settings());',
      output: null,
      options: [{ instances: 'all' }],
      errors: [{ messageId: 'sharedInstance', line: 1, column: 39, endLine: 1, endColumn: 53 }],
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
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'HttpClient', hint: '' },
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 46,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'Pool', hint: '' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 20,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'Transport', hint: '' },
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 36,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'Legacy', hint: '' },
          line: 11,
          column: 10,
          endLine: 11,
          endColumn: 22,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'Database', hint: '' },
          line: 13,
          column: 38,
          endLine: 13,
          endColumn: 52,
        },
      ],
      name: 'instances created in module-level IIFEs',
    },
  ],
});
