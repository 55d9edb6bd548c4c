/**
 * Questions about module state: where a value created at load time is kept, and which references
 * change a container that module-level code created.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { ANY_MUTATOR, type Container } from './instances.js';
import { propertyLabel } from './labels.js';
import { enclosingFunction, immediateCallOf } from './load-time.js';
import { isTypeWrapper, dottedName } from '../../ast/expressions.js';

const OBJECT_MUTATORS = new Set([
  'Object.assign',
  'Object.defineProperty',
  'Object.defineProperties',
  'Object.setPrototypeOf',
  'Reflect.set',
  'Reflect.defineProperty',
  'Reflect.deleteProperty',
  'Reflect.setPrototypeOf',
]);
const FREEZERS = new Set(['Object.freeze', 'Object.seal', 'Object.preventExtensions']);
/** Assignments that store a value as is; `x ??= new X()` is the classic lazy singleton. */
export const STORING_OPERATORS = new Set(['=', '??=', '||=', '&&=']);

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

export function isUsingDeclaration(declarator: TSESTree.VariableDeclarator): boolean {
  // `using` resources are disposed when the module finishes evaluating: they are never shared.
  const { kind } = declarator.parent;
  return kind === 'using' || kind === 'await using';
}
