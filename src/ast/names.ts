import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** An identifier name as ECMAScript defines it (start character, then continue characters). */
const IDENTIFIER_NAME = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

/** Whether `name` can be written as a bare identifier (`x`, `$id`, `été`) rather than a string. */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER_NAME.test(name);
}

/**
 * The name a module export is known by, written as an identifier (`export { a }`) or, since
 * ES2022, as a string (`export { a as 'a-b' }`, `import { 'a-b' as a }`).
 */
export function moduleExportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}
