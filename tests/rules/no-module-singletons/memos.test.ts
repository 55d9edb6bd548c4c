// Per-process memos: state set once, the first time it is needed. Not reported by default (the
// recommended preset); reported with `memos: true` (the strict preset), with their own message.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../../src/rules/no-module-singletons/index.js';

const MEMOS: string[] = [
  `
import { readFileSync } from 'node:fs';
let template: Buffer | undefined;
export function readTemplate() {
  if (!template) template = readFileSync('index.html');
  return template;
}
`,
  `
let chrono: Promise<typeof import('chrono-node')> | undefined;
export function loadChrono() {
  if (!chrono) {
    chrono = import('chrono-node').catch((error) => {
      chrono = undefined;
      throw error;
    });
  }
  return chrono;
}
`,
  `
let initialized = false;
export function init() {
  if (initialized) return;
  initialized = true;
}
`,
  `
let loaded = false;
const byName: Record<string, string> = {};
export function populate(names: string[]) {
  if (loaded) {
    return;
  }
  for (const name of names) byName[name] = name.toUpperCase();
  loaded = true;
}
`,
  `
const separators = new Map<string, string>();
export function separator(locale: string) {
  const cached = separators.get(locale);
  if (cached !== undefined) return cached;
  const computed = new Intl.DateTimeFormat(locale).format(0);
  separators.set(locale, computed);
  return computed;
}
`,
  `
const promises: Record<string, Promise<void> | undefined> = {};
export function loadLanguage(language: string) {
  if (!promises[language]) {
    promises[language] = import('./languages/' + language).catch(() => {
      delete promises[language];
    });
  }
  return promises[language];
}
`,
  `
export class SearchProviders {
  private static cached: Provider | undefined;
  static get() {
    if (this.cached) return this.cached;
    this.cached = PROVIDERS[process.env.SEARCH_PROVIDER ?? 'postgres'];
    return this.cached;
  }
  static reset() {
    this.cached = undefined;
  }
}
`,
  `
export class PublicEnv {
  private static values: Record<string, string> = {};
  static register(env: Record<string, string>) {
    for (const key of Object.keys(env)) {
      if (isUndefined(this.values[key])) this.values[key] = env[key];
    }
  }
}
`,
  `
let baseDomain: string | undefined;
export function messageId(name: string) {
  baseDomain ||= computeBaseDomain();
  return '<' + name + '@' + baseDomain + '>';
}
`,
];

new RuleTester().run('no-module-singletons', rule, {
  valid: MEMOS.map((code, index) => ({ code, name: `a per-process memo is not reported by default (${index + 1})` })),
  invalid: [
    ...MEMOS.map((code, index) => ({
      code,
      output: null,
      options: [{ memos: true }] as const,
      errors: Array.from({ length: code.includes('let loaded') ? 2 : 1 }, () => ({ messageId: 'memo' as const })),
      name: `memos: true reports the memo (${index + 1})`,
    })),
    {
      code: `
let initialized = false;
export function init() {
  initialized = true;
}
export function reset() {
  initialized = false;
}
`,
      output: null,
      errors: [
        {
          messageId: 'reassignedState',
          data: { subject: "Module-level variable 'initialized'", where: 'init()', hint: '' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 16,
        },
      ],
      name: 'a flag set back and forth is state, not a memo',
    },
    {
      code: `
let current: string | undefined;
export function render(html: string) {
  current = html;
  return current;
}
`,
      output: null,
      errors: [
        {
          messageId: 'reassignedState',
          data: { subject: "Module-level variable 'current'", where: 'render()', hint: '' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 12,
        },
      ],
      name: 'a value replaced on every call is state',
    },
    {
      code: `
const cache: Record<number, string> = {};
export function decorate(position: number, text: string) {
  if (!cache[position] || cache[position] !== text) cache[position] = text;
  return cache[position];
}
`,
      output: null,
      errors: [
        {
          messageId: 'mutatedState',
          data: { subject: "Module-level object 'cache'", where: 'decorate()', hint: '' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 12,
        },
      ],
      name: 'a cache whose entries are replaced is state',
    },
  ],
});
