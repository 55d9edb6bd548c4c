/**
 * AST facts behind \`no-module-singletons\`: where a load-time value is kept, which built-ins are
 * values or containers, and which references change a container.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { propertyLabel } from './labels.js';
import { enclosingFunction, immediateCallOf } from './load-time.js';
import { isTypeWrapper, dottedName } from '../../ast/expressions.js';

/** Built-ins whose instances carry a value, not an identity worth isolating per request. */
const VALUE_LIKE_BUILTINS = new Set([
  'RegExp', 'URL', 'URLSearchParams', 'Date', 'TextEncoder', 'TextDecoder', 'Symbol', 'DOMException',
  'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
]);

/** Shared, read-only: every container description points to these sets. */
export const ARRAY_MUTATORS: ReadonlySet<string> = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);
const TYPED_ARRAY_MUTATORS: ReadonlySet<string> = new Set(['set', 'fill', 'sort', 'reverse', 'copyWithin']);
const TYPED_ARRAYS = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
];

/**
 * Built-in containers: a module-level one is only state once a function changes it, so they are
 * judged by their mutations (`checkMutableState`), never reported as instances. Values are the
 * methods that change a container of that kind.
 */
export const CONTAINER_MUTATORS: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['Array', ARRAY_MUTATORS],
  ['Object', new Set()],
  ['Map', new Set(['set', 'delete', 'clear'])],
  ['WeakMap', new Set(['set', 'delete'])],
  ['Set', new Set(['add', 'delete', 'clear'])],
  ['WeakSet', new Set(['add', 'delete'])],
  ['ArrayBuffer', new Set(['resize', 'transfer'])],
  ['SharedArrayBuffer', new Set(['grow'])],
  ['DataView', new Set(['setInt8', 'setUint8', 'setInt16', 'setUint16', 'setInt32', 'setUint32', 'setFloat32', 'setFloat64'])],
  ...TYPED_ARRAYS.map((name) => [name, TYPED_ARRAY_MUTATORS] as const),
]);
/** Deeper in a container (`state.items.push(…)`) the element's kind is unknown: any mutator counts. */
const ANY_MUTATOR = new Set([...CONTAINER_MUTATORS.values()].flatMap((methods) => [...methods]));
const OBJECT_MUTATORS = new Set([
  'Object.assign', 'Object.defineProperty', 'Object.defineProperties', 'Object.setPrototypeOf',
  'Reflect.set', 'Reflect.defineProperty', 'Reflect.deleteProperty', 'Reflect.setPrototypeOf',
]);
const FREEZERS = new Set(['Object.freeze', 'Object.seal', 'Object.preventExtensions']);
export const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self', 'global']);
/** Assignments that store a value as is; `x ??= new X()` is the classic lazy singleton. */
export const STORING_OPERATORS = new Set(['=', '??=', '||=', '&&=']);

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

/**
 * Where the value of a load-time `new` ends up being kept: a variable, an export, a static
 * field, an assigned property. Values only passed to calls (`app.use(new Router())`) or put in
 * arrays (plugin lists in config files) are owned by someone else and are not reported.
 */
export function storageOf(start: TSESTree.Node): TSESTree.Node | undefined {
  let current: TSESTree.Node = start;
  for (;;) {
    const parent = current.parent;
    if (!parent) return undefined;
    switch (parent.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.LogicalExpression:
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === current) return undefined;
        break;
      case AST_NODE_TYPES.SequenceExpression:
        if (parent.expressions.at(-1) !== current) return undefined;
        break;
      case AST_NODE_TYPES.CallExpression:
        // `Object.freeze(new X())` freezes the properties, not the sharing.
        if (parent.arguments[0] !== current || !FREEZERS.has(dottedName(parent.callee) ?? '')) return undefined;
        break;
      case AST_NODE_TYPES.Property:
        if (parent.value !== current || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
        current = parent.parent;
        continue;
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.ArrowFunctionExpression: {
        const fn = parent.type === AST_NODE_TYPES.ReturnStatement ? enclosingFunction(parent) : parent;
        const call = fn && immediateCallOf(fn);
        if (!call) return undefined;
        current = call;
        continue;
      }
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.right === current && STORING_OPERATORS.has(parent.operator) ? parent : undefined;
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === current && !isUsingDeclaration(parent) ? parent : undefined;
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
        return parent.value === current ? parent : undefined;
      case AST_NODE_TYPES.ExportDefaultDeclaration:
      case AST_NODE_TYPES.TSExportAssignment:
        return parent;
      default:
        return undefined;
    }
    current = parent;
  }
}

