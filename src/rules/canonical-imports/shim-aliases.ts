import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { Forward } from './shim-syntax.js';

/**
 * Aliases of imported bindings, the most common shape of a compat module: `export const Old = New`,
 * `export type Old<T> = New<T>`, `export interface Old extends New {}`, also of a namespace import's
 * member (`client.createClient`). Each is the imported name under another name, in value or type space.
 */

/** The imported binding an alias names (`New`, or `ns.New` of a namespace import), as forwarded. */
export function aliasOf(
  node: TSESTree.Node | null | undefined,
  bindings: ReadonlyMap<string, Forward>,
): Forward | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Identifier) return bindings.get(node.name);
  if (node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSSatisfiesExpression)
    return aliasOf(node.expression, bindings);
  const isMember =
    (node.type === AST_NODE_TYPES.MemberExpression && !node.computed) || node.type === AST_NODE_TYPES.TSQualifiedName;
  if (!isMember) return undefined;
  const object = node.type === AST_NODE_TYPES.MemberExpression ? node.object : node.left;
  const property = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.right;
  if (object.type !== AST_NODE_TYPES.Identifier || property.type !== AST_NODE_TYPES.Identifier) return undefined;
  const owner = bindings.get(object.name);
  if (!owner) return undefined;
  // A member of a namespace import is an export of that module; of an imported class or namespace
  // (`ApolloLink.concat`, `ApolloClient.Options`) it is no export at all, and no import can name it.
  const { forwarded } = owner;
  return forwarded.kind === 'namespace'
    ? { source: owner.source, forwarded: { kind: 'name', name: property.name } }
    : forwarded.kind === 'name'
      ? { source: owner.source, forwarded: { kind: 'member', path: `${forwarded.name}.${property.name}` } }
      : undefined;
}

/**
 * How an alias passes its type parameters on: `'same'` unchanged and unconstrained
 * (`type Old<T> = New<T>`), `'loose'` unchanged but with constraints or defaults of its own (which
 * usually repeat those of the aliased type, but only a look tells), or `undefined` when it does more.
 */
function passesTypeParameters(
  parameters: TSESTree.TSTypeParameterDeclaration | undefined,
  argumentsOf: TSESTree.TSTypeParameterInstantiation | undefined,
): 'same' | 'loose' | undefined {
  const names = parameters?.params.map((parameter) => parameter.name.name) ?? [];
  const passed = argumentsOf?.params ?? [];
  if (names.length !== passed.length) return undefined;
  const unchanged = passed.every(
    (argument, index) =>
      argument.type === AST_NODE_TYPES.TSTypeReference &&
      argument.typeName.type === AST_NODE_TYPES.Identifier &&
      argument.typeName.name === names[index] &&
      !argument.typeArguments,
  );
  if (!unchanged) return undefined;
  return parameters?.params.some((parameter) => parameter.constraint ?? parameter.default) ? 'loose' : 'same';
}

/** A type alias of `typeName` under `name`, when its parameters pass through. */
function typeAlias(
  name: string,
  typeName: TSESTree.Node,
  passing: 'same' | 'loose' | undefined,
  bindings: ReadonlyMap<string, Forward>,
): [string, Forward][] | undefined {
  const forward = aliasOf(typeName, bindings);
  if (!forward || forward.forwarded.kind === 'namespace') return undefined;
  const { forwarded } = forward;
  // A member is reported and never fixed, so how its type arguments are passed changes nothing.
  if (forwarded.kind === 'member') return [[name, forward]];
  if (!passing) return undefined;
  if (passing === 'loose') return [[name, { ...forward, forwarded: { ...forwarded, loose: true } }]];
  return [[name, forward]];
}

/** Whether a constant's type annotation only restates its value's type (`: typeof New`). */
function restatesType(declarator: TSESTree.VariableDeclarator): boolean {
  const annotation = declarator.id.typeAnnotation?.typeAnnotation;
  if (!annotation) return true;
  return (
    annotation.type === AST_NODE_TYPES.TSTypeQuery &&
    declarator.init?.type === AST_NODE_TYPES.Identifier &&
    annotation.exprName.type === AST_NODE_TYPES.Identifier &&
    annotation.exprName.name === declarator.init.name &&
    !annotation.typeArguments
  );
}

/** The names a declaration exports as aliases of imported bindings, or `undefined` when it declares something of its own. */
export function aliasDeclaration(
  declaration: TSESTree.NamedExportDeclarations,
  bindings: ReadonlyMap<string, Forward>,
): [string, Forward][] | undefined {
  switch (declaration.type) {
    case AST_NODE_TYPES.VariableDeclaration: {
      if (declaration.kind !== 'const') return undefined;
      const aliases: [string, Forward][] = [];
      for (const declarator of declaration.declarations) {
        const forward = aliasOf(declarator.init, bindings);
        if (declarator.id.type !== AST_NODE_TYPES.Identifier || !forward || forward.forwarded.kind === 'namespace')
          return undefined;
        if (!restatesType(declarator)) return undefined;
        aliases.push([declarator.id.name, forward]);
      }
      return aliases;
    }
    case AST_NODE_TYPES.TSTypeAliasDeclaration: {
      const type = declaration.typeAnnotation;
      if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
      const passing = passesTypeParameters(declaration.typeParameters, type.typeArguments);
      return typeAlias(declaration.id.name, type.typeName, passing, bindings);
    }
    case AST_NODE_TYPES.TSInterfaceDeclaration: {
      const [heritage, ...more] = declaration.extends;
      if (!heritage || more.length > 0 || declaration.body.body.length > 0) return undefined;
      const passing = passesTypeParameters(declaration.typeParameters, heritage.typeArguments);
      return typeAlias(declaration.id.name, heritage.expression, passing, bindings);
    }
    default:
      return undefined;
  }
}
