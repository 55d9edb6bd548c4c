/**
 * class-state.ts' reading of a class's per-instance state, for the classes of *other* modules, read
 * with TypeScript's parser alone (typescript-parse.ts): no typescript-estree conversion, the larger
 * part of the cost of reading another file (on effect, `SchemaAST.ts` alone took 86 ms). The file
 * being linted keeps the ESTree reading (class-state.ts), which other parsers feed too; the two are
 * held equal over every class of the repository by tests/rules/no-module-singletons/typescript-class-state.test.ts.
 * Where ESTree and TypeScript's tree differ, this follows ESTree: parentheses are left out, an
 * object literal's method is a function of its own, `accessor` fields and abstract members hold no code.
 */
import ts from 'typescript';
import type { ClassState } from './class-state.js';
import { ANY_MUTATOR } from './instances.js';
import type { ModuleExports } from '../../project/module-exports.js';
import { typeScriptModuleExports } from '../../project/typescript-module-exports.js';
import { hasModifier, parseWithTypeScript, withoutParentheses } from '../../project/typescript-parse.js';

/** `null`: a class without state the rule can see. */
type StateOfClass = ClassState | null;
type FieldChange = Omit<ClassState, 'where'>;

/** What ESTree's `String(literal.value)` says of a literal used as a key, as `propertyLabel` reads it. */
function literalLabel(node: ts.Node): string | undefined {
  switch (node.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.RegularExpressionLiteral:
      return (node as ts.LiteralExpression).text;
    case ts.SyntaxKind.NumericLiteral:
      return String(Number((node as ts.NumericLiteral).text.replaceAll('_', '')));
    case ts.SyntaxKind.BigIntLiteral:
      return String(BigInt((node as ts.BigIntLiteral).text.replaceAll('_', '').slice(0, -1)));
    case ts.SyntaxKind.TrueKeyword:
      return 'true';
    case ts.SyntaxKind.FalseKeyword:
      return 'false';
    case ts.SyntaxKind.NullKeyword:
      return 'null';
    default:
      return undefined;
  }
}

/** `propertyLabel` (labels.ts) of a member's name: `#x` for a private name, a computed key only when a literal. */
function nameLabel(name: ts.PropertyName | ts.MemberName): string | undefined {
  if (ts.isComputedPropertyName(name)) return literalLabel(withoutParentheses(name.expression));
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text;
  return literalLabel(name);
}

type Access = ts.PropertyAccessExpression | ts.ElementAccessExpression;

function asAccess(node: ts.Node | undefined): Access | undefined {
  return node && (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) ? node : undefined;
}

/**
 * `expression` without its parentheses, as ESTree has it; `undefined` for a parenthesized optional
 * chain, which ESTree wraps in a ChainExpression that ends the look (`(this.a?.b).c`).
 */
function unwrapped(expression: ts.Expression): ts.Expression | undefined {
  const inner = withoutParentheses(expression);
  return inner !== expression && ts.isOptionalChain(inner) ? undefined : inner;
}

/** `x` for `this.x` (or `this.#x`, `this['x']`), else `undefined`. */
function thisField(node: ts.Node | undefined): string | undefined {
  const access = asAccess(node);
  if (!access || withoutParentheses(access.expression).kind !== ts.SyntaxKind.ThisKeyword) return undefined;
  return ts.isPropertyAccessExpression(access)
    ? access.name.text
    : literalLabel(withoutParentheses(access.argumentExpression));
}

/** A write to `target`: `this.x = …` assigns `x`; `this.x.y = …`, `this.x[k] = …` change it. */
function changeOf(target: ts.Expression, deleting = false): FieldChange | undefined {
  const access = asAccess(withoutParentheses(target));
  if (!access) return undefined;
  const direct = thisField(access);
  if (direct) return { field: direct, change: deleting ? 'changed' : 'assigned' };
  for (let object = asAccess(unwrapped(access.expression)); object; object = asAccess(unwrapped(object.expression))) {
    const field = thisField(object);
    if (field) return { field, change: 'changed' };
  }
  return undefined;
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

function fieldChangeAt(node: ts.Node): FieldChange | undefined {
  if (ts.isBinaryExpression(node)) return isAssignment(node.operatorToken.kind) ? changeOf(node.left) : undefined;
  if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
    const counts = node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken;
    return counts ? changeOf(node.operand) : undefined;
  }
  if (ts.isDeleteExpression(node)) return changeOf(node.expression, true);
  if (!ts.isCallExpression(node)) return undefined;
  const callee = unwrapped(node.expression);
  if (!callee || !ts.isPropertyAccessExpression(callee) || !ANY_MUTATOR.has(callee.name.text)) return undefined;
  const object = unwrapped(callee.expression);
  const field = object && thisField(object);
  return field ? { field, change: 'changed' } : undefined;
}

