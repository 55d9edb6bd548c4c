import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { nameOfIdentifierOrString } from './names.js';

/** What an import binds: a named export, the default export (`'default'`), or the namespace (`'*'`). */
export function importedName(specifier: TSESTree.ImportClause): string {
  if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return '*';
  if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) return 'default';
  return nameOfIdentifierOrString(specifier.imported);
}
