/**
 * What code creates: the constructor a `new` calls (a built-in or not, a value, a class allowed by
 * `allowClasses`), the built-in container a declaration starts with, and what a lazy assignment
 * stores.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { className, staticThisClass } from './load-time.js';
import { propertyLabel } from './labels.js';
import { importedName } from '../../ast/import-bindings.js';
import { dottedName, dottedPath, isAsConst, unwrapExpression } from '../../ast/expressions.js';

/** Built-ins whose instances carry a value, not an identity worth isolating per request. */
const VALUE_LIKE_BUILTINS = new Set([
  'RegExp',
  'URL',
  'URLSearchParams',
  'Date',
  'TextEncoder',
  'TextDecoder',
  'Symbol',
  'DOMException',
  'Error',
  'AggregateError',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
]);

/** Shared, read-only: every container description points to these sets. */
const ARRAY_MUTATORS: ReadonlySet<string> = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
]);
const TYPED_ARRAY_MUTATORS: ReadonlySet<string> = new Set(['set', 'fill', 'sort', 'reverse', 'copyWithin']);
const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float16Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
];
/** An object literal has no mutating methods of its own (assignments and `delete` are checked apart). */
const NO_MUTATORS: ReadonlySet<string> = new Set();

/**
 * Built-in containers: a module-level one is only state once a function changes it, so they are
 * judged by their mutations (`checkMutableState`), never reported as instances. Values are the
 * methods that change a container of that kind.
 */
const CONTAINER_MUTATORS: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['Array', ARRAY_MUTATORS],
  ['Object', NO_MUTATORS],
  ['Map', new Set(['set', 'delete', 'clear'])],
  ['WeakMap', new Set(['set', 'delete'])],
  ['Set', new Set(['add', 'delete', 'clear'])],
  ['WeakSet', new Set(['add', 'delete'])],
  ['ArrayBuffer', new Set(['resize', 'transfer'])],
  ['SharedArrayBuffer', new Set(['grow'])],
  [
    'DataView',
    new Set(['setInt8', 'setUint8', 'setInt16', 'setUint16', 'setInt32', 'setUint32', 'setFloat32', 'setFloat64']),
  ],
  ...TYPED_ARRAYS.map((name) => [name, TYPED_ARRAY_MUTATORS] as const),
]);
/** Deeper in a container (`state.items.push(…)`) the element's kind is unknown: any mutator counts. */
export const ANY_MUTATOR: ReadonlySet<string> = new Set(
  [...CONTAINER_MUTATORS.values()].flatMap((methods) => [...methods]),
);
const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self', 'global']);
/**
 * Methods that change an instance of a class the rule cannot read (`new LRUCache()`): the names
 * collections use. Other calls on a library object (`router.get()`, `logger.info()`) are taken to
 * use it, not to change what it holds.
 */
const INSTANCE_MUTATORS: ReadonlySet<string> = new Set(['set', 'add', 'delete', 'clear', 'push', 'unshift', 'splice']);
/** Node modules whose classes hold per-async-context storage: one instance isolates every request. */
const ASYNC_HOOKS = new Set(['async_hooks', 'node:async_hooks']);
/**
 * Verbs of functions that compute data (a file's text, a parsed document, a loaded module): a call
 * result kept on first use is then a per-process memo. Any other call is taken to create something
 * (`createPool()`, `getClient()`, `connect()`): kept and handed out, that is a lazy singleton.
 */
const PROMISE_CHAIN = new Set(['then', 'catch', 'finally']);
const DATA_CALL = /^(?:read|load|parse|fetch|compute|calculate|compile|import|require)(?:$|[A-Z_])/;

export interface Constructor {
  /** As written, e.g. `RedisManager`, `ioredis.Redis`; `undefined` for computed callees. */
  name: string | undefined;
  /** The built-in it denotes (`Map`, `Intl.Collator`) when the callee is the unshadowed global. */
  builtin: string | undefined;
}

export interface Container {
  /** For messages: `Map`, `array`, `object`. */
  kind: string;
  mutators: ReadonlySet<string>;
  /** `WeakMap`/`WeakSet`: entries are reachable only through their key object. */
  weak?: boolean;
}

