/**
 * How messages name things: property keys, the deferred code that touches module state, and the
 * factory a message suggests instead.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { className, deferringContainer } from './load-time.js';
import { dottedName } from '../../ast/expressions.js';

/**
 * How a message names the deferred code that touches module state. Kept structured, not as the
 * message text, so that `getterSubject` reads the name itself.
 */
export type CodeName =
  /** `getInstance()`, `Cache.remember()`, or `Session.id` for an instance field's initializer. */
  | { kind: 'named'; owner: string | undefined; name: string; isFunction: boolean }
  /** A class member whose key is computed: `a method of Cache`. */
  | { kind: 'unnamed member'; owner: string }
  | { kind: 'default export' }
  /** `the callback passed to beforeEach()`, and the named code around the call, if any. */
  | { kind: 'callback'; callee: string; outer: CodeName | undefined }
  | { kind: 'anonymous' };

/**
 * A readable label for a property key: `#x` for private names, the value of a literal (computed
 * or not), `undefined` for other computed keys. For messages and for matching written names, not
 * for resolving which member a key denotes.
 */
export function propertyLabel(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (computed) return key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  return undefined;
}

/**
 * The name of the deferred code `container` (from `deferringContainer`): a function is named by
 * what holds it (a method, a property, a variable), and an anonymous callback after the function
 * around it.
 */
export function codeNameOf(container: TSESTree.Node): CodeName {
  if (container.type === AST_NODE_TYPES.PropertyDefinition || container.type === AST_NODE_TYPES.AccessorProperty) {
    return memberName(container.parent.parent, propertyLabel(container.key, container.computed), false);
  }
  if (
    container.type !== AST_NODE_TYPES.FunctionDeclaration &&
    container.type !== AST_NODE_TYPES.FunctionExpression &&
    container.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    return { kind: 'anonymous' };
  }
  const parent = container.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
      return memberName(parent.parent.parent, propertyLabel(parent.key, parent.computed), true);
    case AST_NODE_TYPES.Property: {
      const key = propertyLabel(parent.key, parent.computed);
      if (key) return functionName(key);
      break;
    }
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.id.type === AST_NODE_TYPES.Identifier) return functionName(parent.id.name);
      break;
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.left.type === AST_NODE_TYPES.Identifier) return functionName(parent.left.name);
      break;
    case AST_NODE_TYPES.ExportDefaultDeclaration:
      if (container.type === AST_NODE_TYPES.ArrowFunctionExpression || !container.id) return { kind: 'default export' };
      break;
    default:
      break;
  }
  if (container.type !== AST_NODE_TYPES.ArrowFunctionExpression && container.id) return functionName(container.id.name);
  const outer = deferringContainer(container);
  // A callback (`beforeEach(() => …)`) is named by the call it is passed to, and the code around it.
  if (
    (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
    parent.callee !== container
  ) {
    const callee = calleeLabel(parent.callee);
    return {
      kind: 'callback',
      callee: parent.type === AST_NODE_TYPES.NewExpression ? `new ${callee}` : callee,
      outer: outer ? codeNameOf(outer) : undefined,
    };
  }
  return outer ? codeNameOf(outer) : { kind: 'anonymous' };
}

/** `beforeEach`, `router.post`, `this.on` → `on`: how a message names the function a callback is passed to. */
function calleeLabel(callee: TSESTree.Node): string {
  const dotted = dottedName(callee);
  if (dotted) return dotted;
  if (callee.type === AST_NODE_TYPES.MemberExpression)
    return propertyLabel(callee.property, callee.computed) ?? 'a function';
  return 'a function';
}

function functionName(name: string): CodeName {
  return { kind: 'named', owner: undefined, name, isFunction: true };
}

function memberName(classNode: TSESTree.Node, key: string | undefined, isFunction: boolean): CodeName {
  const owner =
    classNode.type === AST_NODE_TYPES.ClassDeclaration || classNode.type === AST_NODE_TYPES.ClassExpression
      ? className(classNode)
      : undefined;
  if (key) return { kind: 'named', owner, name: key, isFunction };
  return owner ? { kind: 'unnamed member', owner } : { kind: 'anonymous' };
}

/** The text of `name` in a message: `getInstance()`, `Cache.remember()`, `Session.id`, `a function`. */
export function codeLabel(name: CodeName): string {
  switch (name.kind) {
    case 'named':
      return `${name.owner ? `${name.owner}.` : ''}${name.name}${name.isFunction ? '()' : ''}`;
    case 'unnamed member':
      return `a method of ${name.owner}`;
    case 'default export':
      return 'the default export';
    case 'callback': {
      const around = name.outer && name.outer.kind !== 'anonymous' ? ` in ${codeLabel(name.outer)}` : '';
      return `the callback passed to ${name.callee}()${around}`;
    }
    case 'anonymous':
      return 'a function';
  }
}

/** How a message names the deferred code `container`: `codeLabel(codeNameOf(container))`. */
export function describeContainer(container: TSESTree.Node): string {
  return codeLabel(codeNameOf(container));
}

/** `getRedis()` → `Redis`: the thing a getter hands out, to name its factory. */
export function getterSubject(code: CodeName): string | undefined {
  if (code.kind !== 'named' || !code.isFunction) return undefined;
  // A string key may hold dots (`'cache.getRedis'`): its last segment is the getter's own name.
  const ownName = code.name.slice(code.name.lastIndexOf('.') + 1);
  return /^(?:get|use|load|ensure|init)([A-Z]\w*)$/.exec(ownName)?.[1];
}

/** `RedisManager` → `createRedisManager()`; `USER_CACHE` → `createUserCache()`. */
export function factoryName(name: string): string {
  const lastSegment = name.slice(name.lastIndexOf('.') + 1);
  const words = lastSegment.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const pascal = words
    .map((word) => {
      const rest = word === word.toUpperCase() ? word.slice(1).toLowerCase() : word.slice(1);
      return word.charAt(0).toUpperCase() + rest;
    })
    .join('');
  return `create${pascal || 'Instance'}()`;
}
