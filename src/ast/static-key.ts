import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/**
 * The exact name a property key or member access spells statically: `X` (not computed), `'X'`,
 * `` `X` `` without substitutions, and a number only when written as a plain key (`{ 1: … }`,
 * never `E[1]`, which indexes rather than names). `undefined` for anything computed at run time.
 */
export function staticKeyName(node: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'string' || (!computed && typeof node.value === 'number')
      ? String(node.value)
      : undefined;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}
