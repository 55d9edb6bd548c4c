import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isIdentifierName, nameOfIdentifierOrString } from '../ast/names.js';
import { stringLiteral } from './string-literal.js';

/** An export name as it must be written in a specifier: bare when it is an identifier, quoted otherwise. */
export function exportNameText(name: string): string {
  return isIdentifierName(name) ? name : stringLiteral(name, '"');
}

/** `type ` when the specifier itself carries an inline `type` modifier (`{ type A }`). */
function inlineTypePrefix(kind: 'type' | 'value'): string {
  return kind === 'type' ? 'type ' : '';
}

/**
 * Makes an import specifier import `importedName` while keeping its local binding:
 * `{ Old }` → `{ New as Old }`, `{ Old as x }` → `{ New as x }`, `{ Old as New }` → `{ New }`.
 */
export function renameImportSpecifier(
  fixer: TSESLint.RuleFixer,
  specifier: TSESTree.ImportSpecifier,
  importedName: string,
): TSESLint.RuleFix {
  const local = specifier.local.name;
  return fixer.replaceText(
    specifier,
    specifierText(specifier.importKind, importedName, importedName === local ? undefined : local),
  );
}

/**
 * Makes a re-export specifier take `localName` from its source while keeping the name it exports:
 * `export { Old } from` → `export { New as Old } from`.
 */
export function renameExportSpecifier(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  specifier: TSESTree.ExportSpecifier,
  localName: string,
): TSESLint.RuleFix {
  const exported = nameOfIdentifierOrString(specifier.exported);
  const alias = localName === exported ? undefined : sourceCode.getText(specifier.exported);
  return fixer.replaceText(specifier, specifierText(specifier.exportKind, localName, alias));
}

/** `name` or `name as alias` in import/export braces, with an inline `type` when the specifier had one. */
function specifierText(kind: 'type' | 'value', name: string, alias: string | undefined): string {
  const taken = exportNameText(name);
  return inlineTypePrefix(kind) + (alias === undefined ? taken : `${taken} as ${alias}`);
}

/**
 * Turns `import X from` / `import X, { a } from` into `import { Name as X } from` /
 * `import { Name as X, a } from`. `undefined` when the declaration also has a namespace import,
 * which cannot share braces with named imports.
 */
export function defaultImportToNamed(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  declaration: TSESTree.ImportDeclaration,
  importedName: string,
): TSESLint.RuleFix[] | undefined {
  const [first, ...rest] = declaration.specifiers;
  if (first?.type !== AST_NODE_TYPES.ImportDefaultSpecifier) return undefined;
  const named = `${exportNameText(importedName)} as ${first.local.name}`;
  if (rest.some((specifier) => specifier.type !== AST_NODE_TYPES.ImportSpecifier)) return undefined;
  // `import X, {} from` has braces but no named specifiers, so look at the tokens, not the specifiers.
  const afterDefault = sourceCode.getTokenAfter(first);
  if (!afterDefault || !ASTUtils.isCommaToken(afterDefault)) return [fixer.replaceText(first, `{ ${named} }`)];
  const openingBrace = sourceCode.getTokenAfter(afterDefault);
  if (!openingBrace || !ASTUtils.isOpeningBraceToken(openingBrace)) return undefined;
  return [
    fixer.removeRange([first.range[0], openingBrace.range[0]]),
    fixer.insertTextAfter(openingBrace, ` ${named},`),
  ];
}
