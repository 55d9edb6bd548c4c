import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** A type-only wrapper around an expression: `x as T`, `x satisfies T`, `x!`, `<T>x`. */
export function isTypeWrapper(
  node: TSESTree.Node,
): node is
  TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSNonNullExpression | TSESTree.TSTypeAssertion {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  );
}

export function isAsConst(node: TSESTree.Node): boolean {
  for (let current = node; isTypeWrapper(current); current = current.expression) {
    if (
      current.type === AST_NODE_TYPES.TSAsExpression &&
      current.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference &&
      current.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier &&
      current.typeAnnotation.typeName.name === 'const'
    ) {
      return true;
    }
  }
  return false;
}

/** `node` without type assertions (and `await`, when asked). */
export function unwrapExpression(node: TSESTree.Expression, throughAwait: boolean): TSESTree.Expression {
  let current = node;
  for (;;) {
    if (isTypeWrapper(current)) current = current.expression;
    else if (throughAwait && current.type === AST_NODE_TYPES.AwaitExpression) current = current.argument;
    else return current;
  }
}

/** `a.b.C` as its identifiers, or `undefined` when any part is computed or not a name. */
export function dottedPath(node: TSESTree.Node): [TSESTree.Identifier, ...TSESTree.Identifier[]] | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return [node];
  if (
    node.type !== AST_NODE_TYPES.MemberExpression ||
    node.computed ||
    node.property.type !== AST_NODE_TYPES.Identifier
  ) {
    return undefined;
  }
  const object = dottedPath(node.object);
  return object ? [...object, node.property] : undefined;
}

export function dottedName(node: TSESTree.Node): string | undefined {
  return dottedPath(node)
    ?.map((part) => part.name)
    .join('.');
}
