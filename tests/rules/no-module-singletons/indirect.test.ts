// Module-level instances created less directly: conditionally, in service registries and load-time
// assignments, replaced later, shadowing built-in names, anonymous classes.
// The direct forms and the value-like exemptions: rule.test.ts.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-module-singletons/index.js';

new RuleTester().run('no-module-singletons', rule, {
  valid: [],
  invalid: [
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
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'RedisCache', hint: '' },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 53,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'MemoryCache', hint: '' },
          line: 2,
          column: 56,
          endLine: 2,
          endColumn: 73,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'Db', hint: '' },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 39,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'Mailer', hint: '' },
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 78,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'Client', hint: '' },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 24,
        },
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
      options: [{ instances: 'all' }],
      errors: [{ messageId: 'reassignedState', line: 2, column: 5, endLine: 2, endColumn: 11 }],
      name: 'an instance later replaced in a function is reported once, as the state it is',
    },
    {
      code: `
import { Map } from 'immutable';
import { URL } from './url';
export const empty = new Map();
export const home = new URL('/');
`,
      output: null,
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'Map', hint: '' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 31,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'URL', hint: '' },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 33,
        },
      ],
      name: 'imports shadowing built-in names are ordinary classes',
    },
    {
      code: 'export const instance = new (class {})();\nexport const USER_CACHE = new (getCacheClass())();',
      output: null,
      options: [{ instances: 'all' }],
      errors: [
        {
          messageId: 'sharedInstance',
          data: { className: 'an anonymous class', hint: '' },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 41,
        },
        {
          messageId: 'sharedInstance',
          data: { className: 'an anonymous class', hint: '' },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 50,
        },
      ],
      name: 'anonymous classes',
    },
  ],
});
