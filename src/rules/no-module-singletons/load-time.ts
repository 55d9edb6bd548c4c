import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

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
        // Parameter defaults and bodies both run per call; only an immediate call keeps load time.
        if (!immediateCallOf(current)) return current;
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

/** A readable name for a property key, or `undefined` for computed keys. */
export function staticKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (computed) return key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal) return String(key.value);
  return undefined;
}

/** The name a class is known by: its own id, or the variable a class expression is assigned to. */
export function className(
  node: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
): string | undefined {
  if (node.id) return node.id.name;
  const parent = node.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.id.name;
  }
  return undefined;
}

/**
 * How a message names the deferred code that touches module state: `getInstance()`,
 * `Cache.remember()`, `Session.id` (an instance field initializer); anonymous callbacks are named
 * after the function around them, and `a function` is the last resort.
 */
export function describeContainer(container: TSESTree.Node): string {
  if (container.type === AST_NODE_TYPES.PropertyDefinition || container.type === AST_NODE_TYPES.AccessorProperty) {
    return memberLabel(container.parent.parent, staticKeyName(container.key, container.computed), '');
  }
  if (
    container.type !== AST_NODE_TYPES.FunctionDeclaration &&
    container.type !== AST_NODE_TYPES.FunctionExpression &&
    container.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    return 'a function';
  }
  const parent = container.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty:
      return memberLabel(parent.parent.parent, staticKeyName(parent.key, parent.computed), '()');
    case AST_NODE_TYPES.Property: {
      const key = staticKeyName(parent.key, parent.computed);
      if (key) return `${key}()`;
      break;
    }
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.id.type === AST_NODE_TYPES.Identifier) return `${parent.id.name}()`;
      break;
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.left.type === AST_NODE_TYPES.Identifier) return `${parent.left.name}()`;
      break;
    case AST_NODE_TYPES.ExportDefaultDeclaration:
      if (container.type === AST_NODE_TYPES.ArrowFunctionExpression || !container.id) return 'the default export';
      break;
    default:
      break;
  }
  if (container.type !== AST_NODE_TYPES.ArrowFunctionExpression && container.id) return `${container.id.name}()`;
  // A callback (`items.forEach((item) => seen.add(item))`) is best named by the function around it.
  const outer = deferringContainer(container);
  return outer ? describeContainer(outer) : 'a function';
}

function memberLabel(classNode: TSESTree.Node, key: string | undefined, suffix: string): string {
  const owner =
    classNode.type === AST_NODE_TYPES.ClassDeclaration || classNode.type === AST_NODE_TYPES.ClassExpression
      ? className(classNode)
      : undefined;
  if (!key) return owner ? `a method of ${owner}` : 'a function';
  return `${owner ? `${owner}.` : ''}${key}${suffix}`;
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
          ? (method.parent.parent as ClassNode)
          : undefined;
      }
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
        if (child !== current.value) return undefined;
        return current.static ? (current.parent.parent as ClassNode) : undefined;
      case AST_NODE_TYPES.StaticBlock:
        return current.parent.parent as ClassNode;
      case AST_NODE_TYPES.ClassBody:
        return undefined;
      default:
        break;
    }
  }
  return undefined;
}
