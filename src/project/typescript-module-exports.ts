import ts from 'typescript';
import { exportTable, type ImportBindings, type ModuleExports } from './module-exports.js';
import { hasModifier, withoutParentheses } from './typescript-parse.js';

/**
 * `analyzeModuleExports` (module-exports.ts) for a module read with TypeScript's parser alone
 * (typescript-parse.ts): the same table, for rules that read other modules without typescript-estree's
 * conversion. Held equal to the ESTree reading over every module of the repository by
 * tests/rules/no-module-singletons/typescript-class-state.test.ts.
 */

/** An identifier's or a string literal's name (`export { a as "b" }`). */
function nameOf(node: ts.ModuleExportName): string {
  return node.text;
}

/** Local name → import it binds (`'*'` for a namespace import). */
function importBindings(source: ts.SourceFile): ImportBindings {
  const bindings = new Map<string, { specifier: string; importedName: string }>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    if (clause?.name) bindings.set(clause.name.text, { specifier, importedName: 'default' });
    const named = clause?.namedBindings;
    if (named && ts.isNamespaceImport(named)) bindings.set(named.name.text, { specifier, importedName: '*' });
    else if (named) {
      for (const element of named.elements) {
        bindings.set(element.name.text, { specifier, importedName: nameOf(element.propertyName ?? element.name) });
      }
    }
  }
  return bindings;
}

/**
 * The name an exported declaration statement gives, as ESTree's `id` would: none for a dotted
 * namespace (`namespace A.B`, whose ESTree id is qualified) or an ambient module (`declare module 'x'`).
 */
function declaredName(statement: ts.Statement): string | undefined {
  if (ts.isModuleDeclaration(statement)) {
    return ts.isIdentifier(statement.name) && !(statement.body && ts.isModuleDeclaration(statement.body))
      ? statement.name.text
      : undefined;
  }
  if (
    ts.isClassDeclaration(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isImportEqualsDeclaration(statement)
  ) {
    return statement.name?.text;
  }
  return undefined;
}

/**
 * The exports of `source`. `locals` are the top-level declarations the caller looks for, by local
 * name; `defaultValue` judges an anonymous `export default <expression>` (`export default class {}`).
 */
export function typeScriptModuleExports<T>(
  source: ts.SourceFile,
  locals: ReadonlyMap<string, T>,
  defaultValue?: (declaration: ts.Node) => T | undefined,
): ModuleExports<T> {
  const table = exportTable(locals, importBindings(source));
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const specifier =
        statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          const exportedName = nameOf(element.name);
          const localName = nameOf(element.propertyName ?? element.name);
          if (specifier !== undefined) table.reexport(exportedName, specifier, localName);
          else table.local(exportedName, localName);
        }
      } else if (specifier !== undefined && clause) {
        table.reexport(nameOf(clause.name), specifier, '*');
      } else if (specifier !== undefined) {
        table.star(specifier);
      }
    } else if (ts.isExportAssignment(statement)) {
      // `export =` is not an ES export.
      if (statement.isExportEquals) continue;
      const expression = withoutParentheses(statement.expression);
      if (ts.isIdentifier(expression)) table.local('default', expression.text);
      else {
        const named =
          ts.isClassExpression(expression) || ts.isFunctionExpression(expression) ? expression.name : undefined;
        table.default(named?.text, () => defaultValue?.(expression));
      }
    } else if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
        table.default(declaredName(statement), () => defaultValue?.(statement));
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) table.local(declaration.name.text, declaration.name.text);
        }
      } else {
        const name = declaredName(statement);
        if (name !== undefined) table.local(name, name);
      }
    }
  }
  return table.done();
}
