/**
 * When code runs: once while the module is evaluated (so what it creates is shared by every
 * importer) or later, per call; and the classes whose static side that code belongs to.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/**
 * The code that postpones `node` until later: the nearest enclosing function that is not invoked
 * right away, or the initializer of an instance field (run once per `new`). `undefined` when `node`
 * runs exactly once while the module is evaluated, which is what makes a value shared by every
 * importer: module top level, namespace bodies, immediately invoked functions, static fields and
 * static blocks of classes that are themselves defined at load time.
 */
export function deferringContainer(node: TSESTree.Node): TSESTree.Node | undefined {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
        // Parameter defaults and bodies both run per call; only an immediate call keeps load time,
        // or a callback that a synchronous array method calls before it returns.
        if (!immediateCallOf(current) && !synchronousCallbackCall(current)) return current;
        break;
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
        if (child === current.value && !current.static) return current;
        break;
      case AST_NODE_TYPES.TSModuleDeclaration:
        // Ambient declarations (`declare namespace`, `declare global`) never execute.
        if (current.declare || current.kind === 'global') return current;
        break;
      case AST_NODE_TYPES.TSDeclareFunction:
      case AST_NODE_TYPES.TSEmptyBodyFunctionExpression:
        return current;
      default:
        break;
    }
  }
  return undefined;
}

/** True when `node` runs once, while the module is evaluated. */
export function runsAtLoad(node: TSESTree.Node): boolean {
  return deferringContainer(node) === undefined;
}

/**
 * The call that invokes `fn` immediately — `(() => …)()`, `(function () { … }).call(this)` — or
 * `undefined`. Such functions are module set-up code written as a function, not deferred work.
 */
export function immediateCallOf(fn: FunctionNode): TSESTree.CallExpression | undefined {
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === fn) return parent;
  if (
    parent.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === fn &&
    !parent.computed &&
    parent.property.type === AST_NODE_TYPES.Identifier &&
    (parent.property.name === 'call' || parent.property.name === 'apply') &&
    parent.parent.type === AST_NODE_TYPES.CallExpression &&
    parent.parent.callee === parent
  ) {
    return parent.parent;
  }
  return undefined;
}

/** Array methods that call their callback before they return, never later. */
const SYNCHRONOUS_ITERATORS = new Set([
  'forEach',
  'map',
  'flatMap',
  'filter',
  'reduce',
  'reduceRight',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'sort',
  'toSorted',
]);

/**
 * The call that runs `fn` as a synchronous callback — `names.forEach((name) => list.push(name))`,
 * `Array.from(x, (item) => …)` — or `undefined`. At the top level such a callback is load-time
 * code: filling a list that way is initialisation, not a later mutation.
 */
export function synchronousCallbackCall(fn: FunctionNode): TSESTree.CallExpression | undefined {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee === fn || fn.async || fn.generator) return undefined;
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return undefined;
  if (callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  const method = callee.property.name;
  if (SYNCHRONOUS_ITERATORS.has(method)) return call.arguments[0] === fn ? call : undefined;
  const isArrayFrom =
    method === 'from' && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'Array';
  return isArrayFrom && call.arguments[1] === fn ? call : undefined;
}

/** The nearest enclosing function of `node`, stopping at nothing: arrows included. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return current;
    }
  }
  return undefined;
}

/** The name a class is known by: its own id, or the variable a class expression is assigned to. */
export function className(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): string | undefined {
  if (node.id) return node.id.name;
  const parent = node.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.id.name;
  }
  return undefined;
}

/** The class whose static side `this` denotes at `node`, if any. */
export function staticThisClass(node: TSESTree.Node): ClassNode | undefined {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.ArrowFunctionExpression:
        break;
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.FunctionDeclaration: {
        const method = current.parent;
        return method.type === AST_NODE_TYPES.MethodDefinition && method.static && method.value === current
          ? method.parent.parent
          : undefined;
      }
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
        if (child !== current.value) return undefined;
        return current.static ? current.parent.parent : undefined;
      case AST_NODE_TYPES.StaticBlock:
        return current.parent.parent;
      case AST_NODE_TYPES.ClassBody:
        return undefined;
      default:
        break;
    }
  }
  return undefined;
}
