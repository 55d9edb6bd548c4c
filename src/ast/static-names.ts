import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

/** The string or number `node` always evaluates to (`'PORT'`, `KEY` bound to a constant), as a string. */
export function staticString(sourceCode: TSESLint.SourceCode, node: TSESTree.Node | undefined): string | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const result = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
  if (!result) return undefined;
  const { value } = result;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** The property `member` reads, when known without running the code (`a.b`, `a['b']`, `a[KEY]`). */
export function memberName(sourceCode: TSESLint.SourceCode, member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  return staticString(sourceCode, member.property);
}

/** The key a destructuring property takes, when known without running the code. */
export function propertyKeyName(sourceCode: TSESLint.SourceCode, property: TSESTree.Property): string | undefined {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  // A symbol key (`[Symbol.iterator]`) names no variable.
  return staticString(sourceCode, property.key);
}
