// Mutable module state (checkMutableState, on by default): module-level variables reassigned and
// containers mutated inside functions; constants, load-time initialisation, shadowing and closures
// are not state.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-module-singletons/index.js';

new RuleTester().run('no-module-singletons', rule, {
  valid: [
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
const privateState = new WeakMap<object, { count: number }>();
const initialised = new WeakSet<object>();
export class Counter {
  constructor() {
    privateState.set(this, { count: 0 });
    initialised.add(this);
  }
}
`,
      name: 'a weak container keyed by this is per-instance private storage',
    },
  ],
  invalid: [
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
        {
          messageId: 'reassignedState',
          data: { subject: "Module-level variable 'count'", where: 'increment()', hint: '' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 10,
        },
        {
          messageId: 'reassignedState',
          data: { subject: "Module-level variable 'currentUser'", where: 'login()', hint: '' },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 23,
        },
        {
          messageId: 'reassignedState',
          data: { subject: "Module-level variable 'last'", where: 'remember()', hint: '' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 9,
        },
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
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level Map 'cache'", where: 'remember()', hint: '' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 10,
        },
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level array 'queue'", where: 'enqueue()', hint: '' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 12,
        },
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level Set 'seen'", where: 'Tracker.track()', hint: '' },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 11,
        },
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level WeakMap 'owners'", where: 'Tracker.track()', hint: '' },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 13,
        },
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
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level object 'sessions'", where: 'save()', hint: '' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 15,
        },
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level object 'flags'", where: 'drop()', hint: '' },
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 12,
        },
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level object 'state'", where: 'visit()', hint: '' },
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 12,
        },
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level object 'SETTINGS'", where: 'patch()', hint: '' },
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 15,
        },
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level object 'counters'", where: 'hit()', hint: '' },
          line: 18,
          column: 7,
          endLine: 18,
          endColumn: 15,
        },
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
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level Set 'seen'", where: 'track()', hint: '' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 11,
        },
        {
          messageId: 'reassignedState',
          data: { subject: "Module-level variable 'nextId'", where: 'Session.id', hint: '' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 11,
        },
      ],
      name: 'nested callbacks are named after their function; instance field initialisers run per instance',
    },
  ],
});