/** Code where `this` is something else: a function of its own, a class. */
function isOwnThisScope(node: ts.Node): boolean {
  return ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isClassLike(node);
}

/** The first `this.field` assignment or container change in `body`, where `this` is the instance. */
function firstFieldChange(body: ts.Node): FieldChange | undefined {
  let found: FieldChange | undefined;
  const visit = (node: ts.Node): boolean => {
    if (node !== body) {
      if (isOwnThisScope(node)) return false;
      // An object literal's method or accessor: ESTree reads its computed key, not its function.
      if (ts.isMethodDeclaration(node) || ts.isAccessor(node)) return visit(node.name);
    }
    found = fieldChangeAt(node);
    return found !== undefined || (ts.forEachChild(node, visit) ?? false);
  };
  visit(body);
  return found;
}

/** The code of a member that runs on an instance after construction: methods, accessors, arrow fields. */
function instanceCode(member: ts.ClassElement): ts.Node | undefined {
  const isStatic = hasModifier(member, ts.SyntaxKind.StaticKeyword);
  if (isStatic || hasModifier(member, ts.SyntaxKind.AbstractKeyword)) return undefined;
  if (ts.isMethodDeclaration(member) || ts.isAccessor(member)) return member.body;
  if (!ts.isPropertyDeclaration(member) || !member.initializer) return undefined;
  // An `accessor` field is an AccessorProperty in ESTree, which the reading leaves out.
  if (hasModifier(member, ts.SyntaxKind.AccessorKeyword)) return undefined;
  const value = withoutParentheses(member.initializer);
  if (ts.isFunctionExpression(value)) return value.body;
  if (!ts.isArrowFunction(value)) return undefined;
  return ts.isBlock(value.body) ? value.body : withoutParentheses(value.body);
}

/** The state of `node`'s instances, looking at its own members only (not its base class). */
export function classStateOf(node: ts.ClassLikeDeclaration, owner: string | undefined): ClassState | undefined {
  for (const member of node.members) {
    const body = instanceCode(member);
    if (!body) continue;
    const change = firstFieldChange(body);
    const key = (member.name && nameLabel(member.name)) ?? 'a method';
    if (change) return { ...change, where: `${owner ? `${owner}.` : ''}${key}()` };
  }
  return undefined;
}

/** The classes declared at the top level of a module, by local name, with their state. */
function moduleClasses(source: ts.SourceFile): Map<string, StateOfClass> {
  const classes = new Map<string, StateOfClass>();
  for (const statement of source.statements) {
    // `export default class X {}` is no local of the module in ESTree's reading: its default export is.
    if (ts.isClassDeclaration(statement) && statement.name && !hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
      classes.set(statement.name.text, classStateOf(statement, statement.name.text) ?? null);
    }
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const value = declaration.initializer && withoutParentheses(declaration.initializer);
      if (ts.isIdentifier(declaration.name) && value && ts.isClassExpression(value)) {
        classes.set(declaration.name.text, classStateOf(value, declaration.name.text) ?? null);
      }
    }
  }
  return classes;
}

/**
 * The exports of the module `text` of `file`, each declared class with the state of its instances;
 * `undefined` when TypeScript cannot parse it.
 */
export function classModuleExports(text: string, file: string): ModuleExports<StateOfClass> | undefined {
  const source = parseWithTypeScript(file, text);
  if (!source) return undefined;
  return typeScriptModuleExports(source, moduleClasses(source), (declaration) =>
    ts.isClassDeclaration(declaration) ? (classStateOf(declaration, declaration.name?.text) ?? null) : undefined,
  );
}
