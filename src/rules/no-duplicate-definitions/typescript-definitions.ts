import ts from 'typescript';
import { hasModifier, parseWithTypeScript, withoutParentheses } from '../../project/typescript-parse.js';
import type { DefinitionFamily, DefinitionKind, DefinitionSummary, FileDefinitions } from './definitions.js';
import { summaryOf } from './definitions.js';
import { detached } from '../../util/detached.js';

/**
 * The exported definitions of another project file, read with TypeScript's parser alone: what
 * `exportedDefinitions` and `summarize` (definitions.ts) tell from the ESTree of the same text, the
 * same kinds, lines and words, without the conversion to ESTree, which is most of the cost of a parse
 * (the files that share a name are often a project's largest: its types, its operators). Kept equal
 * to the ESTree reading by a test over every module of the repository.
 */

interface Found {
  readonly name: string;
  readonly kind: DefinitionKind;
  readonly family: DefinitionFamily;
  readonly nameStart: number;
  readonly range: readonly [number, number];
}

/** Local name → specifier of the module it is imported from, as `importSources` reads it. */
function importSources(source: ts.SourceFile): Map<string, string> {
  const sources = new Map<string, string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const from = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (clause?.name) sources.set(clause.name.text, from);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) sources.set(bindings.name.text, from);
      else if (bindings) for (const element of bindings.elements) sources.set(element.name.text, from);
    } else if (
      ts.isImportEqualsDeclaration(statement) &&
      // `export import x = require()` is an export declaration in ESTree, which `importSources` passes by.
      !hasModifier(statement, ts.SyntaxKind.ExportKeyword) &&
      ts.isExternalModuleReference(statement.moduleReference) &&
      ts.isStringLiteral(statement.moduleReference.expression)
    )
      sources.set(statement.name.text, statement.moduleReference.expression.text);
  }
  return sources;
}

/** Spaces and comments. */
const TRIVIA = /(?:\s|\/\/[^\n\r\u2028\u2029]*|\/\*[\s\S]*?\*\/)*/y;

/** Where ESTree starts an exported declaration: after `export` and `default`, at its decorators if any come first. */
function declarationStart(node: ts.Node, source: ts.SourceFile): number {
  const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
  const exported = modifiers.filter(
    (modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword || modifier.kind === ts.SyntaxKind.DefaultKeyword,
  );
  const last = exported.at(-1);
  if (last === undefined) return node.getStart(source);
  const decorator = ts.canHaveDecorators(node) ? ts.getDecorators(node)?.[0] : undefined;
  TRIVIA.lastIndex = last.end;
  const afterExport = last.end + (TRIVIA.exec(source.text)?.[0].length ?? 0);
  return decorator === undefined ? afterExport : Math.min(decorator.getStart(source), afterExport);
}

const VALUE_FAMILIES = new Map<ts.SyntaxKind, DefinitionFamily>([
  [ts.SyntaxKind.ClassExpression, 'class'],
  [ts.SyntaxKind.FunctionExpression, 'function'],
  [ts.SyntaxKind.ArrowFunction, 'function'],
  [ts.SyntaxKind.ObjectLiteralExpression, 'object'],
]);

/** The value a `const` holds under `as`, `satisfies`, `!`, `<T>` and parentheses (which ESTree drops): as `unwrapExpression` reads it. */
function unwrapped(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isTypeAssertionExpression(current) ||
    ts.isParenthesizedExpression(current)
  )
    current = current.expression;
  return current;
}

function entityRoot(name: ts.EntityName): string {
  let current = name;
  while (ts.isQualifiedName(current)) current = current.left;
  return current.text;
}

/** `type Old = New<T>` or `type Old = import('./x').New` (see `isTypeAlias`). */
function isTypeAlias(node: ts.TypeAliasDeclaration, imported: ReadonlyMap<string, string>): boolean {
  let type = node.type;
  while (ts.isParenthesizedTypeNode(type)) type = type.type;
  if (ts.isImportTypeNode(type)) return !type.isTypeOf;
  return ts.isTypeReferenceNode(type) && imported.has(entityRoot(type.typeName));
}

