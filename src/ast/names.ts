import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** An identifier name as ECMAScript defines it (start character, then continue characters). */
const IDENTIFIER_NAME = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

/** Whether `name` can be written as a bare identifier (`x`, `$id`, `été`) rather than a string. */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER_NAME.test(name);
}

/**
 * The name spelt by an identifier or a string: a module export name (`export { a }`, and since
 * ES2022 `export { a as 'a-b' }`, `import { 'a-b' as a }`) or an enum member (`A = 1`, `'a-b' = 2`).
 */
export function nameOfIdentifierOrString(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}
