import type { TSESTree } from '@typescript-eslint/utils';

/** Runtimes whose environment API the rule recognises. */
export type Runtime = 'node' | 'vite' | 'bun' | 'deno';

export type EnvSource = 'process.env' | 'import.meta.env' | 'Bun.env' | 'Deno.env';

/** One read or write of the environment, located at the node a report should point to. */
export interface EnvAccess {
  node: TSESTree.Node;
  kind: 'read' | 'write';
  /** The variable, when its name is known without running the code; otherwise the whole environment. */
  name: string | undefined;
  /**
   * For the environment taken into a variable (`const env = process.env`): every variable read through
   * it, when all are known; reported once, where the environment is taken.
   */
  names?: readonly string[];
  /** How the environment is spelled in messages: `process.env`, `import.meta.env`, `Bun.env`, `Deno.env`. */
  source: EnvSource;
}

/**
 * What an expression evaluates to, as far as reaching the environment goes. Containers lead to the
 * environment through a property (`process` → `env`); the environment kinds are where accesses happen.
 */
export type Container = 'global' | 'process' | 'bun' | 'deno';
export type Environment = 'processEnv' | 'bunEnv' | 'viteEnv' | 'denoEnv';
export type Holder = Container | Environment;

/** Every environment's spelling in messages and the runtime that has it (a record: every key is there). */
export const ENVIRONMENTS: Readonly<Record<Environment, { source: EnvSource; runtime: Runtime }>> = {
  processEnv: { source: 'process.env', runtime: 'node' },
  bunEnv: { source: 'Bun.env', runtime: 'bun' },
  viteEnv: { source: 'import.meta.env', runtime: 'vite' },
  denoEnv: { source: 'Deno.env', runtime: 'deno' },
};

export const GLOBAL_MEMBERS: ReadonlyMap<string, Holder> = new Map<string, Holder>([
  ['globalThis', 'global'],
  ['global', 'global'],
  ['window', 'global'],
  ['self', 'global'],
  ['process', 'process'],
  ['Bun', 'bun'],
  ['Deno', 'deno'],
]);

// Maps, not object literals: a property named `constructor` or `__proto__` must lead nowhere.
const MEMBERS: ReadonlyMap<Container, ReadonlyMap<string, Holder>> = new Map<Container, ReadonlyMap<string, Holder>>([
  ['global', GLOBAL_MEMBERS],
  // `default`: the namespace of `await import('process')` has the process object as its default.
  [
    'process',
    new Map<string, Holder>([
      ['env', 'processEnv'],
      ['default', 'process'],
    ]),
  ],
  [
    'bun',
    new Map<string, Holder>([
      ['env', 'bunEnv'],
      ['default', 'bun'],
    ]),
  ],
  ['deno', new Map<string, Holder>([['env', 'denoEnv']])],
]);

/** Module specifiers whose namespace is a container, by the specifier as written. */
export const MODULES: ReadonlyMap<string, Container> = new Map<string, Container>([
  ['process', 'process'],
  ['node:process', 'process'],
  ['bun', 'bun'],
]);

/** Calls that change the object passed first; the second argument, when present, names the key. */
export const WRITING_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Object', new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf'])],
  ['Reflect', new Set(['set', 'deleteProperty', 'defineProperty', 'setPrototypeOf'])],
]);
/** Calls that read one key (their second argument) of the object passed first. */
export const KEY_READING_CALLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Object', new Set(['hasOwn', 'getOwnPropertyDescriptor'])],
  ['Reflect', new Set(['get', 'has', 'getOwnPropertyDescriptor'])],
]);
export const KEY_CALLS = new Set([
  'defineProperty',
  'set',
  'deleteProperty',
  'hasOwn',
  'getOwnPropertyDescriptor',
  'get',
  'has',
]);

export function isEnvironment(holder: Holder): holder is Environment {
  return Object.hasOwn(ENVIRONMENTS, holder);
}

export function memberOf(holder: Container, name: string | undefined): Holder | undefined {
  return name === undefined ? undefined : MEMBERS.get(holder)?.get(name);
}

/** Whether following `holder` can end at the environment of one of `runtimes`. */
export function canReachEnabledEnvironment(holder: Holder, runtimes: ReadonlySet<Runtime>): boolean {
  switch (holder) {
    case 'global':
      return runtimes.has('node') || runtimes.has('bun') || runtimes.has('deno');
    case 'process':
      return runtimes.has('node');
    case 'bun':
      return runtimes.has('bun');
    case 'deno':
      return runtimes.has('deno');
    default:
      return runtimes.has(ENVIRONMENTS[holder].runtime);
  }
}