/** True when the reference `identifier` changes the contents of the container it names. */
export function mutatesContainer(identifier: TSESTree.Node, container: Container): boolean {
  let current: TSESTree.Node = identifier;
  let depth = 0;
  let method: string | undefined;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return false;
    if (isTypeWrapper(parent)) {
      current = parent;
      continue;
    }
    if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current) break;
    depth += 1;
    method = parent.computed ? undefined : propertyLabel(parent.property, false);
    current = parent;
  }
  const parent = current.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return depth > 0 && parent.left === current;
    case AST_NODE_TYPES.UpdateExpression:
      return depth > 0;
    case AST_NODE_TYPES.UnaryExpression:
      return depth > 0 && parent.operator === 'delete';
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return depth > 0 && parent.left === current;
    case AST_NODE_TYPES.CallExpression:
      if (parent.arguments[0] === current && OBJECT_MUTATORS.has(dottedName(parent.callee) ?? '')) return true;
      if (parent.callee !== current || depth === 0 || method === undefined) return false;
      // `privateState.set(this, …)`: a weak container keyed by the instance is per-instance storage.
      if (depth === 1 && container.weak && parent.arguments[0]?.type === AST_NODE_TYPES.ThisExpression) return false;
      return depth === 1 ? container.mutators.has(method) : ANY_MUTATOR.has(method);
    default:
      return false;
  }
}

/** Where the name alone is: TypeScript's Identifier node also spans its type annotation. */
export function nameLocation(identifier: TSESTree.Identifier): TSESTree.SourceLocation {
  const { start } = identifier.loc;
  return { start, end: { line: start.line, column: start.column + identifier.name.length } };
}

/** Built-in values and errors: instances with no identity worth isolating per request. */
export function isValueLike(constructor: Constructor): boolean {
  const { builtin, name } = constructor;
  if (builtin && (VALUE_LIKE_BUILTINS.has(builtin) || builtin.startsWith('Intl.'))) return true;
  // User-defined errors are values too, and their base class lives in another file.
  return name !== undefined && /(?:^|\.)[A-Z]\w*Error$/.test(name);
}

export function isUsingDeclaration(declarator: TSESTree.VariableDeclarator): boolean {
  // `using` resources are disposed when the module finishes evaluating: they are never shared.
  const { kind } = declarator.parent;
  return kind === 'using' || kind === 'await using';
}

/**
 * Calls `visit` for `value` (a returned expression or an arrow function's expression body) and
 * for every expression inside it whose value it can be: the nodes for which `isReturned` holds,
 * found from the return instead of from every node of the file.
 */
export function forEachReturnedValue(value: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  const stack: TSESTree.Node[] = [value];
  for (let node = stack.pop(); node; node = stack.pop()) {
    visit(node);
    switch (node.type) {
      case AST_NODE_TYPES.ConditionalExpression:
        stack.push(node.alternate, node.consequent);
        break;
      case AST_NODE_TYPES.SequenceExpression: {
        const last = node.expressions.at(-1);
        if (last) stack.push(last);
        break;
      }
      case AST_NODE_TYPES.AssignmentExpression:
      case AST_NODE_TYPES.LogicalExpression:
        stack.push(node.right, node.left);
        break;
      case AST_NODE_TYPES.AwaitExpression:
        stack.push(node.argument);
        break;
      case AST_NODE_TYPES.ChainExpression:
        stack.push(node.expression);
        break;
      default:
        if (isTypeWrapper(node)) stack.push(node.expression);
    }
  }
}

/** True when the value at `node` is what a function returns: `return instance`, `() => (x ??= make())`. */
export function isReturned(node: TSESTree.Node): boolean {
  let current = node;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.ReturnStatement:
        return true;
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === current;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === current) return false;
        break;
      case AST_NODE_TYPES.SequenceExpression:
        if (parent.expressions.at(-1) !== current) return false;
        break;
      case AST_NODE_TYPES.AssignmentExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.ChainExpression:
        break;
      default:
        if (!isTypeWrapper(parent)) return false;
    }
    current = parent;
  }
}