/** `interface Old extends New {}` (see `isInterfaceAlias`). */
function isInterfaceAlias(node: ts.InterfaceDeclaration, imported: ReadonlyMap<string, string>): boolean {
  const heritage = (node.heritageClauses ?? []).filter((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
  const types = heritage.flatMap((clause) => clause.types);
  if (node.members.length > 0 || types.length !== 1) return false;
  const expression = types[0]?.expression;
  if (expression && ts.isIdentifier(expression)) return imported.has(expression.text);
  return expression !== undefined && ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)
    ? imported.has(expression.expression.text)
    : false;
}

function found(
  name: ts.Identifier,
  kind: DefinitionKind,
  family: DefinitionFamily,
  range: readonly [number, number],
  source: ts.SourceFile,
): Found {
  return { name: name.text, kind, family, nameStart: name.getStart(source), range };
}

/** The definitions a top-level statement makes (see `definitionsOf` in definitions.ts). */
function definitionsOf(statement: ts.Statement, imported: ReadonlyMap<string, string>, source: ts.SourceFile): Found[] {
  if (hasModifier(statement, ts.SyntaxKind.DeclareKeyword)) return [];
  const range = [declarationStart(statement, source), statement.end] as const;
  if (ts.isClassDeclaration(statement))
    return statement.name ? [found(statement.name, 'class', 'class', range, source)] : [];
  if (ts.isFunctionDeclaration(statement))
    return statement.name ? [found(statement.name, 'function', 'function', range, source)] : [];
  if (ts.isEnumDeclaration(statement)) return [found(statement.name, 'enum', 'enum', range, source)];
  if (ts.isInterfaceDeclaration(statement))
    return isInterfaceAlias(statement, imported) ? [] : [found(statement.name, 'interface', 'type', range, source)];
  if (ts.isTypeAliasDeclaration(statement))
    return isTypeAlias(statement, imported) ? [] : [found(statement.name, 'type', 'type', range, source)];
  // `await using` sets the `Const` flag too, with `Using`.
  const isConst =
    ts.isVariableStatement(statement) &&
    (statement.declarationList.flags & ts.NodeFlags.Const) !== 0 &&
    (statement.declarationList.flags & ts.NodeFlags.Using) === 0;
  if (!isConst) return [];
  return statement.declarationList.declarations.flatMap((declarator) => {
    const family = declarator.initializer ? VALUE_FAMILIES.get(unwrapped(declarator.initializer).kind) : undefined;
    return ts.isIdentifier(declarator.name) && family !== undefined
      ? [found(declarator.name, 'const', family, [declarator.getStart(source), declarator.end], source)]
      : [];
  });
}

/** Locals `export { a, b as c }` and `export default a` name (no `from`). */
function exportedLocalNames(statement: ts.Statement): string[] {
  if (ts.isExportAssignment(statement)) {
    if (statement.isExportEquals) return [];
    const expression = withoutParentheses(statement.expression);
    return ts.isIdentifier(expression) ? [expression.text] : [];
  }
  if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier || !statement.exportClause) return [];
  if (!ts.isNamedExports(statement.exportClause)) return [];
  return statement.exportClause.elements.map((element) => (element.propertyName ?? element.name).text);
}

const EVERY_NAME = (): boolean => true;

/**
 * What `summarize(exportedDefinitions(…))` says of the module `text` (`file` tells JSX from not), for
 * the names `summarized` takes; the others it defines are only named (`unread`): summarizing reads
 * the words of a declaration, and a module of types defines a hundred names another module may share one of.
 */
export function definitionsInText(
  text: string,
  file: string,
  summarized: (name: string) => boolean = EVERY_NAME,
): FileDefinitions {
  const source = parseWithTypeScript(file, text);
  // typescript-estree refuses a text with syntax errors, and so does ESLint the file: nothing is known.
  if (!source) return { summaries: new Map(), unread: new Set() };
  const imported = importSources(source);
  const locals = new Map<string, Found>();
  const exported = new Map<string, Found>();
  const exportedLocals: string[] = [];
  const add = (target: Map<string, Found>, definitions: readonly Found[]): void => {
    for (const definition of definitions) if (!target.has(definition.name)) target.set(definition.name, definition);
  };
  for (const statement of source.statements) {
    if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) add(exported, definitionsOf(statement, imported, source));
    else if (ts.isExportAssignment(statement) || ts.isExportDeclaration(statement))
      exportedLocals.push(...exportedLocalNames(statement));
    else add(locals, definitionsOf(statement, imported, source));
  }
  for (const name of exportedLocals) {
    const local = locals.get(name);
    if (local) add(exported, [local]);
  }
  const summaries = new Map<string, DefinitionSummary>();
  const unread = new Set<string>();
  for (const [name, definition] of exported) {
    // Kept for as long as the file's version: copies, not views into its text.
    if (!summarized(name)) unread.add(detached(name));
    else {
      const line = source.getLineAndCharacterOfPosition(definition.nameStart).line + 1;
      summaries.set(detached(name), summaryOf(definition, line, text, imported, file));
    }
  }
  return { summaries, unread };
}
