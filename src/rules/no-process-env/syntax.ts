import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isTypeWrapper } from '../../ast/expressions.js';

/**
 * Climbs over syntax that does not change the value: `x!`, `x as T`, `x satisfies T`, `<T>x` and
 * the optional-chain wrapper, so `(process.env.X as string)` is seen like `process.env.X`.
 */
export function outermost(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    const transparent =
      parent.type === AST_NODE_TYPES.ChainExpression || (isTypeWrapper(parent) && parent.expression === current);
    if (!transparent) return current;
    current = parent;
  }
}

/** True when `node` (already climbed with `outermost`) is assigned, updated or deleted. */
export function isWriteTarget(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    default:
      return false;
  }
}

/** `node` is only tested for being there: its value never flows anywhere. */
export function isExistenceCheck(node: TSESTree.Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'typeof' || parent.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      return parent.operator === '&&' && parent.left === node;
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.WhileStatement:
      return parent.test === node;
    default:
      return false;
  }
}

/** A name or object pattern: targets whose uses of the value can be followed. */
export function isBindable(target: TSESTree.Node): boolean {
  if (target.type === AST_NODE_TYPES.AssignmentPattern) return isBindable(target.left);
  return target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.ObjectPattern;
}

/** Inside a type (`typeof process.env`): the name is not evaluated, so nothing is read. */
export function isTypePosition(identifier: TSESTree.Node): boolean {
  const parent = identifier.parent;
  return parent?.type === AST_NODE_TYPES.TSTypeQuery || parent?.type === AST_NODE_TYPES.TSQualifiedName;
}

/** `export const x = …`: the declared value is visible to other modules. */
export function isExportedDeclaration(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.VariableDeclarator && node.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration
  );
}

/** `const x = createRequire(…)`: `x` loads modules like the global `require`. */
export function isCreateRequireDeclarator(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.VariableDeclarator &&
    node.init?.type === AST_NODE_TYPES.CallExpression &&
    node.init.callee.type === AST_NODE_TYPES.Identifier &&
    node.init.callee.name === 'createRequire'
  );
}
