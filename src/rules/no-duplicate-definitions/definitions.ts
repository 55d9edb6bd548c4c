import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { unwrapExpression } from '../../ast/expressions.js';
import { nameOfIdentifierOrString } from '../../ast/names.js';
import { detached } from '../../util/detached.js';
import { delegates, wordsOf, type Declared } from './likeness.js';

/**
 * The definitions a module exports, read from its syntax: what `no-duplicate-definitions` compares
 * across modules. A definition is a concept written out here — a class, enum, function, interface,
 * type alias, or a `const` holding a class, function or object literal — not a name passed on:
 * re-exports, aliases of imported bindings (`export type Old = New`, `export const Old = New`) and
 * ambient `declare` statements define nothing. Overloads and merged declarations of one name
 * (`interface X` + `class X`) are one definition, the first.
 */

export const DEFINITION_KINDS = ['class', 'enum', 'function', 'interface', 'type', 'const'] as const;
export type DefinitionKind = (typeof DEFINITION_KINDS)[number];

/**
 * What a definition is, for telling one concept written twice from two concepts that share a name:
 * an interface and a type alias may be the same type, an arrow function in a `const` the same
 * function as a function declaration; a React component and an editor class called `Heading` are not.
 */
export type DefinitionFamily = 'class' | 'enum' | 'type' | 'function' | 'object';

export interface Definition {
  readonly name: string;
  readonly kind: DefinitionKind;
  readonly family: DefinitionFamily;
  /** The declared name's identifier, where a report goes. */
  readonly id: TSESTree.Identifier;
  /** The whole declaration (the declarator of a `const`). */
  readonly range: TSESTree.Range;
}

/** A definition as kept for another file: where it is, without the tree. */
export interface DefinitionSummary {
  readonly kind: DefinitionKind;
  readonly family: DefinitionFamily;
  readonly line: number;
  /** The words of its declaration (see `wordsOf`). */
  readonly words: ReadonlySet<string>;
  /** It calls a function of the same name elsewhere (`logging.setLogger(…)`): a facade, see `delegates`. */
  readonly delegates: boolean;
}

/** What is known of a module's definitions, for one version of it. */
export interface FileDefinitions {
  /** By name: the names a reading was asked to summarize. */
  readonly summaries: ReadonlyMap<string, DefinitionSummary>;
  /** Names it defines that `summaries` leaves out. */
  readonly unread: ReadonlySet<string>;
}

type Statement = TSESTree.ProgramStatement;

const VALUE_FAMILIES: ReadonlyMap<string, DefinitionFamily> = new Map<string, DefinitionFamily>([
  [AST_NODE_TYPES.ClassExpression, 'class'],
  [AST_NODE_TYPES.FunctionExpression, 'function'],
  [AST_NODE_TYPES.ArrowFunctionExpression, 'function'],
  [AST_NODE_TYPES.ObjectExpression, 'object'],
]);

function constDefinition(declarator: TSESTree.VariableDeclarator): Definition[] {
  const family = declarator.init ? VALUE_FAMILIES.get(unwrapExpression(declarator.init, false).type) : undefined;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || family === undefined) return [];
  return [{ name: declarator.id.name, kind: 'const', family, id: declarator.id, range: declarator.range }];
}

/** The leftmost name of a type reference (`A` of `A.B<C>`). */
function referencedRoot(name: TSESTree.EntityName): string | undefined {
  let current: TSESTree.EntityName = name;
  while (current.type === AST_NODE_TYPES.TSQualifiedName) current = current.left;
  return current.type === AST_NODE_TYPES.Identifier ? current.name : undefined;
}

/** `type Old = New<T>` or `type Old = import('./x').New`, where `New` comes from another module. */
function isTypeAlias(node: TSESTree.TSTypeAliasDeclaration, imported: ReadonlyMap<string, string>): boolean {
  const { typeAnnotation } = node;
  if (typeAnnotation.type === AST_NODE_TYPES.TSImportType) return true;
  if (typeAnnotation.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const root = referencedRoot(typeAnnotation.typeName);
  return root !== undefined && imported.has(root);
}

/** `interface Old extends New {}`: another module's interface under a second name. */
function isInterfaceAlias(node: TSESTree.TSInterfaceDeclaration, imported: ReadonlyMap<string, string>): boolean {
  if (node.body.body.length > 0 || node.extends.length !== 1) return false;
  const [heritage] = node.extends;
  const expression = heritage?.expression;
  if (expression?.type === AST_NODE_TYPES.Identifier) return imported.has(expression.name);
  return expression?.type === AST_NODE_TYPES.MemberExpression && expression.object.type === AST_NODE_TYPES.Identifier
    ? imported.has(expression.object.name)
    : false;
}

/** A class's range from its first decorator (`@Module({ … })` says what a Nest module is). */
function withDecorators(node: TSESTree.ClassDeclaration): TSESTree.Range {
  const [first] = node.decorators;
  return first ? [Math.min(first.range[0], node.range[0]), node.range[1]] : node.range;
}

/** The definitions a top-level declaration makes, by name (none for `declare` and aliases). */
function definitionsOf(
  statement: Statement | TSESTree.DefaultExportDeclarations,
  imported: ReadonlyMap<string, string>,
): Definition[] {
  if ('declare' in statement && statement.declare) return [];
  switch (statement.type) {
    case AST_NODE_TYPES.ClassDeclaration:
      return statement.id
        ? [
            {
              name: statement.id.name,
              kind: 'class',
              family: 'class',
              id: statement.id,
              range: withDecorators(statement),
            },
          ]
        : [];
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.TSDeclareFunction:
      return statement.id
        ? [{ name: statement.id.name, kind: 'function', family: 'function', id: statement.id, range: statement.range }]
        : [];
    case AST_NODE_TYPES.TSEnumDeclaration:
      return [{ name: statement.id.name, kind: 'enum', family: 'enum', id: statement.id, range: statement.range }];
    case AST_NODE_TYPES.TSInterfaceDeclaration:
      return isInterfaceAlias(statement, imported)
        ? []
        : [{ name: statement.id.name, kind: 'interface', family: 'type', id: statement.id, range: statement.range }];
    case AST_NODE_TYPES.TSTypeAliasDeclaration:
      return isTypeAlias(statement, imported)
        ? []
        : [{ name: statement.id.name, kind: 'type', family: 'type', id: statement.id, range: statement.range }];
    case AST_NODE_TYPES.VariableDeclaration:
      if (statement.kind !== 'const') return [];
      return statement.declarations.flatMap(constDefinition);
    default:
      return [];
  }
}

/** Local name → specifier of the module it is imported from (`import … = require()` too). */
function importSources(program: TSESTree.Program): Map<string, string> {
  const sources = new Map<string, string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration)
      for (const specifier of statement.specifiers) sources.set(specifier.local.name, statement.source.value);
    else if (
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    )
      sources.set(statement.id.name, statement.moduleReference.expression.value);
  }
  return sources;
}