/** What a lazy assignment creates: the constructor of `new X()`, `undefined` for a call. */
export interface Creation {
  created: Constructor | undefined;
  /** For a call that may create something (not a data read like `readFile()`), the callee as written. */
  creator?: string;
}

/** Built-in values and errors: instances with no identity worth isolating per request. */
function isValueLike(constructor: Constructor): boolean {
  const { builtin, name } = constructor;
  if (builtin && (VALUE_LIKE_BUILTINS.has(builtin) || builtin.startsWith('Intl.'))) return true;
  // User-defined errors are values too, and their base class lives in another file.
  return name !== undefined && /(?:^|\.)[A-Z]\w*Error$/.test(name);
}

/** Whether `containerOf(init)` can find a container, from the syntax alone (no scope look-up). */
export function mayBeContainer(init: TSESTree.Expression | null): boolean {
  if (!init || isAsConst(init)) return false;
  const { type } = unwrapExpression(init, false);
  return (
    type === AST_NODE_TYPES.ArrayExpression ||
    type === AST_NODE_TYPES.ObjectExpression ||
    type === AST_NODE_TYPES.NewExpression
  );
}

/** Classifies what the code of one file creates; built-ins are told apart by scope, classes by the options. */
export class InstanceClassifier {
  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly isAllowedClass: (name: string) => boolean,
  ) {}

  /** The constructor a `new` calls, by the callee as written. */
  constructorOf(callee: TSESTree.Node): Constructor {
    if (callee.type === AST_NODE_TYPES.Identifier) {
      return { name: callee.name, builtin: this.isGlobal(callee) ? callee.name : undefined };
    }
    if (callee.type === AST_NODE_TYPES.ClassExpression) return { name: callee.id?.name, builtin: undefined };
    if (callee.type === AST_NODE_TYPES.ThisExpression) {
      // `static instance = new this()`: the class itself.
      const classNode = staticThisClass(callee);
      return { name: classNode && className(classNode), builtin: undefined };
    }
    const path = dottedPath(callee);
    if (!path || path.length < 2) return { name: undefined, builtin: undefined };
    const [root] = path;
    const rest = path.slice(1).map((part) => part.name);
    let builtin: string | undefined;
    if (this.isGlobal(root)) {
      const withoutGlobalObject = GLOBAL_OBJECTS.has(root.name) ? rest : [root.name, ...rest];
      builtin = withoutGlobalObject.join('.');
    }
    return { name: path.map((part) => part.name).join('.'), builtin };
  }

  /** Whether `allowClasses` lists the class, by its name as written or its last segment. */
  isAllowed(constructor: Constructor): boolean {
    const { name } = constructor;
    if (!name) return false;
    return this.isAllowedClass(name) || this.isAllowedClass(name.slice(name.lastIndexOf('.') + 1));
  }

  /** The constructor of a `new` that produces a shared object worth reporting, if `node` is one. */
  reportableConstructor(node: TSESTree.NewExpression): Constructor | undefined {
    const constructor = this.constructorOf(node.callee);
    if (constructor.builtin && CONTAINER_MUTATORS.has(constructor.builtin)) return undefined;
    if (isValueLike(constructor) || this.isAllowed(constructor) || this.isContextStorage(node.callee)) return undefined;
    return constructor;
  }

  /**
   * `new AsyncLocalStorage()` from `node:async_hooks`: one store per process is how requests are
   * isolated (each `run()` has its own value), so it is never shared state.
   */
  isContextStorage(callee: TSESTree.Node): boolean {
    const path = dottedPath(callee);
    if (!path || path.length > 2) return false;
    const [root] = path;
    const definition = ASTUtils.findVariable(this.sourceCode.getScope(root), root)?.defs[0];
    if (!definition) return false;
    const { node } = definition;
    // The name the module exports: `AsyncLocalStorage`, also when imported or destructured as another.
    let exported: string | undefined;
    let source: string | undefined;
    if (definition.parent?.type === AST_NODE_TYPES.ImportDeclaration) {
      source = definition.parent.source.value;
      if (node.type === AST_NODE_TYPES.ImportSpecifier) exported = importedName(node);
      else exported = path[1]?.name;
    } else if (node.type === AST_NODE_TYPES.VariableDeclarator && node.init?.type === AST_NODE_TYPES.CallExpression) {
      const [argument] = node.init.arguments;
      source = argument?.type === AST_NODE_TYPES.Literal ? String(argument.value) : undefined;
      const property =
        node.id.type === AST_NODE_TYPES.ObjectPattern
          ? node.id.properties.find(
              (candidate) => candidate.type === AST_NODE_TYPES.Property && candidate.value === definition.name,
            )
          : undefined;
      exported =
        property?.type === AST_NODE_TYPES.Property ? propertyLabel(property.key, property.computed) : path[1]?.name;
    }
    return exported === 'AsyncLocalStorage' && source !== undefined && ASYNC_HOOKS.has(source);
  }

  /**
   * What a lazy assignment creates: `{ created }` for `new X()` (the constructor) or a call
   * (`connect()`, `await import(…)`), `undefined` for plain values, which are state, not singletons.
   */
  createdBy(value: TSESTree.Expression): Creation | undefined {
    const inner = unwrapExpression(value, true);
    if (inner.type === AST_NODE_TYPES.NewExpression) {
      const constructor = this.constructorOf(inner.callee);
      return isValueLike(constructor) || this.isContextStorage(inner.callee) ? undefined : { created: constructor };
    }
    if (inner.type === AST_NODE_TYPES.CallExpression) {
      // `import('x').catch(…)`: a promise chain keeps what its start creates.
      const { callee: chained } = inner;
      if (
        chained.type === AST_NODE_TYPES.MemberExpression &&
        !chained.computed &&
        chained.property.type === AST_NODE_TYPES.Identifier &&
        PROMISE_CHAIN.has(chained.property.name)
      ) {
        return this.createdBy(chained.object);
      }
      const callee = dottedName(inner.callee);
      const ownName = callee?.slice(callee.lastIndexOf('.') + 1) ?? '';
      return { created: undefined, creator: DATA_CALL.test(ownName) ? undefined : (callee ?? 'a function') };
    }
    if (inner.type === AST_NODE_TYPES.ImportExpression) return { created: undefined };
    // `instance = instance ?? new Foo()` is `instance ??= new Foo()` written out.
    if (inner.type === AST_NODE_TYPES.LogicalExpression) return this.createdBy(inner.right);
    return undefined;
  }

  /** The built-in container a declarator starts with, unless it is frozen or `as const`. */
  containerOf(init: TSESTree.Expression | null): Container | undefined {
    if (!init || isAsConst(init)) return undefined;
    const value = unwrapExpression(init, false);
    if (value.type === AST_NODE_TYPES.ArrayExpression) return { kind: 'array', mutators: ARRAY_MUTATORS };
    if (value.type === AST_NODE_TYPES.ObjectExpression) return { kind: 'object', mutators: NO_MUTATORS };
    if (value.type !== AST_NODE_TYPES.NewExpression) return undefined;
    const constructor = this.constructorOf(value.callee);
    if (this.isAllowed(constructor)) return undefined;
    if (!constructor.builtin) {
      // A class the rule cannot read: judged by collection-like calls (`cache.set(…)`) after load.
      const plain = isValueLike(constructor) || this.isContextStorage(value.callee);
      return plain ? undefined : { kind: constructor.name ?? 'object', mutators: INSTANCE_MUTATORS };
    }
    const mutators = CONTAINER_MUTATORS.get(constructor.builtin);
    if (!mutators) return undefined;
    const kind =
      constructor.builtin === 'Array' ? 'array' : constructor.builtin === 'Object' ? 'object' : constructor.builtin;
    return { kind, mutators, weak: kind === 'WeakMap' || kind === 'WeakSet' };
  }

  private isGlobal(identifier: TSESTree.Identifier): boolean {
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(identifier), identifier);
    return !variable || variable.defs.length === 0;
  }
}
