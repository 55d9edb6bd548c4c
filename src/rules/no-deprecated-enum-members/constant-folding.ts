import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { staticKeyName } from '../../ast/static-key.js';
import type { ConstantValue } from './enum-info.js';

/** The compile-time values of enum initializers, as TypeScript computes them. */

export type NameLookup = (name: string) => ConstantValue | undefined;

/**
 * Constant folding of the initializer forms TypeScript accepts in enums. `memberValue` answers
 * bare member names and `Enum.MEMBER` of the enum being declared.
 */
export function constantValue(
  node: TSESTree.Node,
  enumName: string | undefined,
  memberValue: NameLookup,
): ConstantValue | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' || typeof node.value === 'number' ? node.value : undefined;
    case AST_NODE_TYPES.TemplateLiteral: {
      let result = node.quasis[0]?.value.cooked ?? '';
      for (const [index, expression] of node.expressions.entries()) {
        const value = constantValue(expression, enumName, memberValue);
        const next = node.quasis[index + 1]?.value.cooked;
        if (value === undefined || next == null) return undefined;
        result += String(value) + next;
      }
      return result;
    }
    case AST_NODE_TYPES.UnaryExpression: {
      const value = constantValue(node.argument, enumName, memberValue);
      if (typeof value !== 'number') return undefined;
      if (node.operator === '-') return -value;
      if (node.operator === '+') return value;
      if (node.operator === '~') return ~value;
      return undefined;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
      const left = constantValue(node.left, enumName, memberValue);
      const right = constantValue(node.right, enumName, memberValue);
      if (left === undefined || right === undefined) return undefined;
      return binary(node.operator, left, right);
    }
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression: {
      const referenced = referencedMember(node, enumName);
      return referenced === undefined ? undefined : memberValue(referenced);
    }
    default:
      return undefined;
  }
}

function binary(operator: string, left: ConstantValue, right: ConstantValue): ConstantValue | undefined {
  if (operator === '+') {
    return typeof left === 'string' || typeof right === 'string' ? `${left}${right}` : left + right;
  }
  if (typeof left !== 'number' || typeof right !== 'number') return undefined;
  switch (operator) {
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return left / right;
    case '%':
      return left % right;
    case '**':
      return left ** right;
    case '<<':
      return left << right;
    case '>>':
      return left >> right;
    case '>>>':
      return left >>> right;
    case '|':
      return left | right;
    case '&':
      return left & right;
    case '^':
      return left ^ right;
    default:
      return undefined;
  }
}

/** The member an initializer names: `OTHER`, `Enum.OTHER` or `Enum['OTHER']`. */
export function referencedMember(node: TSESTree.Node, enumName: string | undefined): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === enumName
  ) {
    return staticKeyName(node.property, node.computed);
  }
  return undefined;
}