export interface ModuleDefinitions {
  /** The exported definitions by declared name: the first declaration of each name. */
  readonly definitions: ReadonlyMap<string, Definition>;
  /** Local name → specifier of the module it is imported from. */
  readonly imports: ReadonlyMap<string, string>;
}

/** The definitions `program` exports, and what it imports (which their code may name). */
export function exportedDefinitions(program: TSESTree.Program): ModuleDefinitions {
  const imported = importSources(program);
  const locals = new Map<string, Definition>();
  const exportedLocals: string[] = [];
  const exported = new Map<string, Definition>();
  const add = (target: Map<string, Definition>, definitions: readonly Definition[]): void => {
    for (const definition of definitions) if (!target.has(definition.name)) target.set(definition.name, definition);
  };
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      if (statement.declaration) add(exported, definitionsOf(statement.declaration, imported));
      else if (!statement.source)
        for (const specifier of statement.specifiers) exportedLocals.push(nameOfIdentifierOrString(specifier.local));
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const { declaration } = statement;
      if (declaration.type === AST_NODE_TYPES.Identifier) exportedLocals.push(declaration.name);
      else add(exported, definitionsOf(declaration, imported));
    } else {
      add(locals, definitionsOf(statement, imported));
    }
  }
  for (const name of exportedLocals) {
    const local = locals.get(name);
    if (local) add(exported, [local]);
  }
  return { definitions: exported, imports: imported };
}

/** The name a declaration exported as such declares (every declarator's for variables). */
function declaredNames(declaration: TSESTree.NamedExportDeclarations | TSESTree.DefaultExportDeclarations): string[] {
  if (declaration.type === AST_NODE_TYPES.VariableDeclaration)
    return declaration.declarations.flatMap((declarator) =>
      declarator.id.type === AST_NODE_TYPES.Identifier ? [declarator.id.name] : [],
    );
  return 'id' in declaration && declaration.id?.type === AST_NODE_TYPES.Identifier ? [declaration.id.name] : [];
}

/**
 * Whether `program` exports under some name `wanted` takes: every name `exportedDefinitions` can
 * give is asked (and names it leaves out, such as aliases), with none of its work, for the modules
 * whose names no other module defines.
 */
export function exportsSomeName(program: TSESTree.Program, wanted: (name: string) => boolean): boolean {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      if (statement.declaration) {
        if (declaredNames(statement.declaration).some(wanted)) return true;
      } else if (!statement.source) {
        if (statement.specifiers.some((specifier) => wanted(nameOfIdentifierOrString(specifier.local)))) return true;
      }
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const { declaration } = statement;
      const names = declaration.type === AST_NODE_TYPES.Identifier ? [declaration.name] : declaredNames(declaration);
      if (names.some(wanted)) return true;
    }
  }
  return false;
}

/** What another file's definition is kept as: kind, line, words, whether it forwards. */
export function summaryOf(
  definition: Declared & { readonly kind: DefinitionKind; readonly family: DefinitionFamily },
  line: number,
  text: string,
  imports: ReadonlyMap<string, string>,
  file: string,
): DefinitionSummary {
  return {
    kind: definition.kind,
    family: definition.family,
    line,
    // Kept for as long as the file's version: copies, not views into its text.
    words: new Set([...wordsOf(text, definition, imports, file)].map(detached)),
    delegates: delegates(text, definition),
  };
}

/** What another file's definitions are kept as, by name. */
export function summarize(
  { definitions, imports }: ModuleDefinitions,
  text: string,
  file: string,
): Map<string, DefinitionSummary> {
  return new Map(
    [...definitions].map(([name, definition]) => [
      // Kept for as long as the file's version: a copy, not a view into its text.
      detached(name),
      summaryOf(definition, definition.id.loc.start.line, text, imports, file),
    ]),
  );
}
