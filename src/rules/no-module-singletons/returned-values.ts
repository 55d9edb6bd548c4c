/**
 * Which expressions are what a function returns. A lazy singleton is an object a function both
 * stores and returns, so these two walks find its returns, from either end.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isTypeWrapper } from '../../ast/expressions.js';

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
