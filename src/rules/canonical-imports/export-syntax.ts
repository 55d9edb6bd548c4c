import ts from 'typescript';
import { hasModifier, parseWithTypeScript } from '../../project/typescript-parse.js';
import { detached } from '../../util/detached.js';

/**
 * What a module's top-level statements say it exports, read with TypeScript's parser alone: the
 * canonical module of a fix is often a project's largest (effect's `Schema.ts`, 600k characters),
 * and an ESTree of it costs three times as much for the same few facts. Held equal to the names
 * TypeScript's binder gives the module by a test over edge cases and every module of this repository.
 */
export interface ExportSyntax {
  /** Names the module itself exports (a value or a type), `default` included. */
  readonly names: readonly string[];
  /** Specifiers of `export * from`: their names pass through (except `default`). */
  readonly starSources: readonly string[];
  /** `export =`, or no module syntax at all (a script): names cannot be listed. */
  readonly opaque: boolean;
}

const OPAQUE: ExportSyntax = { names: [], starSources: [], opaque: true };

/** The identifiers a binding declares: `a`, and those in `{ a, b: [c, ...d] }`. */
function boundNames(name: ts.BindingName, into: string[]): void {
  if (ts.isIdentifier(name)) into.push(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) boundNames(element.name, into);
}

/** The names an `export`-modified declaration exports (`export default class A` exports only `default`). */
function declaredNames(statement: ts.Statement, into: string[]): void {
  if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) into.push('default');
  else if (ts.isVariableStatement(statement))
    for (const declaration of statement.declarationList.declarations) boundNames(declaration.name, into);
  else if (
    (ts.isClassDeclaration(statement) ||
      ts.isFunctionDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement) ||
      ts.isModuleDeclaration(statement) ||
      // `export import x = require('y')`, `export import x = N.y`
      ts.isImportEqualsDeclaration(statement)) &&
    statement.name !== undefined &&
    ts.isIdentifier(statement.name)
  )
    into.push(statement.name.text);
}

/** What `text`, the text of `file`, exports; `undefined` when it has syntax errors. */
export function exportSyntaxOf(text: string, file: string): ExportSyntax | undefined {
  const source = parseWithTypeScript(file, text);
  if (!source) return undefined;
  // No `import`, `export` or `import.meta`: a script, whose names are globals, not exports.
  if (!ts.isExternalModule(source)) return OPAQUE;
  const names: string[] = [];
  const starSources: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement)) {
      if (statement.isExportEquals) return OPAQUE;
      names.push('default');
    } else if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) for (const element of clause.elements) names.push(element.name.text);
      else if (clause) names.push(clause.name.text);
      else if (statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier))
        starSources.push(statement.moduleSpecifier.text);
    } else if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      declaredNames(statement, names);
    }
  }
  // Kept for the file's version: copies, not views into its text.
  return { names: names.map(detached), starSources: starSources.map(detached), opaque: false };
}
